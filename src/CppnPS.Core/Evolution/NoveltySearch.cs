using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CppnPS.Core.Analysis;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Evolution
{
    /// <summary>
    /// Evolution without a user, by novelty (Lehman and Stanley; neat-python's picture examples):
    /// each generation's pictures are scored by how far they are, in a space of image features,
    /// from their nearest neighbours among the generation and an archive of earlier novel
    /// pictures; the most novel join the archive and parent the next generation.
    /// </summary>
    public static class NoveltySearch
    {
        /// <summary>Side of the downscaled copy that joins the features: 4 x 4 pixels.</summary>
        public const int ThumbnailSide = 4;

        /// <summary>
        /// Runs the search from <paramref name="start"/> (one or more networks; mutated copies fill the
        /// first generation) and returns the archive, most novel first, each network with its novelty
        /// among the archive. <paramref name="generationsDone"/> hears of each generation.
        /// </summary>
        public static IReadOnlyList<NoveltyResult> Run(IReadOnlyList<CppnNetwork> start, NoveltyOptions options, ExecutionOptions? execution = null,
            IProgress<long>? generationsDone = null, CancellationToken cancellationToken = default)
        {
            if (start is null) throw new ArgumentNullException(nameof(start));
            if (options is null) throw new ArgumentNullException(nameof(options));
            if (start.Count == 0 || start.Any(n => n is null)) throw new ArgumentException("Novelty search needs at least one start network.", nameof(start));
            options.Validate();
            var population = new List<CppnNetwork>(start);
            for (int i = population.Count; i < options.PopulationSize; i++)
                population.Add(Child(start[i % start.Count], options, 0, i));
            if (population.Count > options.PopulationSize) population.RemoveRange(options.PopulationSize, population.Count - options.PopulationSize);

            var archive = new List<(CppnNetwork Network, double[] Features)>();
            for (int generation = 1; generation <= options.Generations; generation++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Each network is probed in its own saved view (or the defaults), at the probe size.
                var features = population.Select(n => Features(CppnRenderer.Render(n,
                    (n.View ?? new RenderOptions()) with { Width = options.ProbeSize, Height = options.ProbeSize },
                    execution, null, cancellationToken))).ToArray();
                var others = features.Concat(archive.Select(a => a.Features)).ToArray();
                var novelty = new double[population.Count];
                for (int i = 0; i < population.Count; i++) novelty[i] = Novelty(features[i], others, i, options.Neighbours);
                // Most novel first; ties keep the population order, so the search is deterministic.
                int[] order = Enumerable.Range(0, population.Count).OrderByDescending(i => novelty[i]).ThenBy(i => i).ToArray();
                foreach (int i in order.Take(options.ArchivePerGeneration)) archive.Add((population[i], features[i]));
                if (generation < options.Generations)
                {
                    var parents = order.Take(Math.Max(1, population.Count / 2)).Select(i => population[i]).ToArray();
                    var next = new List<CppnNetwork>(population.Count);
                    for (int i = 0; i < population.Count; i++) next.Add(Child(parents[i % parents.Length], options, generation, i));
                    population = next;
                }
                generationsDone?.Report(1);
            }

            var archived = archive.Select(a => a.Features).ToArray();
            return archive.Select((a, i) => new NoveltyResult(a.Network, Novelty(a.Features, archived, i, options.Neighbours)))
                .Select((r, i) => (r, i)).OrderByDescending(x => x.r.Novelty).ThenBy(x => x.i).Select(x => x.r).ToArray();
        }

        /// <summary>
        /// A picture's features: its Measure-CppnImage measures (mean and standard deviation per channel,
        /// greyness, colourfulness / 100, entropy / 8, mean gradient, total variation / 3, bits per pixel / 24,
        /// each about 0..1), then its 4 x 4 downscale (48 values, each halved so the layout weighs about as
        /// much as the measures).
        /// </summary>
        public static double[] Features(CppnImage image)
        {
            if (image is null) throw new ArgumentNullException(nameof(image));
            ImageStatistics s = ImageAnalyzer.Measure(image);
            var features = new List<double>
            {
                s.MeanRed, s.MeanGreen, s.MeanBlue, s.StdRed, s.StdGreen, s.StdBlue,
                s.Greyness, s.Colourfulness / 100, s.Entropy / 8, s.MeanGradient, s.TotalVariation / 3, s.BitsPerPixel / 24,
            };
            ReadOnlySpan<float> samples = image.Samples.Span;
            for (int ty = 0; ty < ThumbnailSide; ty++)
                for (int tx = 0; tx < ThumbnailSide; tx++)
                {
                    int y0 = ty * image.Height / ThumbnailSide, y1 = Math.Max(y0 + 1, (ty + 1) * image.Height / ThumbnailSide);
                    int x0 = tx * image.Width / ThumbnailSide, x1 = Math.Max(x0 + 1, (tx + 1) * image.Width / ThumbnailSide);
                    for (int c = 0; c < 3; c++)
                    {
                        double sum = 0;
                        for (int y = y0; y < y1; y++)
                            for (int x = x0; x < x1; x++)
                                sum += Math.Min(1f, Math.Max(0f, samples[(y * image.Width + x) * 3 + c]));
                        features.Add(0.5 * sum / ((y1 - y0) * (x1 - x0)));
                    }
                }
            return features.ToArray();
        }

        // Mean Euclidean distance to the k nearest of others, skipping others[self].
        private static double Novelty(double[] features, double[][] others, int self, int k)
        {
            var distances = new List<double>(others.Length);
            for (int j = 0; j < others.Length; j++)
            {
                if (j == self) continue;
                double sum = 0;
                for (int f = 0; f < features.Length; f++)
                {
                    double d = features[f] - others[j][f];
                    sum += d * d;
                }
                distances.Add(Math.Sqrt(sum));
            }
            if (distances.Count == 0) return 0;
            distances.Sort();
            return distances.Take(k).Average();
        }

        private static CppnNetwork Child(CppnNetwork parent, NoveltyOptions options, int generation, int index)
            => NetworkVariation.Mutate(parent, options.Mutation with { Seed = NetworkVariation.ChildSeed(unchecked(options.Seed * 31 + generation), parent, index) });
    }
}
