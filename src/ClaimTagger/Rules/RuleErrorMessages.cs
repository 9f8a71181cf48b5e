namespace ClaimTagger.Rules;

/// <summary>The stable diagnostic codes of the rule loader and their message formats, in one place.</summary>
/// <remarks>Tests assert on the codes and positions, not on the English text; rules/README.md lists every code.</remarks>
internal static class RuleErrorMessages
{
    // CT01xx: YAML and schema.
    public const string YamlSyntaxCode = "CT0100";
    public const string YamlSyntax = "YAML syntax error: {0}";
    public const string AliasWithoutAnchor = "the alias '*{0}' names no anchor defined before it.";
    public const string NotWellFormed = "the text is not well-formed YAML ({0}).";
    public const string DocumentTooLargeCode = "CT0101";
    public const string DocumentTooLarge = "The file has {0} characters; the limit is {1}.";
    public const string NestingTooDeepCode = "CT0102";
    public const string NestingTooDeep = "Mappings and lists are nested deeper than {0} levels.";
    public const string TooManyNodesCode = "CT0103";
    public const string TooManyNodes = "The file expands to more than {0} YAML nodes (an alias counts its whole target each time it is used).";
    public const string UnknownKeyCode = "CT0104";
    public const string UnknownKey = "Unknown key '{0}' in {1}.{2}";
    public const string DuplicateKeyCode = "CT0105";
    public const string DuplicateKey = "Duplicate key '{0}'; each key may appear once in a mapping.";
    public const string MissingKeyCode = "CT0106";
    public const string MissingKey = "Missing required key '{0}' in {1}.";
    public const string WrongTypeCode = "CT0107";
    public const string WrongType = "Expected {0} for '{1}', found {2}.";
    public const string InvalidValueCode = "CT0108";
    public const string InvalidValue = "Invalid value '{0}' for '{1}'; expected {2}.{3}";
    public const string VersionCode = "CT0109";
    public const string VersionMissing = "The file must declare 'version: 1' at the top.";
    public const string VersionUnsupported = "Unsupported version {0}; this loader reads version 1.";
    public const string InvalidRuleIdCode = "CT0110";
    public const string InvalidRuleId = "Invalid rule id '{0}': use lower-case words joined by hyphens, qualified with at least one dot, like 'quote.trailing-source'.";
    public const string InvalidLabelCode = "CT0111";
    public const string InvalidLabel = "Invalid label '{0}': a label is one PascalCase word such as 'DirectQuote' or 'Denial'.";
    public const string OutOfRangeCode = "CT0112";
    public const string OutOfRange = "'{0}' must be {1}; found {2}.";
    public const string DocumentCountCode = "CT0113";
    public const string DocumentEmpty = "The file holds no YAML document; a rule file starts with 'version: 1'.";
    public const string DocumentSeveral = "The file holds {0} YAML documents; put one document in each rule file.";
    public const string InvalidNameCode = "CT0114";
    public const string InvalidName = "Invalid {0} name '{1}': use lower-case letters and digits joined by hyphens, like '{2}'.";
    public const string LabelNearBuiltInCode = "CT0115";
    public const string LabelNearBuiltIn = "Label '{0}' differs only slightly from the built-in label '{1}'; did you mean '{1}'?";
    public const string EmptyValueCode = "CT0116";
    public const string EmptyValue = "'{0}' is empty.";
    public const string LexiconTooLargeCode = "CT0117";
    public const string LexiconTooLarge = "Lexicon '{0}' has {1} entries after inflection; the limit is {2}.";
    public const string TagNotAllowedCode = "CT0118";
    public const string TagNotAllowed = "The YAML tag '{0}' is not allowed: rule files hold plain values only, and cannot include or read other files (write the value itself, quoted if needed).";

    // CT02xx: patterns and regexes.
    public const string RegexInvalidCode = "CT0201";
    public const string RegexInvalid = "The regex does not compile: {0}";
    public const string RegexUnsupportedCode = "CT0202";
    public const string RegexUnsupported = "The regex uses {0}, which the linear-time regex engine refuses; use token elements, 'before'/'after' context or a lexicon instead.";
    public const string RegexTooLarge = "The regex is too large for the linear-time regex engine ({0}); lower its repetition counts.";
    public const string UnknownLexiconCode = "CT0203";
    public const string UnknownLexicon = "Unknown lexicon '{0}'.{1}";
    public const string UnboundedRepetitionCode = "CT0204";
    public const string UnboundedRepetition = "Repetition '{0}' has no upper bound; write '{{n,m}}' ('*' and '+' are bounded by the window).";
    public const string InvalidRepetitionCode = "CT0205";
    public const string InvalidRepetition = "Invalid repetition '{0}': {1}.";
    public const string MatchesEmptyCode = "CT0206";
    public const string MatchesEmpty = "The {0} can match zero tokens, so it would match everywhere; make at least one element required.";
    public const string NeverMatchesCode = "CT0207";
    public const string NeverMatches = "This can never match: {0}.";
    public const string TextEmpty = "text '' is empty, but a token never is";
    public const string TextWithSpace = "text '{0}' holds a space, but a token never does; use a lexicon entry or one element per word";
    public const string LowerWithCapitals = "lower '{0}' has upper-case letters, but a lower-cased token never does";
    public const string LowerEmptyOrSpaced = "lower '{0}' is empty or holds a space";
    public const string ContradictoryFlags = "no token is both '{0}' and '{1}'";
    public const string MaxWordsBelowMin = "max-words {0} is below min-words {1}";

