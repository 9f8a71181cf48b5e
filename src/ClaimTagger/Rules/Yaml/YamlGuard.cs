using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClaimTagger.Rules.Yaml;

/// <summary>
/// Checks a rule file on the YAML event stream before any node tree is built: size, nesting depth,
/// node count with aliases expanded (so an alias bomb is refused in linear time), document count,
/// duplicate keys (the node model would stop at the first one) and tags (none is allowed: the rule language has no
/// <c>!include</c> or other tag, so a rule file can never make the loader read another file).
/// </summary>
internal static class YamlGuard
{
    /// <summary>Checks <paramref name="yaml"/>; returns whether the node tree may be built.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="source">The file's name, for diagnostics.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="diagnostics">Receives the problems found.</param>
    /// <returns><see langword="true"/> when the text is well formed and within the limits.</returns>
    public static bool Check(string yaml, string source, RuleSetLimits limits, List<RuleDiagnostic> diagnostics)
    {
        if (yaml.Length > limits.MaxDocumentLength)
        {
            diagnostics.Add(Error(RuleErrorMessages.DocumentTooLargeCode, RuleErrorMessages.Format(RuleErrorMessages.DocumentTooLarge, yaml.Length, limits.MaxDocumentLength), source, 1, 1));
            return false;
        }

        var frames = new Stack<Frame>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        int documents = 0;
        bool ok = true;
        (int Line, int Column) last = (1, 1);
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                ParsingEvent e = parser.Current!;
                last = ((int)Math.Max(1, e.End.Line), (int)Math.Max(1, e.End.Column));
                if (e is NodeEvent { Tag.IsEmpty: false } tagged)
                {
                    // No tag has a meaning in the rule language; '!include' and the like must not look as if they worked.
                    diagnostics.Add(Error(RuleErrorMessages.TagNotAllowedCode, RuleErrorMessages.Format(RuleErrorMessages.TagNotAllowed, TagText(yaml, tagged)), source, e.Start));
                    return false;
                }

                switch (e)
                {
                    case DocumentStart:
                        documents++;
                        if (documents == 2)
                        {
                            diagnostics.Add(Error(RuleErrorMessages.DocumentCountCode, RuleErrorMessages.Format(RuleErrorMessages.DocumentSeveral, 2), source, e.Start));
                            return false;
                        }

                        break;
                    case MappingStart or SequenceStart:
                        if (frames.Count + 1 > limits.MaxNestingDepth)
                        {
                            diagnostics.Add(Error(RuleErrorMessages.NestingTooDeepCode, RuleErrorMessages.Format(RuleErrorMessages.NestingTooDeep, limits.MaxNestingDepth), source, e.Start));
                            return false;
                        }

                        NoteKey(frames, e, null, source, diagnostics, ref ok);
                        frames.Push(new Frame(e is MappingStart, ((NodeEvent)e).Anchor.IsEmpty ? null : ((NodeEvent)e).Anchor.Value));
                        break;
                    case MappingEnd or SequenceEnd:
                        Frame done = frames.Pop();
                        long size = done.Size + 1;
                        if (done.Anchor is not null)
                        {
                            anchors[done.Anchor] = size;
                        }

                        if (!Completed(frames, size, limits, source, e, diagnostics))
                        {
                            return false;
                        }

                        break;
                    case Scalar scalar:
                        NoteKey(frames, e, scalar.Value, source, diagnostics, ref ok);
                        if (!scalar.Anchor.IsEmpty)
                        {
                            anchors[scalar.Anchor.Value] = 1;
                        }

                        if (!Completed(frames, 1, limits, source, e, diagnostics))
                        {
                            return false;
                        }

                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out long aliasSize))
                        {
                            diagnostics.Add(Error(RuleErrorMessages.YamlSyntaxCode, RuleErrorMessages.Format(RuleErrorMessages.YamlSyntax, RuleErrorMessages.Format(RuleErrorMessages.AliasWithoutAnchor, alias.Value.Value)), source, e.Start));
                            return false;
                        }

                        NoteKey(frames, e, null, source, diagnostics, ref ok);
                        if (!Completed(frames, aliasSize, limits, source, e, diagnostics))
                        {
                            return false;
                        }

                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            (int line, int column) = TabPosition(yaml, ex.Message) ?? InText(yaml, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column));
            diagnostics.Add(Error(RuleErrorMessages.YamlSyntaxCode, RuleErrorMessages.Format(RuleErrorMessages.YamlSyntax, ex.Message), source, line, column));
            return false;
        }
