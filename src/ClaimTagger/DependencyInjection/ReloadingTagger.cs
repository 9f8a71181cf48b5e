using ClaimTagger.Rules;
using Microsoft.Extensions.Logging;

namespace ClaimTagger;

/// <summary>
/// An <see cref="ITagger"/> that rebuilds its rules when a rule file changes. A rebuild that fails keeps the
/// rules in force and logs every diagnostic; a tag call always runs on one whole rule set.
/// </summary>
internal sealed class ReloadingTagger : ITagger, IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(200);
    private readonly ClaimTaggerOptions _options;
    private readonly ILogger _logger;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Lock _reloadLock = new();
    private volatile Tagger _current;

    public ReloadingTagger(ClaimTaggerOptions options, ILogger logger)
    {
        _options = options;
        _logger = logger;
        _current = ClaimTaggerServiceCollectionExtensions.Build(options, logger);
        _timer = new Timer(_ => TryReload(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (string path in options.RuleFiles)
        {
            Watch(path);
        }
    }

    /// <summary>Gets the tagger now in force.</summary>
    public Tagger Current => _current;

    public TaggedArticle Tag(string text) => _current.Tag(text);

    public Matching.ExplainReport Explain(string text, string? ruleId = null) => _current.Explain(text, ruleId);

    /// <summary>Rebuilds the rules now; keeps the old ones when the new ones have errors.</summary>
    /// <returns><see langword="true"/> when the new rules were taken.</returns>
    public bool TryReload()
    {
        lock (_reloadLock)
        {
            try
            {
                ClaimTaggerBuilder builder = ClaimTaggerServiceCollectionExtensions.CreateBuilder(_options);
                RuleSetParseResult result = builder.LoadRules();
                ClaimTaggerServiceCollectionExtensions.Log(_logger, result);
                if (result.HasErrors)
                {
#pragma warning disable CA1848 // rare event
                    _logger.LogError("Rule reload failed; the previous rules stay in force.");
#pragma warning restore CA1848
                    return false;
                }

                _current = builder.Build();
                return true;
            }
            catch (IOException ex)
            {
#pragma warning disable CA1848
                _logger.LogError(ex, "Rule reload failed; the previous rules stay in force.");
#pragma warning restore CA1848
                return false;
            }
            catch (UnauthorizedAccessException ex)
            {
#pragma warning disable CA1848
                _logger.LogError(ex, "Rule reload failed; the previous rules stay in force.");
#pragma warning restore CA1848
                return false;
            }
        }
    }

    public void Dispose()
    {
        foreach (FileSystemWatcher watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void Watch(string path)
    {
        string full = Path.GetFullPath(path);
        bool isFolder = Directory.Exists(full);
        string? folder = isFolder ? full : Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        var watcher = new FileSystemWatcher(folder)
        {
            Filter = isFolder ? "*.*" : Path.GetFileName(full),
            IncludeSubdirectories = isFolder,
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, _) => Schedule();
        watcher.Created += (_, _) => Schedule();
        watcher.Deleted += (_, _) => Schedule();
        watcher.Renamed += (_, _) => Schedule();
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Schedule() => _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
}
