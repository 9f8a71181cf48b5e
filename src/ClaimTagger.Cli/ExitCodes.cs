namespace ClaimTagger.Cli;

/// <summary>The process exit codes of the <c>claimtagger</c> command (part of the command-line contract).</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>Rule examples failed (<c>claimtagger test</c>).</summary>
    public const int TestsFailed = 1;

    /// <summary>Bad usage, unreadable input, or rule files with errors.</summary>
    public const int UsageError = 2;

    /// <summary>A bug in claimtagger itself (an unexpected exception); sysexits' EX_SOFTWARE.</summary>
    public const int InternalError = 70;
}
