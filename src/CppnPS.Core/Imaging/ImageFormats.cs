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

        /// <summary>The 8-byte signature every PNG file starts with.</summary>
        private static readonly byte[] PngSignature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };

        /// <summary>The most bytes <see cref="NameFromContent"/> looks at.</summary>
        internal const int SignatureLength = 12;

        /// <summary>True when <paramref name="header"/> starts with the PNG signature.</summary>
        internal static bool IsPng(ReadOnlySpan<byte> header) => header.Length >= 8 && header.Slice(0, 8).SequenceEqual(PngSignature);

        /// <summary>
        /// The name of the image format whose signature starts <paramref name="header"/> (the first
        /// <see cref="SignatureLength"/> bytes of a file, or fewer): "PNG", "JPEG", "BMP", "GIF", "WebP"
        /// or "TIFF"; null when it is none of them. Files are told apart by their content, never by their name.
        /// </summary>
        internal static string? NameFromContent(ReadOnlySpan<byte> header)
        {
            if (IsPng(header)) return "PNG";
            if (StartsWith(header, 0xFF, 0xD8, 0xFF)) return "JPEG";
            if (StartsWith(header, (byte)'B', (byte)'M')) return "BMP";
            if (StartsWith(header, (byte)'G', (byte)'I', (byte)'F', (byte)'8')) return "GIF";
            if (StartsWith(header, (byte)'R', (byte)'I', (byte)'F', (byte)'F') && header.Length >= 12
                && header[8] == (byte)'W' && header[9] == (byte)'E' && header[10] == (byte)'B' && header[11] == (byte)'P') return "WebP";
            if (StartsWith(header, (byte)'I', (byte)'I', 42, 0) || StartsWith(header, (byte)'M', (byte)'M', 0, 42)) return "TIFF";
            return null;
        }

        private static bool StartsWith(ReadOnlySpan<byte> header, params byte[] prefix) =>
            header.Length >= prefix.Length && header.Slice(0, prefix.Length).SequenceEqual(prefix);

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