    public const string MaxLengthBelowMin = "max-length {0} is below min-length {1}";
    public const string RepetitionSyntax = "use ?, *, +, {n}, {n,m}, {,m} or a lazy form such as +?";
    public const string RepetitionNotNumbers = "the bounds must be whole numbers";
    public const string RepetitionZero = "an upper bound of 0 matches nothing";
    public const string RepetitionMinAboveMax = "the lower bound {0} is above the upper bound {1}";
    public const string RepetitionAboveLimit = "the upper bound {0} is above the limit of {1}";
    public const string ElementConflictCode = "CT0208";
    public const string ElementConflict = "'{0}' and '{1}' cannot be combined in one element: an element tests one token (text, lower, regex, shape, flags, token) or matches one span (lexicon, quote, entity, anchor, group, one-of).";
    public const string ElementEmptyCode = "CT0209";
    public const string ElementEmpty = "The element tests nothing; give it text, lower, regex, shape, flags, token, lexicon, quote, entity, anchor, group or one-of.";
    public const string UnknownFlagCode = "CT0210";
    public const string UnknownFlag = "Unknown flag '{0}'.{1}";
    public const string PatternTooLargeCode = "CT0211";
    public const string PatternTooLarge = "The pattern compiles to {0} automaton states; the limit is {1}. Lower the repetition bounds.";
    public const string NoPrimaryCode = "CT0212";
    public const string NoPrimary = "The {0} has no 'pattern', 'any' or 'all', so it can never match ('not', 'inside' and context only filter matches).";
    public const string MessageUnknownRoleCode = "CT0213";
    public const string MessageUnknownRole = "The message refers to '{{{0}}}', a role the rule never captures.";
    public const string NegateSpanCode = "CT0214";
    public const string NegateSpan = "'negate' applies to one-token tests and anchors only; it cannot be used with '{0}'.";
    public const string MultiplePrimaryCode = "CT0215";
    public const string MultiplePrimary = "Use only one of 'pattern', 'any' and 'all' in a condition; found '{0}' and '{1}'.";
    public const string InvalidShapeCode = "CT0216";
    public const string InvalidShape = "Invalid shape '{0}': use X for an upper-case letter, x for lower case, d for a digit and punctuation as itself, like 'Xxxx' or 'dd'.";

    public const string InvalidSuffixCode = "CT0217";
    public const string InvalidSuffix = "Invalid suffix '{0}': a suffix is one or more letters, like 'ing' or 'ed', or a joined ending: a hyphen or apostrophe, then letters (hyphens between them), like '-led', '-year-old' or ''s'.";

    // CT03xx: across rules and files.
    public const string DuplicateRuleIdCode = "CT0301";
    public const string DuplicateRuleId = "Rule id '{0}' is already defined at {1}; use 'override' to change that rule, or 'disable' it and choose a new id.";
    public const string DuplicateLexiconCode = "CT0302";
    public const string DuplicateLexicon = "Lexicon '{0}' is already defined at {1}.";
    public const string UnknownRuleIdCode = "CT0303";
    public const string UnknownRuleId = "'{0}' names no rule loaded before or in this file.{1}";
    public const string ConflictLabelTwiceCode = "CT0304";
    public const string ConflictLabelTwice = "Label '{0}' appears in more than one conflict group of this file.";
    public const string TooManyRulesCode = "CT0305";
    public const string TooManyRules = "The rule set has more than {0} rules.";

    // CT04xx: examples.
    public const string NoExamplesCode = "CT0401";
    public const string NoExamples = "The rule has no examples; add at least one positive example and one 'expect: none' example.";
    public const string NoPositiveExampleCode = "CT0402";
    public const string NoPositiveExample = "The rule has no positive example (one with 'expect: {{ role: text }}').";
    public const string NoNegativeExampleCode = "CT0403";
    public const string NoNegativeExample = "The rule has no negative example ('expect: none').";
    public const string ExpectUnknownRoleCode = "CT0404";
    public const string ExpectUnknownRole = "The example expects role '{0}', which the rule never captures.{1}";
    public const string ExpectEmptyCode = "CT0405";
    public const string ExpectEmpty = "The example's 'expect' asserts nothing; name the roles it must capture, or write 'expect: none'.";
    public const string ExampleFailedCode = "CT0410";

    /// <summary>Formats a message with the invariant culture.</summary>
    /// <param name="format">One of the formats above.</param>
    /// <param name="args">The values.</param>
    /// <returns>The message.</returns>
    public static string Format(string format, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    /// <summary>Returns " Did you mean 'x'?" for the closest candidate, or an empty string.</summary>
    /// <param name="value">What was written.</param>
    /// <param name="candidates">What could have been meant.</param>
    /// <returns>The suggestion text.</returns>
    public static string DidYouMean(string value, IEnumerable<string> candidates)
    {
        string? best = Suggestions.Closest(value, candidates);
        return best is null ? string.Empty : $" Did you mean '{best}'?";
    }
}
