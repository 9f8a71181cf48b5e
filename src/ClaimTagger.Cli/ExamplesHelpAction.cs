using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ClaimTagger.Cli;

/// <summary>Writes the standard help, then an <c>Examples:</c> section for the command being described.</summary>
internal sealed class ExamplesHelpAction : SynchronousCommandLineAction
{
    private readonly HelpAction _help;
    private readonly IReadOnlyDictionary<Command, string[]> _examples;

    public ExamplesHelpAction(HelpAction help, IReadOnlyDictionary<Command, string[]> examples)
    {
        _help = help;
        _examples = examples;
    }

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        int exitCode = _help.Invoke(parseResult);
        if (_examples.TryGetValue(parseResult.CommandResult.Command, out string[]? examples) && examples.Length > 0)
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (string example in examples)
            {
                output.WriteLine($"  {example}");
            }

            output.WriteLine();
        }

        return exitCode;
    }
}
