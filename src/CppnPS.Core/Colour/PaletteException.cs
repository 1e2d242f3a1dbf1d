using System;

namespace CppnPS.Core.Colour
{
    /// <summary>A palette that cannot be used: an unknown name, a colour that is not hex, or fewer than two colours.</summary>
    public sealed class PaletteException : ArgumentException
    {
        /// <summary>Creates the exception.</summary>
        public PaletteException(string message, string? palette, bool isUnknownName) : base(message)
        {
            Palette = palette;
            IsUnknownName = isUnknownName;
        }

        /// <summary>The text that was given.</summary>
        public string? Palette { get; }

        /// <summary>True when a single word was given that names no palette.</summary>
        public bool IsUnknownName { get; }
    }
}
