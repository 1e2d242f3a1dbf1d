using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using CppnPS.Core.Colour;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Model;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// A poster rendered in tiles, on one machine or on several, and joined again. A tile is the region of the
    /// whole picture it covers, rendered from the whole picture's coordinate grid: every pixel is computed on its
    /// own from its row and column inputs, so a tile's samples are, to the bit, the same pixels of a whole render
    /// (by either engine), and the joined tiles are the whole render.
    /// </summary>
    public static class PosterTiles
    {
        /// <summary>
        /// Renders <paramref name="region"/> of the picture <paramref name="options"/> describes, with the whole
        /// picture's coordinates. The result's <see cref="CppnImage.Options"/> are the whole picture's and its
        /// <see cref="CppnImage.Region"/> the region.
        /// </summary>
        /// <exception cref="ArgumentException">The region does not lie within the picture.</exception>
        /// <exception cref="ImageTooLargeException">The tile cannot fit in memory; raised before allocating.</exception>
        /// <exception cref="LatentSizeMismatchException">The latent vector does not match the network.</exception>
        public static CppnImage Render(CppnNetwork network, RenderOptions options, CanvasRegion region, ExecutionOptions? execution = null,
            IProgress<long>? rowsDone = null, CancellationToken cancellationToken = default)
        {
            if (network is null) throw new ArgumentNullException(nameof(network));
            if (options is null) throw new ArgumentNullException(nameof(options));
            if (region is null) throw new ArgumentNullException(nameof(region));
            execution ??= ExecutionOptions.Default;
            options.Validate();
            execution.Validate();
            region.Validate(options.Width, options.Height);
            // Framing moves or mixes pixels across the picture and alpha is not joined by Join: both are whole-picture settings.
            if (!options.Framing.IsPlain || options.Colour.Alpha)
                throw new ArgumentException("A picture with framing (rotation, supersampling, symmetry) or alpha cannot be rendered in tiles: render it whole, or deferred (-Defer) to write it band by band.", nameof(options));
            CppnNetwork snapshot = network.Clone();
            var compiled = new CompiledNetwork(snapshot);
            options.Colour.CheckOutputs(compiled.OutputCount);
            var inputs = InputLayout.Create(compiled.InputNames, options.Latent ?? Array.Empty<float>());
            MemoryBudget.EnsureRenderFits(region.Width, region.Height);
            CoordinateGrid grid = CoordinateGrid.Create(options).Region(region);
            var samples = new float[region.Area * 3];
            if (PictureComposer.IsDirect(compiled, options))
            {
                CppnRenderer.RunEngine(execution, compiled, inputs, grid, samples, exactReferenceActivations: true, rowsDone, cancellationToken);
            }
            else
            {
                // The colour stage works pixel by pixel, so a tile's colours are the whole picture's.
                var raw = new float[region.Area * compiled.OutputCount];
                CppnRenderer.RunEngine(execution, compiled, inputs, grid, raw, exactReferenceActivations: true, rowsDone, cancellationToken);
                ColourConverter.Convert(options.Colour, raw, compiled.OutputCount, region.Area, samples, null);
            }
            return new CppnImage(samples, snapshot, options, region);
        }

        /// <summary>
        /// Joins <paramref name="tiles"/> (in any order) into the whole picture, in memory: the same samples, network and
        /// settings as a single render of it, so it is written, shown and measured as that render is.
        /// </summary>
        /// <exception cref="ArgumentException">The tiles are not the tiles of one picture, overlap, or leave pixels uncovered (see <see cref="Check"/>).</exception>
        /// <exception cref="ImageTooLargeException">The whole picture cannot fit in memory; raised before allocating.</exception>
        public static CppnImage Join(IReadOnlyList<CppnImage> tiles, CancellationToken cancellationToken = default)
        {
            CppnImage first = Check(tiles);
            RenderOptions options = first.Options!;
            MemoryBudget.EnsureRenderFits(options.Width, options.Height);
            var samples = new float[(long)options.Width * options.Height * 3];
            CopyRows(tiles, 0, options.Height, options.Width, samples, cancellationToken);
            return new CppnImage(options.Width, options.Height, samples, first.Network!, options);
        }

        /// <summary>
        /// Checks that <paramref name="tiles"/> are tiles of one picture (the same network and settings) that cover
        /// it exactly, each pixel once, and returns one of them. The message names what is wrong: a whole picture in
        /// the list, two tiles that differ, two that overlap, or how many pixels are missing.
        /// </summary>
        /// <exception cref="ArgumentException">They are not.</exception>
        public static CppnImage Check(IReadOnlyList<CppnImage> tiles)
        {
            if (tiles is null) throw new ArgumentNullException(nameof(tiles));
            if (tiles.Count == 0) throw new ArgumentException("There are no tiles to join.", nameof(tiles));
            string? picture = null;
            long covered = 0;
            for (int i = 0; i < tiles.Count; i++)
            {
                CppnImage tile = tiles[i] ?? throw new ArgumentException("A tile in the list is null.", nameof(tiles));
                if (tile.Region is null || tile.Network is null || tile.Options is null || tile.IsDeferred)
                    throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                        "Picture {0} ({1}) is not a tile: render tiles with Invoke-CppnRender -Region.", i + 1, tile), nameof(tiles));
                string described = GenomeJson.WriteImageMetadata(tile.Network, tile.Options);
                if (picture is null) picture = described;
                else if (!string.Equals(picture, described, StringComparison.Ordinal))
                    throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                        "Tile {0} ({1}) is a tile of another picture than tile 1 ({2}): its network or settings differ. Join the tiles of one picture at a time.",
                        i + 1, tile.Region, tiles[0].Region), nameof(tiles));
                for (int j = 0; j < i; j++)
                    if (tile.Region.Overlaps(tiles[j].Region!))
                        throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                            "Tiles {0} ({1}) and {2} ({3}) overlap: give each pixel once.", j + 1, tiles[j].Region, i + 1, tile.Region), nameof(tiles));
                covered += tile.Region.Area;
            }
            RenderOptions options = tiles[0].Options!;
            long whole = (long)options.Width * options.Height;
            if (covered != whole)
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "The tiles cover {0} of the {1}x{2} picture's {3} pixels: render the missing tiles and join them all.",
                    covered, options.Width, options.Height, whole), nameof(tiles));
            return tiles[0];
        }

        /// <summary>
        /// Copies rows <paramref name="firstRow"/> to <paramref name="firstRow"/> + <paramref name="rowCount"/> - 1 of
        /// the checked <paramref name="tiles"/> into <paramref name="target"/> from its start (a band of the whole picture,
        /// <paramref name="width"/> columns a row).
        /// </summary>
        internal static void CopyRows(IReadOnlyList<CppnImage> tiles, int firstRow, int rowCount, int width, float[] target, CancellationToken cancellationToken)
        {
            foreach (CppnImage tile in tiles)
            {
                CanvasRegion region = tile.Region!;
                int top = Math.Max(firstRow, region.Y);
                int bottom = Math.Min(firstRow + rowCount, region.Y + region.Height);
                float[] source = tile.SampleBuffer;
                for (int row = top; row < bottom; row++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    long from = (long)(row - region.Y) * region.Width * 3;
                    long to = ((long)(row - firstRow) * width + region.X) * 3;
                    Array.Copy(source, from, target, to, (long)region.Width * 3);
                }
            }
        }
    }
}
