using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using CppnPS.Core.Colour;
using CppnPS.Core.Genome;
using CppnPS.Core.Rendering;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// Writes a <see cref="CppnImage"/> as PNG (8 or 16 bits per channel, RGB, grey, RGBA or grey-alpha as its
    /// <see cref="CppnImage.Layout"/> says, by default with the network
    /// and view as text; through <see cref="PngBandWriter"/>, a band at a time, so a deferred picture too large
    /// for memory is rendered and written band by band), JPEG or 24-bit BMP (through ImageSharp, from a whole
    /// picture in memory): the one place image files are written. The options are
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
        /// Whether a caller may write <paramref name="image"/> while it makes the next picture (a batch's export overlapping its
        /// renders): only a picture already rendered whose samples fit in one band (<see cref="MemoryBudget.BandBytes"/>), so the
        /// overlap costs at most a band's memory beside the next picture. A deferred picture renders as it is written, and a
        /// larger one is written alone.
        /// </summary>
        public static bool MayOverlapWrite(CppnImage image)
        {
            if (image is null) throw new ArgumentNullException(nameof(image));
            if (image.IsDeferred) return false;
            long samples = (long)image.Width * image.Height * ((image.HasAlpha ? 1 : 0) + 3);
            return samples * sizeof(float) <= MemoryBudget.BandBytes;
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
            => WriteValidated(image, destination, options, MemoryBudget.BandBytes, cancellationToken, progress);

        /// <summary>As above, with the bytes of float samples held per band given (small in tests, to exercise the bands).</summary>
        internal static void WriteValidated(CppnImage image, Stream destination, ImageExportOptions options, long bandBytes, CancellationToken cancellationToken, IProgress<long>? progress)
        {
            options = WithText(image, options);
            Stream target = cancellationToken.CanBeCanceled ? new CancellableWriteStream(destination, cancellationToken) : destination;
            if (options.Format == ImageFormatKind.Png)
            {
                WritePng(image, target, options, bandBytes, cancellationToken, progress);
                return;
            }
            if (image.IsDeferred) throw new DeferredImageException(image);
            if (image.HasAlpha)
                throw new ArgumentException(options.Format + " has no alpha channel, and this picture has one (its colour scheme is " + image.Options!.Colour +
                    "). Write it as PNG, or render it without -Alpha.", nameof(options));
            long length = (long)image.Width * image.Height;
            using var memory = new WatchedPixelMemory<Rgb24>(length, image.Height, cancellationToken, progress);
            Fill8(image, memory.Pixels, options.Rounding, cancellationToken);
            using var pixels = Image.WrapMemory(Configuration.Default, memory.Memory, image.Width, image.Height);
            Encode(pixels, target, options);
        }

        /// <summary>
        /// A PNG through <see cref="PngBandWriter"/>, a band at a time: a rendered picture's bands are slices of its
        /// samples (progress counts rows encoded); a deferred one's are rendered one after another into one buffer and
        /// dropped once encoded (progress counts rows rendered), so memory holds one band, whatever the picture's size.
        /// </summary>
        private static void WritePng(CppnImage image, Stream destination, ImageExportOptions options, long bandBytes, CancellationToken cancellationToken, IProgress<long>? progress)
        {
            IReadOnlyList<KeyValuePair<string, string>> text = options.TextMetadata is null ? Array.Empty<KeyValuePair<string, string>>() : PngNetworkText.Split(options.TextMetadata);
            if (options.ExtraText != null) text = text.Concat(options.ExtraText).ToList();
            int threads = image.DeferredExecution?.EffectiveThreads ?? Environment.ProcessorCount;
            ChannelLayout layout = image.Layout;
            using var writer = new PngBandWriter(destination, image.Width, image.Height, options.BitDepth, options.Rounding, options.PngCompressionLevel, text, threads,
                ChannelPacking.Channels(layout));
            int bandRows = MemoryBudget.BandRows(image.Width, bandBytes, writer.RowsPerSegment);
            if (image.IsDeferred)
            {
                CppnRenderer.RenderBands(image, bandRows, (first, rows, samples, alpha) =>
                    writer.WriteRows(ChannelPacking.Pack(layout, samples, alpha, 0, (long)rows * image.Width), 0, rows, null, cancellationToken), progress, cancellationToken);
            }
            else
            {
                float[] samples = image.SampleBuffer;
                for (int first = 0; first < image.Height; first += bandRows)
                {
                    int rows = Math.Min(bandRows, image.Height - first);
                    if (layout == ChannelLayout.Rgb) writer.WriteRows(samples, first, rows, progress, cancellationToken);
                    else writer.WriteRows(ChannelPacking.Pack(layout, samples, image.AlphaBuffer, (long)first * image.Width, (long)rows * image.Width), 0, rows, progress, cancellationToken);
                }
            }
            writer.Finish();
        }

        /// <summary>The options with the PNG text settled: the picture's network and view, unless left out.</summary>
        private static ImageExportOptions WithText(CppnImage image, ImageExportOptions options)
        {
            if (options.Format != ImageFormatKind.Png || !options.IncludeMetadata) return options with { TextMetadata = null };
            options = WithCaptionText(image, options);
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

        /// <summary>The options with the picture's captions, if any, added as one more text chunk (Captions/CaptionJson.cs).</summary>
        private static ImageExportOptions WithCaptionText(CppnImage image, ImageExportOptions options)
        {
            if (image.Captions.Count == 0) return options;
            var caption = new KeyValuePair<string, string>(Captions.CaptionJson.Keyword, Captions.CaptionJson.Write(image.Captions));
            return options with { ExtraText = (options.ExtraText ?? Array.Empty<KeyValuePair<string, string>>()).Append(caption).ToList() };
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
                int start = y * rowLength;
                SampleLevels.ToBytes(samples.AsSpan(start, rowLength), levels.Slice(start, rowLength), rounding);
            }
        }

        private static void Encode(Image<Rgb24> pixels, Stream destination, ImageExportOptions options)
        {
            IImageEncoder encoder = options.Format == ImageFormatKind.Jpeg
                ? new JpegEncoder { Quality = options.JpegQuality }
                : new BmpEncoder { BitsPerPixel = BmpBitsPerPixel.Pixel24 };
            pixels.Save(destination, encoder);
        }
    }
}
