using System.CommandLine;
using ClaimTagger.Cli.Output;

namespace ClaimTagger.Cli.Commands;

/// <summary>
/// Options shared by several commands, declared once so their names, help text and validation stay the same
/// everywhere (<c>tag</c>, <c>render</c>, and the rule-author commands).
/// </summary>
internal static class CommonOptions
{
    /// <summary><c>--format</c>, <c>-f</c>: one of <paramref name="formats"/>, no default (commands pick one).</summary>
    public static Option<string> Format(string description, string[] formats)
    {
        var option = new Option<string>("--format", "-f") { Description = description, HelpName = "FORMAT" };
        OneOf(option, formats);
        return option;
    }

    /// <summary><c>--out</c>, <c>-o</c>: write to a file instead of standard output.</summary>
    public static Option<string> Out() => new("--out", "-o")
    {
        Description = "Write the output to this file instead of standard output.",
        HelpName = "PATH",
    };

    /// <summary><c>--color</c>: auto (the default), always or never.</summary>
    public static Option<string> Color()
    {
        var option = new Option<string>("--color")
        {
            Description = "Colour terminal output: auto (on a terminal, unless NO_COLOR is set), always, never.",
            HelpName = "WHEN",
            DefaultValueFactory = _ => ColorMode.Auto,
        };
        OneOf(option, ColorMode.All);
        return option;
    }

    /// <summary><c>--rules</c>: rule files or folders, repeatable.</summary>
    public static Option<string[]> Rules() => new("--rules")
    {
        Description = "Rule file or folder, layered on the default rules; repeat for more.",
        HelpName = "PATH",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary><c>--no-default-rules</c>.</summary>
    public static Option<bool> NoDefaultRules() => new("--no-default-rules")
    {
        Description = "Use only the rules given with --rules.",
    };

    /// <summary>Restricts <paramref name="option"/> to <paramref name="values"/>, with a one-line error and tab completions.</summary>
    public static void OneOf(Option<string> option, string[] values)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (value is not null && Array.IndexOf(values, value) < 0)
            {
                result.AddError($"{result.Option.Name} must be one of {string.Join(", ", values)}; got '{value}'");
            }
        });
    }
}
