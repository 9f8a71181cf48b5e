namespace ClaimTagger.Text;

/// <summary>
/// A family of quotation marks. An opening mark is closed only by a closing mark of the same family,
/// so <c>“ … ”</c>, <c>„ … “</c> and <c>" … "</c> pair with each other, but <c>‘</c> never pairs with <c>”</c>.
/// </summary>
public enum QuoteFamily : byte
{
    /// <summary>Not a quotation mark.</summary>
    None,

    /// <summary>Double marks: <c>“ ” „ ‟ "</c>.</summary>
    Double,

    /// <summary>Single marks: <c>‘ ’ ‚ ‛ '</c>.</summary>
    Single,

    /// <summary>Guillemets: <c>« »</c> (French, Swiss and German use).</summary>
    Guillemet,

    /// <summary>Single guillemets: <c>‹ ›</c>.</summary>
    SingleGuillemet,

    /// <summary>CJK corner brackets: <c>「 」</c>.</summary>
    Corner,

    /// <summary>CJK white corner brackets: <c>『 』</c>.</summary>
    WhiteCorner,
}
