using ClaimTagger.Fuzz;
using SharpFuzz;

// Usage:
//   ClaimTagger.Fuzz tagger            run the tagger target under afl-fuzz (reads each input from stdin)
//   ClaimTagger.Fuzz replay tagger F…  run the target once on each file or folder given, outside afl-fuzz, and
//                                      print the exception of every input that fails (to reproduce a crash)
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: ClaimTagger.Fuzz TARGET | replay TARGET PATH...; targets: " + string.Join(", ", Targets.Names));
    return 2;
}

if (args[0] == "replay")
{
    return args.Length < 3 || !Targets.TryGet(args[1], out Action<byte[]>? replayed) ? Usage() : Replay.Run(replayed, args[2..]);
}

if (!Targets.TryGet(args[0], out Action<byte[]>? target))
{
    return Usage();
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;

static int Usage()
{
    Console.Error.WriteLine("unknown target; targets: " + string.Join(", ", Targets.Names));
    return 2;
}
