using System.Collections.Generic;

namespace CppnPS.Captions
{
    /// <summary>
    /// Where a caption goes on a picture: its lines after wrapping, and the box (picture pixels) outside which
    /// drawing it changes nothing: the band's rectangle, the picture's full width.
    /// </summary>
    public sealed class CaptionLayout
    {
        internal CaptionLayout(IReadOnlyList<string> lines, int boxTop, int boxHeight, int boxWidth, float lineHeight, float ascent)
        {
            Lines = lines;
            BoxTop = boxTop;
            BoxHeight = boxHeight;
            BoxWidth = boxWidth;
            LineHeight = lineHeight;
            Ascent = ascent;
        }

        /// <summary>The lines the text was wrapped into, top to bottom.</summary>
        public IReadOnlyList<string> Lines { get; }

        /// <summary>The first row of the caption's box.</summary>
        public int BoxTop { get; }

        /// <summary>The rows the box spans.</summary>
        public int BoxHeight { get; }

        /// <summary>The box's width: the picture's.</summary>
        public int BoxWidth { get; }

        /// <summary>Pixels from one line's baseline to the next.</summary>
        public float LineHeight { get; }

        /// <summary>Pixels from a line's top to its baseline.</summary>
        internal float Ascent { get; }
    }
}
