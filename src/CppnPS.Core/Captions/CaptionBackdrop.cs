namespace CppnPS.Core.Captions
{
    /// <summary>What keeps a caption legible on a busy picture.</summary>
    public enum CaptionBackdrop
    {
        /// <summary>A translucent band, the picture's width, behind the text.</summary>
        Band = 0,

        /// <summary>An outline around each glyph.</summary>
        Outline = 1,

        /// <summary>Nothing: the text alone.</summary>
        None = 2,
    }
}
