using ClaimTagger.Text;

namespace ClaimTagger.Tokens;

/// <summary>Cuts a sentence into tokens. (Placeholder: splits at white space.)</summary>
public static class Tokenizer
{
    /// <summary>Appends the tokens of <paramref name="span"/> to <paramref name="tokens"/>.</summary>
    /// <param name="text">The untouched article text.</param>
    /// <param name="span">The part of the text to tokenize (normally one sentence).</param>
    /// <param name="tokens">Receives the tokens in order.</param>
    public static void Tokenize(string text, TextSpan span, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        int i = span.Start;
        while (i < span.End)
        {
            while (i < span.End && char.IsWhiteSpace(text[i])) i++;
            int s = i;
            while (i < span.End && !char.IsWhiteSpace(text[i])) i++;
            if (i > s)
            {
                tokens.Add(new Token(s, i - s, TokenKind.Word, TokenFlags.None));
            }
        }
    }
}
