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
    ErrorIsTerminal = !Console.IsErrorRedirected,
    TerminalWidth = Console.IsOutputRedirected ? 0 : TerminalWidth(),
    BuildWithoutCollections = true,
};
return CliApp.Run(args, context);

static int TerminalWidth()
{
    try
    {
        return Console.WindowWidth;
    }
    catch (IOException)
    {
        return 0;
    }
}