#pragma warning disable CA1031 // The parser can fail with other exceptions on malformed text; a rule file never makes the loader throw.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            diagnostics.Add(Error(RuleErrorMessages.YamlSyntaxCode, RuleErrorMessages.Format(RuleErrorMessages.YamlSyntax, RuleErrorMessages.Format(RuleErrorMessages.NotWellFormed, ex.Message)), source, InText(yaml, last.Line, last.Column)));
            return false;
        }

        if (documents == 0)
        {
            diagnostics.Add(Error(RuleErrorMessages.DocumentCountCode, RuleErrorMessages.DocumentEmpty, source, 1, 1));
            return false;
        }

        return ok;
    }

    /// <summary>The tag as written (<c>!include</c>, <c>!!str</c>), or the resolved tag when it cannot be found.</summary>
    private static string TagText(string yaml, NodeEvent e)
    {
        int at = (int)Math.Clamp(e.Start.Index, 0, yaml.Length);
        if (at < yaml.Length && yaml[at] == '!')
        {
            int end = at + 1;
            if (end < yaml.Length && yaml[end] == '<')
            {
                int close = yaml.IndexOf('>', end);
                end = close > 0 && close - at < 200 ? close + 1 : end;
            }

            while (end < yaml.Length && end - at < 100 && !char.IsWhiteSpace(yaml[end]) && yaml[end] is not (',' or '[' or ']' or '{' or '}'))
            {
                end++;
            }

            return yaml[at..end];
        }

        return e.Tag.Value.Length > 100 ? e.Tag.Value[..100] : e.Tag.Value;
    }

    /// <summary>For a "tab as indentation" error, returns the position of the first tab in a line's indentation.</summary>
    private static (int Line, int Column)? TabPosition(string yaml, string message)
    {
        if (!message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        int line = 1, column = 1;
        bool indentation = true;
        foreach (char c in yaml)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                indentation = true;
                continue;
            }

            if (c == '\t' && indentation)
            {
                return (line, column);
            }

            indentation &= c == ' ' || c == '-';
            column++;
        }

        return null;
    }

    private static void NoteKey(Stack<Frame> frames, ParsingEvent e, string? scalarKey, string source, List<RuleDiagnostic> diagnostics, ref bool ok)
    {
        if (frames.Count == 0 || !frames.Peek().IsMapping || !frames.Peek().ExpectKey)
        {
            return;
        }

        Frame f = frames.Peek();
        if (scalarKey is not null && !f.Keys.Add(scalarKey))
        {
            diagnostics.Add(Error(RuleErrorMessages.DuplicateKeyCode, RuleErrorMessages.Format(RuleErrorMessages.DuplicateKey, scalarKey), source, e.Start));
            ok = false;
        }
    }

    private static bool Completed(Stack<Frame> frames, long size, RuleSetLimits limits, string source, ParsingEvent e, List<RuleDiagnostic> diagnostics)
    {
        long reached = size;
        if (frames.Count > 0)
        {
            Frame parent = frames.Peek();
            parent.Size += size;
            reached = parent.Size + 1;
            if (parent.IsMapping)
            {
                parent.ExpectKey = !parent.ExpectKey;
            }
        }

        if (reached > limits.MaxNodes)
        {
            diagnostics.Add(Error(RuleErrorMessages.TooManyNodesCode, RuleErrorMessages.Format(RuleErrorMessages.TooManyNodes, limits.MaxNodes), source, e.Start));
            return false;
        }

        return true;
    }

    private static RuleDiagnostic Error(string code, string message, string source, Mark mark) =>
        Error(code, message, source, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static RuleDiagnostic Error(string code, string message, string source, (int Line, int Column) at) =>
        Error(code, message, source, at.Line, at.Column);

    /// <summary>
    /// Moves a position the parser gives past the end of the text (it reports an error at the end of the stream on
    /// the line after the last one) to just after the last character, so that every diagnostic points into the file.
    /// </summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <returns>The position, inside the text or just after its last character.</returns>
    internal static (int Line, int Column) InText(string yaml, int line, int column) => InText(End(yaml), line, column);

    /// <summary>Moves a position past <paramref name="end"/> to it (see <see cref="InText(string, int, int)"/>).</summary>
    /// <param name="end">The position just after the text's last character, from <see cref="End"/>.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <returns>The position, inside the text or at <paramref name="end"/>.</returns>
    internal static (int Line, int Column) InText((int Line, int Column) end, int line, int column) =>
        line > end.Line || (line == end.Line && column > end.Column) ? end : (line, column);

    /// <summary>The position just after the text's last character, counting line breaks as the YAML parser does.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <returns>The 1-based line and column.</returns>
    internal static (int Line, int Column) End(string yaml)
    {
        int lines = 1, lineStart = 0;
        for (int i = 0; i < yaml.Length; i++)
        {
            char c = yaml[i];
            if (c is '\n' or '\u0085' or '\u2028' or '\u2029' || (c == '\r' && (i + 1 >= yaml.Length || yaml[i + 1] != '\n')))
            {
                lines++;
                lineStart = i + 1;
            }
        }

        return (lines, yaml.Length - lineStart + 1);
    }

    private static RuleDiagnostic Error(string code, string message, string source, int line, int column) =>
        new(code, RuleDiagnosticSeverity.Error, message, new SourceLocation(source, line, column));

    private sealed class Frame(bool isMapping, string? anchor)
    {
        public bool IsMapping { get; } = isMapping;

        public string? Anchor { get; } = anchor;

        public bool ExpectKey { get; set; } = true;

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public long Size { get; set; }
    }
}
