namespace CppnPS.Core.Captions
{
    /// <summary>
    /// The typefaces a caption is drawn in: the DejaVu fonts shipped inside the module (never a system font,
    /// so the same text gives the same pixels wherever the same SkiaSharp runs). <see cref="CaptionFonts"/>
    /// names their files.
    /// </summary>
    public enum CaptionFont
    {
        /// <summary>DejaVu Sans.</summary>
        Sans = 0,

        /// <summary>DejaVu Serif.</summary>
        Serif = 1,
    }
}
