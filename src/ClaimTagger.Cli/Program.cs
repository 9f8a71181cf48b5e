using System.Text;
using ClaimTagger.Cli;

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
using Stream stdin = Console.OpenStandardInput();
var context = new CliContext(stdin, stdout, stderr)
{
    OutputIsTerminal = !Console.IsOutputRedirected,
    InputIsTerminal = !Console.IsInputRedirected,
};
return CliApp.Run(args, context);
