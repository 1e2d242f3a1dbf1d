using System;
using System.Globalization;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Rendering;
using Xunit;
using Xunit.Abstractions;

namespace CppnPS.Core.Tests.Agreement
{
    /// <summary>
    /// CppnPS against the PyTorch reference: each committed network (tests/vectors), imported
    /// from its cppn-weights-v1 file and rendered at 64x64, must match torch's float32 output.
    /// </summary>
    public class TorchAgreementTests
    {
        /// <summary>Largest allowed |CppnPS - torch| for any sample: both are float32 computations of the same sums.</summary>
        private const double Tolerance = 5e-4;

        /// <summary>
        /// Largest allowed ratio of max |CppnPS - float64| to max |torch - float64|. The float64
        /// render is the exact answer to about 1e-15, so each distance is one float32 evaluation's
        /// rounding error, amplified layer after layer by the N(0, 1) network. CppnPS and torch
        /// round the same sums (in another order; CppnPS's tanh adds at most 4e-7, about one float32
        /// rounding near 1), so their errors have the same size and the same amplification, and
        /// their worst cases over 12,288 samples are measured within 5 % of each other (0.81 to 1.04
        /// on the committed sets). Twice torch's distance leaves room for an unlucky worst sample
        /// while catching any real loss of accuracy, which would be orders of magnitude larger.
        /// </summary>
        private const double Float64Ratio = 2.0;

        /// <summary>Largest allowed |CppnPS - float64| for any sample: the accuracy the engine promises (README, "Accuracy").</summary>
        private const double Float64Bound = 2e-4;

        private readonly ITestOutputHelper _output;

        public TorchAgreementTests(ITestOutputHelper output) => _output = output;

        [Theory]
        [MemberData(nameof(TorchVectorSet.Stems), MemberType = typeof(TorchVectorSet))]
        public void FastEngine_MatchesTorch(string stem) => CheckAgainstTorch(stem, RenderEngineKind.Fast);

        [Theory]
        [MemberData(nameof(TorchVectorSet.Stems), MemberType = typeof(TorchVectorSet))]
        public void ReferenceEngine_MatchesTorch(string stem) => CheckAgainstTorch(stem, RenderEngineKind.Reference);

        private void CheckAgainstTorch(string stem, RenderEngineKind engine)
        {
            var set = TorchVectorSet.Get(stem);
            var (network, zoom) = CppnPS.Core.Tests.Genome.GenomeTestNetworks.ReadWeightsV1(set.ReadWeightsJson(), set.WeightsJsonPath);
            int size = set.Size;
            CppnImage image = CppnRenderer.Render(network, new RenderOptions { Width = size, Height = size, Zoom = zoom }, new ExecutionOptions { Engine = engine });

            float[] ours = image.ToArray();
            float[] torch = set.ReadTorchOutput();
            double[] exact = set.ReadFloat64Output();
            Assert.Equal(torch.Length, ours.Length);
            Assert.Equal(exact.Length, ours.Length);

            double maxVsTorch = 0, maxVsExact = 0, maxTorchVsExact = 0;
            int worst = 0, bitEqual = 0;
            for (int k = 0; k < ours.Length; k++)
            {
                double d = Math.Abs((double)ours[k] - torch[k]);
                if (d > maxVsTorch) { maxVsTorch = d; worst = k; }
                if (d == 0) bitEqual++;
                maxVsExact = Math.Max(maxVsExact, Math.Abs(ours[k] - exact[k]));
                maxTorchVsExact = Math.Max(maxTorchVsExact, Math.Abs(torch[k] - exact[k]));
            }
            int pixel = worst / 3;
            _output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{0} ({1}, zoom {2}) {3}: max |CppnPS - torch| = {4:0.000E+0} (row {5}, col {6}, channel {7}); max |CppnPS - float64| = {8:0.000E+0}; "
                + "max |torch - float64| = {9:0.000E+0}; {10} of {11} samples equal to torch",
                stem, network.Architecture, zoom, engine, maxVsTorch, pixel / size, pixel % size, worst % 3, maxVsExact, maxTorchVsExact, bitEqual, ours.Length));
            Assert.True(maxTorchVsExact > 0 && maxTorchVsExact <= Tolerance, string.Format(CultureInfo.InvariantCulture,
                "{0}: the committed vectors disagree: max |torch - float64| = {1:0.000E+0}.", stem, maxTorchVsExact));
            Assert.True(maxVsExact <= Float64Ratio * maxTorchVsExact, string.Format(CultureInfo.InvariantCulture,
                "{0} {1}: max |CppnPS - float64| = {2:0.000E+0}, more than {3} x max |torch - float64| = {4:0.000E+0}.",
                stem, engine, maxVsExact, Float64Ratio, maxTorchVsExact));
            Assert.True(maxVsExact <= Float64Bound, string.Format(CultureInfo.InvariantCulture,
                "{0} {1}: max |CppnPS - float64| = {2:0.000E+0}; allowed {3:0.0E+0}.", stem, engine, maxVsExact, Float64Bound));
            Assert.True(maxVsTorch <= Tolerance, string.Format(CultureInfo.InvariantCulture,
                "{0} {1}: max |CppnPS - torch| = {2:0.000E+0} at row {3}, col {4}, channel {5} (CppnPS {6:R}, torch {7:R}); allowed {8:0.0E+0}.",
                stem, engine, maxVsTorch, pixel / size, pixel % size, worst % 3, ours[worst], torch[worst], Tolerance));
        }
    }
}
