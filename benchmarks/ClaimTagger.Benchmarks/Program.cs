using BenchmarkDotNet.Running;
using ClaimTagger.Benchmarks;

// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- throughput --mb 20   (quick MB/s figures)
// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- --filter '*Pipeline*'   (BenchmarkDotNet)
if (args.Length > 0 && args[0] == "snapshot")
{
    return SnapshotCommand.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "throughput")
{
    return ThroughputHarness.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;
