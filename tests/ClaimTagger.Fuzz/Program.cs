using ClaimTagger.Fuzz;
using SharpFuzz;

// Usage:
//   ClaimTagger.Fuzz tagger            run the tagger target under afl-fuzz (reads each input from stdin)
//   ClaimTagger.Fuzz replay tagger F…  run the target once on each file or folder given, outside afl-fuzz, and
//                                      print the exception of every input that fails (to reproduce a crash)
//   ClaimTagger.Fuzz complexity [N] [SEED] [SIZE]
//                                      search N random patterns for super-linear tagging time (no afl-fuzz)
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: ClaimTagger.Fuzz TARGET | replay TARGET PATH... | complexity [N] [SEED] [SIZE]; targets: " + string.Join(", ", Targets.Names));
    return 2;
}

if (args[0] == "complexity")
{
    int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    return Complexity.Run(Arg(1, 1000), Arg(2, 1), Arg(3, 8000));
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
