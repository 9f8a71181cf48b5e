using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// A short, in-process run (1 launch, 2 warm-ups, 5 iterations): enough to compare stages in a minute or two on a
/// shared machine, with an MB/s column. The default when no <c>--job</c> is given
/// on the command line; <c>--job default</c> (or <c>short</c>, <c>medium</c> …) replaces it, out of process.
/// </summary>
public sealed class ShortRunConfig : ManualConfig
{
    public ShortRunConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithId("ShortInProcess"));
        AddColumn(new ThroughputColumn());
    }
}
