using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using CppnPS.Core.Colour;
using CppnPS.Core.Genome;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// Writes the tiles of a poster (<see cref="PosterTiles"/>) as one PNG, a band of rows at a time, without
    /// holding the whole picture: each band is copied from the tiles that cross it and handed to
    /// <see cref="PngBandWriter"/>. The bytes do not depend on the band size (see <see cref="PngBandWriter"/>),
    /// so the file equals, to the byte, the one <see cref="ImageExporter"/> writes of a single render with the
    /// same options, text included.
    /// </summary>
    public static class PosterPngWriter
    {
        /// <summary>
        /// Writes the tiles to <paramref name="absolutePath"/> as PNG through <see cref="AtomicFileWriter"/>: a failed or
        /// cancelled write leaves no partial file and keeps any old one. The tiles are checked before the file system is touched.
        /// </summary>
        /// <exception cref="ArgumentException">The tiles are not the tiles of one picture, the options are invalid or not PNG, or the path is not absolute.</exception>
        /// <exception cref="TargetExistsException">The file exists and <paramref name="overwrite"/> is false.</exception>
        /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
        /// <exception cref="OperationCanceledException">The token was cancelled; the old file, if any, is untouched.</exception>
        public static void WriteFile(IReadOnlyList<CppnImage> tiles, string absolutePath, ImageExportOptions options, bool overwrite,
            IProgress<long>? progress = null, CancellationToken cancellationToken = default)
        {
            PosterTiles.Check(tiles);
            ImageExportOptions valid = Checked(options);
            AtomicFileWriter.Write(absolutePath, overwrite, stream => Write(tiles, stream, valid, MemoryBudget.BandBytes, progress, cancellationToken));
        }

        /// <summary>Writes the tiles to <paramref name="destination"/> (left open, at its end) as PNG.</summary>
        /// <exception cref="ArgumentException">The tiles are not the tiles of one picture, or the options are invalid or not PNG.</exception>
        public static void Write(IReadOnlyList<CppnImage> tiles, Stream destination, ImageExportOptions options,
            IProgress<long>? progress = null, CancellationToken cancellationToken = default)
        {
            if (destination is null) throw new ArgumentNullException(nameof(destination));
            PosterTiles.Check(tiles);
            Write(tiles, destination, Checked(options), MemoryBudget.BandBytes, progress, cancellationToken);
        }

        /// <summary>As above, checked, with the bytes of float samples held per band given (small in tests, to exercise the bands).</summary>
        internal static void Write(IReadOnlyList<CppnImage> tiles, Stream destination, ImageExportOptions options, long bandBytes,
            IProgress<long>? progress, CancellationToken cancellationToken)
        {
            CppnImage first = tiles[0];
            int width = first.Options!.Width, height = first.Options.Height;
            IReadOnlyList<KeyValuePair<string, string>> text = options.IncludeMetadata
                ? PngNetworkText.Split(GenomeJson.WriteImageMetadata(first.Network!, first.Options))
                : Array.Empty<KeyValuePair<string, string>>();
            Stream target = cancellationToken.CanBeCanceled ? new CancellableWriteStream(destination, cancellationToken) : destination;
            // Tiles have no alpha (see PosterTiles.Render), so the layout is Rgb or Grey, as the whole picture's file would be.
            ChannelLayout layout = first.Layout;
            using var writer = new PngBandWriter(target, width, height, options.BitDepth, options.Rounding, options.PngCompressionLevel, text, Environment.ProcessorCount,
                ChannelPacking.Channels(layout));
            int bandRows = Math.Min(height, MemoryBudget.BandRows(width, bandBytes, writer.RowsPerSegment));
            var band = new float[(long)bandRows * width * 3];
            for (int row = 0; row < height; row += bandRows)
            {
                int rows = Math.Min(bandRows, height - row);
                PosterTiles.CopyRows(tiles, row, rows, width, band, cancellationToken);
                if (layout == ChannelLayout.Rgb) writer.WriteRows(band, 0, rows, progress, cancellationToken);
                else writer.WriteRows(ChannelPacking.Pack(layout, band, null, 0, (long)rows * width), 0, rows, progress, cancellationToken);
            }
            writer.Finish();
        }

        private static ImageExportOptions Checked(ImageExportOptions options)
        {
            ImageExportOptions valid = ValidatedExportOptions.Validate(options).Options;
            if (valid.Format != ImageFormatKind.Png)
                throw new ArgumentException("Tiles are joined into a PNG only; join them in memory (without a path) for another format.", nameof(options));
            return valid;
        }
    }
}
