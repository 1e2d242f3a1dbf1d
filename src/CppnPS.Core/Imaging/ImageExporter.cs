using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using CppnPS.Core.Genome;
using CppnPS.Core.Rendering;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// Writes a <see cref="CppnImage"/> as PNG (8 or 16 bits per channel, RGB, by default with the network
    /// and view as text), JPEG or 24-bit BMP: the one place image files are written. The options are
    /// validated once per write: here when given as <see cref="ImageExportOptions"/>, or beforehand by the caller
    /// when given as <see cref="ValidatedExportOptions"/>. Samples become integer levels by <see cref="ImageExportOptions.Rounding"/>
    /// through <see cref="SampleLevels"/> (by default to nearest, so files match the
    /// reference renderer). The same image and options always give the same bytes. A cancelled write
    /// stops within one row of the encoder's work.
    /// </summary>
    public static class ImageExporter
    {
        /// <summary>Encodes <paramref name="image"/> to <paramref name="destination"/> (left open, at its end).</summary>
        /// <param name="image">The picture.</param>
        /// <param name="destination">A writable stream.</param>
        /// <param name="options">How to write it; validated here.</param>
        /// <param name="cancellationToken">Stops the conversion and the encoder, within one row.</param>
        /// <param name="progress">Told of each row the encoder has read (1 per report; the picture's height in all).</param>
        /// <exception cref="ArgumentException">The options are invalid (see <see cref="ImageExportOptions.Validate"/>).</exception>
        /// <exception cref="InvalidOperationException">The picture's network cannot be written as PNG text.</exception>
        public static void Write(CppnImage image, Stream destination, ImageExportOptions options, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
        {
            if (image is null) throw new ArgumentNullException(nameof(image));
            if (destination is null) throw new ArgumentNullException(nameof(destination));
            if (!destination.CanWrite) throw new ArgumentException("The destination stream is not writable.", nameof(destination));
            WriteValidated(image, destination, ValidatedExportOptions.Validate(options).Options, cancellationToken, progress);
        }

        /// <summary>
        /// Writes <paramref name="image"/> to the file at <paramref name="absolutePath"/> through
        /// <see cref="AtomicFileWriter"/>: a failed or cancelled write leaves no partial file and keeps any old one.
        /// The options are checked before the file system is touched.
        /// </summary>
        /// <exception cref="ArgumentException">The options are invalid, or the path is not absolute.</exception>
        /// <exception cref="TargetExistsException">The file exists and <paramref name="overwrite"/> is false.</exception>
        /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
        /// <exception cref="OperationCanceledException">The token was cancelled; the old file, if any, is untouched.</exception>
        public static void WriteFile(CppnImage image, string absolutePath, ImageExportOptions options, bool overwrite, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
        {
            if (image is null) throw new ArgumentNullException(nameof(image));
            WriteFile(image, absolutePath, ValidatedExportOptions.Validate(options), overwrite, progress, cancellationToken);
        }

        /// <summary>
        /// Writes <paramref name="image"/> to the file at <paramref name="absolutePath"/> with options already
        /// validated, as <see cref="WriteFile(CppnImage, string, ImageExportOptions, bool, IProgress{long}, CancellationToken)"/>
        /// does otherwise: atomically, leaving no partial file and keeping any old one when it fails or is cancelled.
        /// </summary>
        /// <exception cref="ArgumentException">The path is not absolute, or names a folder.</exception>
        /// <exception cref="TargetExistsException">The file exists and <paramref name="overwrite"/> is false.</exception>
        /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
        /// <exception cref="InvalidOperationException">The picture's network cannot be written as PNG text.</exception>
        /// <exception cref="OperationCanceledException">The token was cancelled; the old file, if any, is untouched.</exception>
        public static void WriteFile(CppnImage image, string absolutePath, ValidatedExportOptions options, bool overwrite, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
        {
            if (image is null) throw new ArgumentNullException(nameof(image));
            if (options is null) throw new ArgumentNullException(nameof(options));
            AtomicFileWriter.Write(absolutePath, overwrite, stream => WriteValidated(image, stream, options.Options, cancellationToken, progress));
        }

        private static void WriteValidated(CppnImage image, Stream destination, ImageExportOptions options, CancellationToken cancellationToken, IProgress<long>? progress)
        {
            options = WithText(image, options);
            Stream target = cancellationToken.CanBeCanceled ? new CancellableWriteStream(destination, cancellationToken) : destination;
            long length = (long)image.Width * image.Height;
            if (options.BitDepth == 16)
            {
                using var memory = new WatchedPixelMemory<Rgb48>(length, image.Height, cancellationToken, progress);
                Fill16(image, memory.Pixels, options.Rounding, cancellationToken);
                using var pixels = Image.WrapMemory(Configuration.Default, memory.Memory, image.Width, image.Height);
                Encode(pixels, target, options);
            }
            else
            {
                using var memory = new WatchedPixelMemory<Rgb24>(length, image.Height, cancellationToken, progress);
                Fill8(image, memory.Pixels, options.Rounding, cancellationToken);
                using var pixels = Image.WrapMemory(Configuration.Default, memory.Memory, image.Width, image.Height);
                Encode(pixels, target, options);
            }
        }

        /// <summary>The options with the PNG text settled: the picture's network and view, unless left out.</summary>
        private static ImageExportOptions WithText(CppnImage image, ImageExportOptions options)
        {
            if (options.Format != ImageFormatKind.Png || !options.IncludeMetadata) return options with { TextMetadata = null };
            if (options.TextMetadata != null) return options;
            // A montage has no network of its own to carry.
            if (image.Network is null || image.Options is null) return options with { TextMetadata = null };
            try
            {
                return options with { TextMetadata = GenomeJson.WriteImageMetadata(image.Network, image.Options) };
            }
            catch (ArgumentException ex)
            {
                throw new InvalidOperationException(ex.Message + " Write the picture without its network metadata.", ex);
            }
        }

        private static void Fill8(CppnImage image, Span<Rgb24> pixels, SampleRounding rounding, CancellationToken cancellationToken)
        {
            float[] samples = image.SampleBuffer;
            int rowLength = image.Width * 3;
            // Rgb24 is three bytes R, G, B: the same interleaving as the samples.
            Span<byte> levels = MemoryMarshal.AsBytes(pixels);
            for (int y = 0; y < image.Height; y++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                long start = (long)y * rowLength;
                ReadOnlySpan<float> source = samples.AsSpan((int)start, rowLength);
                Span<byte> row = levels.Slice((int)start, rowLength);
                for (int i = 0; i < source.Length; i++) row[i] = SampleLevels.ToByte(source[i], rounding);
            }
        }

        private static void Fill16(CppnImage image, Span<Rgb48> pixels, SampleRounding rounding, CancellationToken cancellationToken)
        {
            float[] samples = image.SampleBuffer;
            int rowLength = image.Width * 3;
            // Rgb48 is three native-endian ushorts R, G, B; the PNG encoder writes them big-endian.
            Span<ushort> levels = MemoryMarshal.Cast<Rgb48, ushort>(pixels);
            for (int y = 0; y < image.Height; y++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                long start = (long)y * rowLength;
                ReadOnlySpan<float> source = samples.AsSpan((int)start, rowLength);
                Span<ushort> row = levels.Slice((int)start, rowLength);
                for (int i = 0; i < source.Length; i++) row[i] = SampleLevels.ToUInt16(source[i], rounding);
            }
        }

        private static void Encode<TPixel>(Image<TPixel> pixels, Stream destination, ImageExportOptions options)
            where TPixel : unmanaged, IPixel<TPixel>
        {
            IImageEncoder encoder;
            switch (options.Format)
            {
                case ImageFormatKind.Png:
                    encoder = new PngEncoder
                    {
                        ColorType = PngColorType.Rgb,
                        BitDepth = options.BitDepth == 16 ? PngBitDepth.Bit16 : PngBitDepth.Bit8,
                        CompressionLevel = (PngCompressionLevel)options.PngCompressionLevel,
                        // ImageSharp writes Latin-1 text as tEXt/zTXt and anything else as UTF-8 iTXt,
                        // deflating it above this many characters; both read back exactly.
                        TextCompressionThreshold = 1024,
                    };
                    if (options.TextMetadata != null)
                        foreach (var part in PngNetworkText.Split(options.TextMetadata))
                            pixels.Metadata.GetPngMetadata().TextData.Add(new PngTextData(part.Key, part.Value, string.Empty, string.Empty));
                    if (options.ExtraText != null)
                        foreach (var entry in options.ExtraText)
                            pixels.Metadata.GetPngMetadata().TextData.Add(new PngTextData(entry.Key, entry.Value, string.Empty, string.Empty));
                    break;
                case ImageFormatKind.Jpeg:
                    encoder = new JpegEncoder { Quality = options.JpegQuality };
                    break;
                default:
                    encoder = new BmpEncoder { BitsPerPixel = BmpBitsPerPixel.Pixel24 };
                    break;
            }

            pixels.Save(destination, encoder);
        }
    }
}
