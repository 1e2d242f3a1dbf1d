using System;
using System.Globalization;

namespace CppnPS.Core.Captions
{
    /// <summary>An opaque RGB colour written <c>#rrggbb</c> (or <c>#rgb</c>), the one spelling captions take and record.</summary>
    public readonly struct CaptionColour : IEquatable<CaptionColour>
    {
        /// <summary>A colour from its 8-bit channels.</summary>
        public CaptionColour(byte red, byte green, byte blue)
        {
            Red = red;
            Green = green;
            Blue = blue;
        }

        /// <summary>White, the default text colour.</summary>
        public static CaptionColour White => new CaptionColour(255, 255, 255);

        /// <summary>Black, the default band and outline colour.</summary>
        public static CaptionColour Black => new CaptionColour(0, 0, 0);

        /// <summary>Red, 0 to 255.</summary>
        public byte Red { get; }

        /// <summary>Green, 0 to 255.</summary>
        public byte Green { get; }

        /// <summary>Blue, 0 to 255.</summary>
        public byte Blue { get; }

        /// <summary>Reads <c>#rrggbb</c> or <c>#rgb</c> (the # may be left out).</summary>
        /// <exception cref="FormatException">The text is not such a colour.</exception>
        public static CaptionColour Parse(string text)
        {
            if (TryParse(text, out CaptionColour colour)) return colour;
            throw new FormatException(string.Format(CultureInfo.InvariantCulture,
                "'{0}' is not a colour; write it as #rrggbb in hexadecimal, for example #ffffff for white or #000000 for black.", text));
        }

        /// <summary>Reads <c>#rrggbb</c> or <c>#rgb</c>; false when <paramref name="text"/> is neither.</summary>
        public static bool TryParse(string? text, out CaptionColour colour)
        {
            colour = default;
            if (text is null) return false;
            string hex = text.Trim();
            if (hex.Length > 0 && hex[0] == '#') hex = hex.Substring(1);
            if (hex.Length == 3) hex = new string(new[] { hex[0], hex[0], hex[1], hex[1], hex[2], hex[2] });
            if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int value)) return false;
            colour = new CaptionColour((byte)(value >> 16), (byte)(value >> 8), (byte)value);
            return true;
        }

        /// <summary>The colour as <c>#rrggbb</c>, lower case.</summary>
        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "#{0:x2}{1:x2}{2:x2}", Red, Green, Blue);

        /// <inheritdoc/>
        public bool Equals(CaptionColour other) => Red == other.Red && Green == other.Green && Blue == other.Blue;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is CaptionColour other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => Red << 16 | Green << 8 | Blue;

        /// <summary>Equality of the three channels.</summary>
        public static bool operator ==(CaptionColour left, CaptionColour right) => left.Equals(right);

        /// <summary>Inequality of any channel.</summary>
        public static bool operator !=(CaptionColour left, CaptionColour right) => !left.Equals(right);
    }
}
