using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;

namespace CppnPS.Bench
{
    /// <summary>
    /// The fast engine against the float64 evaluations committed in tests/vectors (the PyTorch
    /// reference's networks at 64x64): the largest absolute difference of any sample.
    /// </summary>
    internal sealed class AccuracyCheck
    {
        private readonly string _vectorsDirectory;

        public AccuracyCheck(string repoRoot) => _vectorsDirectory = Path.Combine(repoRoot, "tests", "vectors");

        /// <summary>(set name, max |fast - float64|) per committed set.</summary>
        public IReadOnlyList<(string Set, double MaxAbsDifference)> Results { get; private set; } = Array.Empty<(string, double)>();

        public string? SkipReason { get; private set; }

        public double? WorstDifference => Results.Count == 0 ? null : Results.Max(r => r.MaxAbsDifference);

        public void Run()
        {
            if (!Directory.Exists(_vectorsDirectory))
            {
                SkipReason = $"{_vectorsDirectory} does not exist";
                return;
            }
            var results = new List<(string, double)>();
            foreach (string weightsPath in Directory.GetFiles(_vectorsDirectory, "*.weights.json").OrderBy(p => p, StringComparer.Ordinal))
            {
                string stem = Path.GetFileName(weightsPath).Replace(".weights.json", "", StringComparison.Ordinal);
                string float64Path = Path.Combine(_vectorsDirectory, stem + ".size64.f64");
                if (!File.Exists(float64Path)) continue;
                CppnNetwork network = NetworkFile.Read(Path.GetFullPath(weightsPath)).Network;
                double zoom = network.View?.Zoom ?? 1.0;
                double[] expected = ReadDoubles(float64Path);
                int size = (int)Math.Round(Math.Sqrt(expected.Length / 3.0));
                CppnImage image = CppnRenderer.Render(network, new RenderOptions { Width = size, Height = size, Zoom = zoom });
                ReadOnlySpan<float> actual = image.Samples.Span;
                double worst = 0;
                for (int k = 0; k < expected.Length; k++) worst = Math.Max(worst, Math.Abs(actual[k] - expected[k]));
                results.Add((stem, worst));
            }
            Results = results;
            if (results.Count == 0) SkipReason = $"no *.weights.json with a .size64.f64 in {_vectorsDirectory}";
        }

        public string Describe() => SkipReason != null
            ? $"Accuracy: skipped, {SkipReason}."
            : "Accuracy, fast engine vs float64 on the committed vectors (tests/vectors, 64²): max |difference| " +
              string.Join(", ", Results.Select(r => $"{r.Set} {r.MaxAbsDifference.ToString("0.00e+0", CultureInfo.InvariantCulture)}")) + ".";

        private static double[] ReadDoubles(string path)
        {
            byte[] bytes = File.ReadAllBytes(path);
            var values = new double[bytes.Length / sizeof(double)];
            for (int k = 0; k < values.Length; k++) values[k] = BitConverter.ToDouble(bytes, k * sizeof(double));
            return values;
        }
    }
}
