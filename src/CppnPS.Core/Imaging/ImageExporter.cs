using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
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
    /// Writes a <see cref="CppnImage"/> as PNG (8 or 16 bits per channel, RGB, optionally with the genome
    /// as text), JPEG or 24-bit BMP. Samples become 8-bit values through <see cref="CppnImage.ToByte"/> and
    /// 16-bit values through <see cref="CppnImage.ToUInt16"/>, so files match the reference renderer.
    /// The same image and options always give the same bytes.
    /// </summary>
    public static class ImageExporter
    {
        /// <summary>Encodes <paramref name="image"/> to <paramref name="destination"/> (left open, at its end).</summary>
        public static void Write(CppnImage image, Stream destination, ImageExportOptions options, CancellationToken cancellationToken = default)
        {
            if (image is null) throw new ArgumentNullException(nameof(image));
            if (destination is null) throw new ArgumentNullException(nameof(destination));
            if (options is null) throw new ArgumentNullException(nameof(options));
            if (!destination.CanWrite) throw new ArgumentException("The destination stream is not writable.", nameof(destination));
            options.Validate();

            Stream target = cancellationToken.CanBeCanceled ? new CancellableWriteStream(destination, cancellationToken) : destination;
            if (options.BitDepth == 16)
            {
                using var pixels = new Image<Rgb48>(image.Width, image.Height);
                Fill16(image, pixels, cancellationToken);
                Encode(pixels, target, options);
            }
            else
            {
                using var pixels = new Image<Rgb24>(image.Width, image.Height);
                Fill8(image, pixels, cancellationToken);
                Encode(pixels, target, options);
            }
        }

        /// <summary>
        /// Writes <paramref name="image"/> to the file at <paramref name="absolutePath"/> through
        /// <see cref="AtomicFileWriter"/>: a failed or cancelled write leaves no partial file and keeps any old one.
        /// </summary>
        /// <exception cref="TargetExistsException">The file exists and <paramref name="overwrite"/> is false.</exception>
        /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
        public static void WriteFile(CppnImage image, string absolutePath, ImageExportOptions options, bool overwrite, CancellationToken cancellationToken = default)
        {
            if (image is null) throw new ArgumentNullException(nameof(image));
            if (options is null) throw new ArgumentNullException(nameof(options));
            options.Validate();
            AtomicFileWriter.Write(absolutePath, overwrite, stream => Write(image, stream, options, cancellationToken));
        }

        private static void Fill8(CppnImage image, Image<Rgb24> pixels, CancellationToken cancellationToken)
        {
            float[] samples = image.SampleBuffer;
            int rowLength = image.Width * 3;
            pixels.ProcessPixelRows(accessor =>
            {
                for (int y = 0; y < accessor.Height; y++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    // Rgb24 is three bytes R, G, B: the same interleaving as the samples.
                    Span<byte> row = MemoryMarshal.AsBytes(accessor.GetRowSpan(y));
                    ReadOnlySpan<float> source = samples.AsSpan(y * rowLength, rowLength);
                    for (int i = 0; i < source.Length; i++) row[i] = CppnImage.ToByte(source[i]);
                }
            });
        }

        private static void Fill16(CppnImage image, Image<Rgb48> pixels, CancellationToken cancellationToken)
        {
            float[] samples = image.SampleBuffer;
            int rowLength = image.Width * 3;
            pixels.ProcessPixelRows(accessor =>
            {
                for (int y = 0; y < accessor.Height; y++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    // Rgb48 is three native-endian ushorts R, G, B; the PNG encoder writes them big-endian.
                    Span<ushort> row = MemoryMarshal.Cast<Rgb48, ushort>(accessor.GetRowSpan(y));
                    ReadOnlySpan<float> source = samples.AsSpan(y * rowLength, rowLength);
                    for (int i = 0; i < source.Length; i++) row[i] = CppnImage.ToUInt16(source[i]);
                }
            });
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
