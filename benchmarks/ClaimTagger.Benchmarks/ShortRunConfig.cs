using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// A short, in-process run (1 launch, 2 warm-ups, 5 iterations): enough to compare stages in a minute or two on a
/// shared machine, with an MB/s column. Pass <c>--job default</c> on the command line for a full run.
/// </summary>
public sealed class ShortRunConfig : ManualConfig
{
    public ShortRunConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithId("ShortInProcess"));
        AddColumn(new ThroughputColumn());
    }
}
