using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ClaimTagger.Benchmarks;

// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- throughput --mb 20   (quick MB/s figures)
// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- endtoend --mb 100   (end to end, all cores, naive baseline)
// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- rules --sizes 10,100,1000   (rule count, compile time, regex)
// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- compare --baseline /tmp/claimtagger-baseline-COMMIT/ClaimTagger.dll   (tagging against another commit, in turns)
// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- corpus --mb 100 --out corpus.jsonl   (a JSONL corpus)
// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- --filter '*'   (BenchmarkDotNet, every stage, short in-process job)
// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- --filter '*RuleStage*' --job short   (BenchmarkDotNet's own job instead)
// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- phases   (tagging written articles, phase by phase)
// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- load   (building the default tagger, phase by phase)
// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- growth   (time at N and 8N characters of hostile text)
// dotnet run -c Release --project benchmarks/ClaimTagger.Benchmarks -- snapshot --write DIR | --verify DIR   (tagging output unchanged)
switch (args.Length > 0 ? args[0] : string.Empty)
{
    case "throughput":
        return ThroughputHarness.Run(args[1..]);
    case "endtoend":
        return EndToEndHarness.Run(args[1..]);
    case "corpus":
        return CorpusFile.Run(args[1..]);
    case "compare":
        return TaggingComparison.Run(args[1..]);
    case "rules":
        return RuleCountHarness.Run(args[1..]);
    case "snapshot":
        return SnapshotCommand.Run(args[1..]);
    case "phases":
        return TagPhasesHarness.Run(args[1..]);
    case "load":
        return LoadPhasesHarness.Run(args[1..]);
    case "growth":
        return GrowthHarness.Run(args[1..]);
}

// Without --job, the short in-process job of ShortRunConfig; with one (--job short, --job default …), that job alone.
IConfig config = args.Contains("--job") || args.Any(a => a.StartsWith("--job=", StringComparison.Ordinal))
    ? DefaultConfig.Instance.AddColumn(new ThroughputColumn())
    : new ShortRunConfig();
BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args, config);
return 0;
