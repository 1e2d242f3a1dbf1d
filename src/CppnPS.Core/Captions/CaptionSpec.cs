using System;
using System.Globalization;

namespace CppnPS.Core.Captions
{
    /// <summary>
    /// Everything that decides how a caption looks: its words, placement, font, size, colours, backdrop and
    /// margin. A captioned picture carries its captions (<see cref="Rendering.CppnImage.Captions"/>), a PNG
    /// records them beside the genome (<see cref="CaptionJson"/>), and drawing them again on the same picture
    /// with the same renderer gives the same pixels.
    /// </summary>
    public sealed record CaptionSpec
    {
        /// <summary>The most characters a caption holds; longer text is a mistake, not a caption.</summary>
        public const int MaxTextLength = 2000;

        /// <summary>The words; a line break starts a new line, and long lines wrap at spaces to the picture's width.</summary>
        public string Text { get; init; } = string.Empty;

        /// <summary>Top, bottom or centre.</summary>
        public CaptionPlacement Placement { get; init; } = CaptionPlacement.Bottom;

        /// <summary>The typeface, one of the shipped DejaVu fonts.</summary>
        public CaptionFont Font { get; init; } = CaptionFont.Sans;

        /// <summary>The font size in pixels (the em height), 4 to 1000.</summary>
        public double FontSize { get; init; } = 16;

        /// <summary>The text colour.</summary>
        public CaptionColour Colour { get; init; } = CaptionColour.White;

        /// <summary>Band, outline or none.</summary>
        public CaptionBackdrop Backdrop { get; init; } = CaptionBackdrop.Band;

        /// <summary>The band's or the outline's colour.</summary>
        public CaptionColour BackdropColour { get; init; } = CaptionColour.Black;

        /// <summary>How opaque the band is, 0 (invisible) to 1 (solid); the outline is always solid.</summary>
        public double BackdropOpacity { get; init; } = 0.6;

        /// <summary>Pixels between the text and the picture's edges (and, with a band, between the text and the band's edges).</summary>
        public int Margin { get; init; } = 8;

        /// <summary>The renderer that drew it, such as "SkiaSharp 4.155.0", recorded for provenance; null before drawing.</summary>
        public string? Renderer { get; init; }

        /// <summary>Checks every setting.</summary>
        /// <exception cref="ArgumentException">The text is empty or too long, or a setting is out of range.</exception>
        public void Validate()
        {
            if (string.IsNullOrWhiteSpace(Text))
                throw new ArgumentException("The caption's text is empty; give the words to draw.", nameof(Text));
            if (Text.Length > MaxTextLength)
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "The caption is {0:N0} characters, more than the {1:N0} a caption holds; shorten it.", Text.Length, MaxTextLength), nameof(Text));
            if (!Enum.IsDefined(typeof(CaptionPlacement), Placement)) throw new ArgumentException("Placement must be Top, Bottom or Centre.", nameof(Placement));
            if (!Enum.IsDefined(typeof(CaptionFont), Font)) throw new ArgumentException("Font must be Sans or Serif.", nameof(Font));
            if (!Enum.IsDefined(typeof(CaptionBackdrop), Backdrop)) throw new ArgumentException("Backdrop must be Band, Outline or None.", nameof(Backdrop));
            if (double.IsNaN(FontSize) || FontSize < 4 || FontSize > 1000)
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "The font size is {0} pixels; give 4 to 1000.", FontSize), nameof(FontSize));
            if (double.IsNaN(BackdropOpacity) || BackdropOpacity < 0 || BackdropOpacity > 1)
                throw new ArgumentException("The backdrop's opacity must be from 0 to 1.", nameof(BackdropOpacity));
            if (Margin < 0 || Margin > 10000)
                throw new ArgumentException("The margin must be from 0 to 10000 pixels.", nameof(Margin));
        }

        /// <summary>The caption's words, for display.</summary>
        public override string ToString() => Text;
    }
}
