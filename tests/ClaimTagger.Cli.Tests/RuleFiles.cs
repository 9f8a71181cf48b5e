namespace ClaimTagger.Cli.Tests;

/// <summary>Rule files written for the command tests: a custom label, a failing example, and broken files.</summary>
internal static class RuleFiles
{
    /// <summary>A newsroom's own <c>Denial</c> label; uses the default <c>auxiliaries</c> lexicon.</summary>
    public const string Denial = """
        version: 1
        lexicons:
          refusal-verbs: { inflect: verb, entries: [deny, reject, dismiss] }
        conflicts:
          Denial: longest-then-priority
        rules:
          - id: desk.denial.flat
            label: Denial
            confidence: 0.8
            pattern:
              - { entity: source, as: source }
              - { lexicon: auxiliaries, op: "{0,2}" }
              - { lower: [denied, denies], as: cue }
              - { token: any, op: "+?", as: target }
              - { text: ".", op: "?" }
              - { anchor: end }
            examples:
              - text: "The ferry company denied any delay."
                expect: { source: The ferry company, cue: denied, target: any delay }
              - text: "Few would deny the bridge is old."
                expect: none
          - id: desk.denial.rejected-claims
            label: Denial
            confidence: 0.85
            pattern:
              - { entity: source, as: source }
              - { lexicon: refusal-verbs, as: cue }
              - { token: any, op: "{0,4}" }
              - { lower: [claims, allegations, accusations], as: target }
            examples:
              - text: "The council rejected claims of a cover-up."
                expect: { source: The council, cue: rejected, target: claims }
              - text: "The council rejected the plan."
                expect: none
        """;

    /// <summary>A rule whose second example expects a tag the pattern cannot produce.</summary>
    public const string FailingExample = """
        version: 1
        rules:
          - id: desk.praise.hailed
            label: Praise
            confidence: 0.7
            pattern:
              - { entity: source, as: source }
              - { lower: [hailed, praised], as: cue }
              - { token: any, op: "+", as: target }
            examples:
              - text: "The mayor hailed the new library."
                expect: { source: The mayor, cue: hailed, target: the new library. }
              - text: "The mayor applauded the new library."
                expect: { source: The mayor, cue: applauded }
        """;

    /// <summary>A rule file with an error: a rule without a pattern.</summary>
    public const string Broken = """
        version: 1
        rules:
          - id: desk.broken.no-pattern
            label: Denial
        """;
}
