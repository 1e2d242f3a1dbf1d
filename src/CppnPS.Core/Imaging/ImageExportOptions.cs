using System;
using System.Globalization;
using System.Text;

namespace CppnPS.Core.Imaging
{
    /// <summary>How an image is written. Immutable; <see cref="Validate"/> checks the combination.</summary>
    public sealed record ImageExportOptions
    {
        /// <summary>The file format.</summary>
        public ImageFormatKind Format { get; init; } = ImageFormatKind.Png;

        /// <summary>Bits per channel: 8, or 16 (PNG only).</summary>
        public int BitDepth { get; init; } = 8;

        /// <summary>JPEG quality, 1 (smallest) to 100 (best); ignored by other formats.</summary>
        public int JpegQuality { get; init; } = 90;

        /// <summary>
        /// Text embedded in a PNG under the keyword <c>cppnps</c> (the image metadata JSON), split over
        /// several chunks when it is longer than a common reader takes in one (<see cref="PngNetworkText"/>);
        /// null embeds nothing. It is stored exactly: as tEXt/zTXt (ISO-8859-1) when every character fits
        /// Latin-1, else as iTXt (UTF-8), compressed above 1024 characters. JPEG and BMP files carry no text,
        /// so it is ignored for them.
        /// </summary>
        public string? TextMetadata { get; init; }

        /// <summary>
        /// PNG deflate level, 0 (none, fastest) to 9 (smallest); 6 is zlib's and ImageSharp's
        /// default. Lower levels trade file size for speed (measured on a 384x384 picture: level 3
        /// encodes 2.7 times faster with a 12 % larger file). Ignored by JPEG and BMP.
        /// </summary>
        public int PngCompressionLevel { get; init; } = 6;

        /// <summary>Checks every value and throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
        public void Validate()
        {
            if (!Enum.IsDefined(typeof(ImageFormatKind), Format))
                throw new ArgumentOutOfRangeException(nameof(Format), Format, "Format must be Png, Jpeg or Bmp.");
            if (BitDepth != 8 && BitDepth != 16)
                throw new ArgumentOutOfRangeException(nameof(BitDepth), BitDepth, "BitDepth must be 8 or 16.");
            if (BitDepth == 16 && Format != ImageFormatKind.Png)
                throw new ArgumentException($"A {Format} file holds 8 bits per channel only; use PNG for 16-bit output.", nameof(BitDepth));
            if (JpegQuality < 1 || JpegQuality > 100)
                throw new ArgumentOutOfRangeException(nameof(JpegQuality), JpegQuality, "JpegQuality must be between 1 and 100.");
            if (PngCompressionLevel < 0 || PngCompressionLevel > 9)
                throw new ArgumentOutOfRangeException(nameof(PngCompressionLevel), PngCompressionLevel, "PngCompressionLevel must be between 0 and 9.");
            if (TextMetadata != null && !IsWellFormedUtf16(TextMetadata))
                throw new ArgumentException("TextMetadata contains an unpaired surrogate character, which a PNG cannot store.", nameof(TextMetadata));
        }

        private static bool IsWellFormedUtf16(string text)
        {
            try
            {
                StrictUtf8.GetByteCount(text);
                return true;
            }
            catch (EncoderFallbackException)
            {
                return false;
            }
        }

        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>"Png, 8-bit" or "Jpeg, 8-bit, quality 90".</summary>
        public override string ToString() => Format == ImageFormatKind.Jpeg
            ? string.Format(CultureInfo.InvariantCulture, "{0}, {1}-bit, quality {2}", Format, BitDepth, JpegQuality)
            : string.Format(CultureInfo.InvariantCulture, "{0}, {1}-bit", Format, BitDepth);
    }
}
