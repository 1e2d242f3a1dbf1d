using System;
using System.Collections.Generic;
using System.IO;

namespace CppnPS.Core.Imaging
{
    /// <summary>Maps file extensions to <see cref="ImageFormatKind"/>.</summary>
    public static class ImageFormats
    {
        /// <summary>The extensions understood, lower case with the dot.</summary>
        public static IReadOnlyList<string> KnownExtensions { get; } = new[] { ".png", ".jpg", ".jpeg", ".bmp" };

        /// <summary>
        /// Picks the format from the extension of <paramref name="fileName"/> (a path, a file name or just
        /// ".png"), ignoring case. Returns false when the extension is missing or unknown.
        /// </summary>
        public static bool TryFromFileName(string? fileName, out ImageFormatKind format)
        {
            format = ImageFormatKind.Png;
            if (string.IsNullOrEmpty(fileName)) return false;
            string extension;
            try { extension = Path.GetExtension(fileName); }
            catch (ArgumentException) { return false; }    // characters .NET Framework refuses in paths
            switch (extension.ToLowerInvariant())
            {
                case ".png": format = ImageFormatKind.Png; return true;
                case ".jpg":
                case ".jpeg": format = ImageFormatKind.Jpeg; return true;
                case ".bmp": format = ImageFormatKind.Bmp; return true;
                default: return false;
            }
        }

        /// <summary>Like <see cref="TryFromFileName"/>, but throws an <see cref="ArgumentException"/> listing the known extensions.</summary>
        public static ImageFormatKind FromFileName(string fileName)
        {
            if (TryFromFileName(fileName, out var format)) return format;
            throw new ArgumentException(
                $"Cannot tell the image format of '{fileName}' from its extension. Use one of: {string.Join(", ", KnownExtensions)}.",
                nameof(fileName));
        }

        /// <summary>The usual extension of a format: ".png", ".jpg" or ".bmp".</summary>
        public static string DefaultExtension(ImageFormatKind format) => format switch
        {
            ImageFormatKind.Png => ".png",
            ImageFormatKind.Jpeg => ".jpg",
            ImageFormatKind.Bmp => ".bmp",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown image format."),
        };
    }
}
