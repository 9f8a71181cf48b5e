using ClaimTagger.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClaimTagger;

/// <summary>Registers ClaimTagger with a <see cref="IServiceCollection"/>.</summary>
public static class ClaimTaggerServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="ITagger"/> built from <see cref="ClaimTaggerOptions"/>. Registrations are
    /// made with <c>TryAdd</c>, so an <see cref="ITagger"/> registered earlier wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; may be <see langword="null"/> for the default rules alone.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// The tagger is built on first resolution. A rule file with errors makes that resolution throw a
    /// <see cref="RuleSetException"/> listing every diagnostic; warnings are logged to <c>ILogger&lt;Tagger&gt;</c>.
    /// </remarks>
    public static IServiceCollection AddClaimTagger(this IServiceCollection services, Action<ClaimTaggerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        OptionsBuilder<ClaimTaggerOptions> options = services.AddOptions<ClaimTaggerOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<ITagger>(sp =>
        {
            ClaimTaggerOptions o = sp.GetRequiredService<IOptions<ClaimTaggerOptions>>().Value;
            ILogger logger = sp.GetService<ILoggerFactory>()?.CreateLogger<Tagger>() ?? NullLogger<Tagger>.Instance;
            return o.ReloadOnChange ? new ReloadingTagger(o, logger) : Build(o, logger);
        });
        return services;
    }

    /// <summary>Builds a tagger from options, logging the rule files' warnings.</summary>
    /// <param name="options">The options.</param>
    /// <param name="logger">Receives one entry per diagnostic.</param>
    /// <returns>The tagger.</returns>
    /// <exception cref="RuleSetException">A rule file has errors.</exception>
    internal static Tagger Build(ClaimTaggerOptions options, ILogger logger)
    {
        ClaimTaggerBuilder builder = CreateBuilder(options);
        RuleSetParseResult result = builder.LoadRules();
        Log(logger, result);
        return builder.Build();
    }

    /// <summary>Creates a builder configured from <paramref name="options"/>.</summary>
    /// <param name="options">The options.</param>
    /// <returns>A builder with the options' rule layers.</returns>
    internal static ClaimTaggerBuilder CreateBuilder(ClaimTaggerOptions options)
    {
        var builder = new ClaimTaggerBuilder().WithRuleLimits(options.RuleLimits ?? RuleSetLimits.Default);
        if (options.IncludeDefaultRules)
        {
            builder.UseDefaultRules();
        }

        foreach (string file in RuleFileLocator.Expand(options.RuleFiles))
        {
            builder.AddRuleFile(file);
        }

        foreach (string id in options.DisabledRules)
        {
            builder.DisableRule(id);
        }

        return builder;
    }

    /// <summary>Logs every diagnostic of a rule load at a level matching its severity.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="result">The load result.</param>
    internal static void Log(ILogger logger, RuleSetParseResult result)
    {
        foreach (RuleDiagnostic diagnostic in result.Diagnostics)
        {
            LogLevel level = diagnostic.Severity == RuleDiagnosticSeverity.Error ? LogLevel.Error : LogLevel.Warning;
#pragma warning disable CA1848, CA2254 // one message per diagnostic, already formatted the compiler way
            logger.Log(level, "{Diagnostic}", diagnostic.ToString());
#pragma warning restore CA1848, CA2254
        }
    }
}
