using System;
using System.Threading;
using System.Threading.Tasks;
using CppnPS.Core.Colour;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Motion;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// Makes the rows of a picture from the engine's outputs: the framed coordinate grid (<see cref="CoordinateGrid"/>),
    /// then the engine, then the colour stage (<see cref="ColourConverter"/>), then the box filter of a supersampled
    /// picture (<see cref="BoxFilter"/>). A plain RGB picture of a three-output network skips the last two: the engine
    /// writes its samples directly, as it always has.
    /// </summary>
    internal static class PictureComposer
    {
        /// <summary>Floats of engine output and colour held at once while a framed or coloured picture is made (128 MiB).</summary>
        private const long WorkingFloats = 32L << 20;

        /// <summary>True when the engine's outputs are the picture's samples, untouched.</summary>
        public static bool IsDirect(CompiledNetwork compiled, RenderOptions options) =>
            compiled.OutputCount == 3 && options.Colour.IsDefault && options.Framing.IsPlain;

        /// <summary>
        /// Renders rows <paramref name="firstRow"/> .. <paramref name="firstRow"/> + <paramref name="rowCount"/> - 1 of the
        /// picture into <paramref name="rgb"/> (three samples a pixel, from index 0) and, when the colour scheme has alpha,
        /// <paramref name="alpha"/> (one a pixel). <paramref name="rowsDone"/> is told of each finished picture row. The colour
        /// stage and the box filter run on up to <paramref name="threads"/> threads (the engine's own setting).
        /// </summary>
        public static void RenderRows(Action<CoordinateGrid, float[], IProgress<long>?> engine, CompiledNetwork compiled, RenderOptions options,
            CoordinateTransform? transform, int firstRow, int rowCount, float[] rgb, float[]? alpha, IProgress<long>? rowsDone, int threads, CancellationToken cancellationToken)
        {
            if (IsDirect(compiled, options))
            {
                engine(CoordinateGrid.Create(options, transform, firstRow, rowCount), rgb, rowsDone);
                return;
            }
            int s = options.Framing.Supersample;
            int outputs = compiled.OutputCount;
            long perRow = (long)options.Width * s * s * (outputs + 4);
            int chunk = (int)Math.Max(1, Math.Min(rowCount, WorkingFloats / perRow));
            var progress = s == 1 || rowsDone is null ? rowsDone : new EveryNth(rowsDone, s);
            ColourScheme colour = options.Colour;
            for (int first = 0; first < rowCount; first += chunk)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int rows = Math.Min(chunk, rowCount - first);
                CoordinateGrid grid = CoordinateGrid.Create(options, transform, firstRow + first, rows);
                long samples = (long)grid.Width * grid.Height;
                var raw = new float[samples * outputs];
                engine(grid, raw, progress);
                long pixelStart = (long)first * options.Width;
                if (s == 1)
                {
                    var rgbPart = first == 0 && rows == rowCount ? rgb : new float[samples * 3];
                    var alphaPart = alpha is null ? null : first == 0 && rows == rowCount ? alpha : new float[samples];
                    InParallel(grid.Height, grid.Width, threads, (first, count) =>
                        ColourConverter.Convert(colour, raw, outputs, first, count, rgbPart, alphaPart), cancellationToken);
                    if (!ReferenceEquals(rgbPart, rgb)) Array.Copy(rgbPart, 0, rgb, pixelStart * 3, samples * 3);
                    if (alphaPart != null && !ReferenceEquals(alphaPart, alpha)) Array.Copy(alphaPart, 0, alpha!, pixelStart, samples);
                    continue;
                }
                var fineRgb = new float[samples * 3];
                var fineAlpha = alpha is null ? null : new float[samples];
                InParallel(grid.Height, grid.Width, threads, (first, count) =>
                    ColourConverter.Convert(colour, raw, outputs, first, count, fineRgb, fineAlpha), cancellationToken);
                long pixels = (long)rows * options.Width;
                var coarse = new float[pixels * 3];
                var coarseAlpha = fineAlpha is null ? null : new float[pixels];
                InParallel(rows, 1, threads, (first, count) =>
                {
                    BoxFilter.Reduce(fineRgb, 3, options.Width, (int)first, (int)count, s, coarse);
                    if (fineAlpha != null) BoxFilter.Reduce(fineAlpha, 1, options.Width, (int)first, (int)count, s, coarseAlpha!);
                }, cancellationToken);
                Array.Copy(coarse, 0, rgb, pixelStart * 3, pixels * 3);
                if (coarseAlpha != null) Array.Copy(coarseAlpha, 0, alpha!, pixelStart, pixels);
            }
        }

        /// <summary>Rows of work a thread takes at a time in the colour stage and the box filter.</summary>
        private const int RowsPerTask = 16;

        /// <summary>
        /// Runs <paramref name="work"/> over <paramref name="rows"/> rows of <paramref name="unitsPerRow"/> units each, as
        /// (first unit, unit count) ranges of whole rows on up to <paramref name="threads"/> threads. The work's result for
        /// a unit must depend on that unit alone, so the split cannot change a bit.
        /// </summary>
        private static void InParallel(int rows, int unitsPerRow, int threads, Action<long, long> work, CancellationToken cancellationToken)
        {
            int tasks = (rows + RowsPerTask - 1) / RowsPerTask;
            if (threads <= 1 || tasks <= 1)
            {
                work(0, (long)rows * unitsPerRow);
                return;
            }
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
            Parallel.For(0, tasks, parallel, t =>
            {
                int first = t * RowsPerTask;
                int count = Math.Min(RowsPerTask, rows - first);
                work((long)first * unitsPerRow, (long)count * unitsPerRow);
            });
        }

        /// <summary>Passes on one report in every n: a supersampled picture's engine finishes n grid rows per picture row.</summary>
        private sealed class EveryNth : IProgress<long>
        {
            private readonly IProgress<long> _inner;
            private readonly int _n;
            private long _count;

            public EveryNth(IProgress<long> inner, int n)
            {
                _inner = inner;
                _n = n;
            }

            public void Report(long value)
            {
                long before = Interlocked.Add(ref _count, value) - value;
                long passed = (before + value) / _n - before / _n;
                if (passed > 0) _inner.Report(passed);
            }
        }
    }
}
