using BenchmarkDotNet.Running;
using ClaimTagger.Benchmarks;

// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- throughput --mb 20   (quick MB/s figures)
// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- endtoend --mb 100   (end to end, all cores, naive baseline)
// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- rules --sizes 10,100,1000   (rule count, compile time, regex)
// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- corpus --mb 100 --out corpus.jsonl   (a JSONL corpus)
// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- --filter '*Pipeline*'   (BenchmarkDotNet)
switch (args.Length > 0 ? args[0] : string.Empty)
{
    case "throughput":
        return ThroughputHarness.Run(args[1..]);
    case "endtoend":
        return EndToEndHarness.Run(args[1..]);
    case "corpus":
        return CorpusFile.Run(args[1..]);
    case "rules":
        return RuleCountHarness.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;
