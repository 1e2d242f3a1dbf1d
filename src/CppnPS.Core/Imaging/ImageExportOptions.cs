using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// How an image is written. Immutable; <see cref="Validate"/> holds every rule, and
    /// <see cref="ImageExporter"/> applies it once per write.
    /// </summary>
    public sealed record ImageExportOptions
    {
        /// <summary>The file format.</summary>
        public ImageFormatKind Format { get; init; } = ImageFormatKind.Png;

        /// <summary>
        /// The bits per channel a file can have: 8, and 16 for PNG only. The one list of them: <see cref="Validate"/>
        /// checks against it, and the PowerShell module completes -BitDepth from it.
        /// </summary>
        public static IReadOnlyList<int> BitDepths { get; } = Array.AsReadOnly(new[] { 8, 16 });

        /// <summary>Bits per channel: one of <see cref="BitDepths"/>, 8 or 16 (PNG only).</summary>
        public int BitDepth { get; init; } = 8;

        /// <summary>JPEG quality, 1 (smallest) to 100 (best); ignored by other formats.</summary>
        public int JpegQuality { get; init; } = 90;

        /// <summary>
        /// Whether a PNG carries the picture's network and view as text under the keyword
        /// <c>cppnps</c> (split over several chunks when it is longer than a common reader takes in one, see <see cref="PngNetworkText"/>), so the network can be read back from the file (true, the
        /// default). False writes the pixels only. JPEG and BMP files carry no text either way.
        /// </summary>
        public bool IncludeMetadata { get; init; } = true;

        /// <summary>
        /// How samples become integer levels: <see cref="SampleRounding.Nearest"/> (the default, the reference
        /// renderer's rule) or <see cref="SampleRounding.Truncate"/> (the article's code). Applies to every bit
        /// depth and format: a 16-bit PNG truncates to 65535 levels the same way.
        /// </summary>
        public SampleRounding Rounding { get; init; } = SampleRounding.Nearest;

        /// <summary>
        /// Text embedded instead of the network's (for tests of the text chunks); null embeds the picture's
        /// network. It is stored exactly: as tEXt/zTXt (ISO-8859-1) when every character fits Latin-1, else as
        /// iTXt (UTF-8), compressed above 1024 characters. Ignored unless <see cref="IncludeMetadata"/> is true
        /// and the format is PNG.
        /// </summary>
        internal string? TextMetadata { get; init; }

        /// <summary>Text chunks (keyword, text) a PNG carries besides the network's, such as an animation's description; ignored by JPEG and BMP.</summary>
        internal IReadOnlyList<KeyValuePair<string, string>>? ExtraText { get; init; }

        /// <summary>
        /// PNG deflate level, 0 (none, fastest) to 9 (smallest); 3 by default, which keeps encoding under half of the
        /// render (see <see cref="PngDeflate.DefaultLevel"/> for the trade-off). .NET 9 and later take zlib's ten
        /// levels; older runtimes have four settings, so there 0 stores, 1-3 are the fastest, 4-6 zlib's default and
        /// 7-9 the smallest (see <see cref="PngDeflate"/>). Ignored by JPEG and BMP.
        /// </summary>
        public int PngCompressionLevel { get; init; } = PngDeflate.DefaultLevel;

        /// <summary>Checks every value and throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
        public void Validate()
        {
            if (!Enum.IsDefined(typeof(ImageFormatKind), Format))
                throw new ArgumentOutOfRangeException(nameof(Format), Format, "Format must be Png, Jpeg or Bmp.");
            if (!BitDepths.Contains(BitDepth))
                throw new ArgumentOutOfRangeException(nameof(BitDepth), BitDepth, "BitDepth must be " + string.Join(" or ", BitDepths) + ".");
            if (BitDepth != 8 && Format != ImageFormatKind.Png)
                throw new ArgumentException($"A {Format} file holds 8 bits per channel only; use PNG for 16-bit output.", nameof(BitDepth));
            if (JpegQuality < 1 || JpegQuality > 100)
                throw new ArgumentOutOfRangeException(nameof(JpegQuality), JpegQuality, "JpegQuality must be between 1 and 100.");
            if (PngCompressionLevel < 0 || PngCompressionLevel > 9)
                throw new ArgumentOutOfRangeException(nameof(PngCompressionLevel), PngCompressionLevel, "PngCompressionLevel must be between 0 and 9.");
            if (!Enum.IsDefined(typeof(SampleRounding), Rounding))
                throw new ArgumentOutOfRangeException(nameof(Rounding), Rounding, "Rounding must be Nearest or Truncate.");
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

        /// <summary>"Png, 8-bit", "Jpeg, 8-bit, quality 90", "Png, 16-bit, truncated, without metadata".</summary>
        public override string ToString()
        {
            var text = new StringBuilder(string.Format(CultureInfo.InvariantCulture, "{0}, {1}-bit", Format, BitDepth));
            if (Format == ImageFormatKind.Jpeg) text.Append(string.Format(CultureInfo.InvariantCulture, ", quality {0}", JpegQuality));
            if (Rounding == SampleRounding.Truncate) text.Append(", truncated");
            if (Format == ImageFormatKind.Png && !IncludeMetadata) text.Append(", without metadata");
            return text.ToString();
        }
    }
}
