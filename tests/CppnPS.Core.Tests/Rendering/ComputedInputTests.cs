using System;
using System.Linq;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Initialization;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Rendering
{
    /// <summary>The inputs computed from the coordinates: bias, d, theta, sin/cos theta and Fourier features.</summary>
    public class ComputedInputTests
    {
        private static readonly string FourierSin = InputName.Fourier(false, 0.75f, -1.25f);
        private static readonly string FourierCos = InputName.Fourier(true, 0.75f, -1.25f);

        [Fact]
        public void EachComputedName_HasItsKind_AndIsNoLatentInput()
        {
            Assert.Equal(InputKind.Bias, InputName.KindOf("bias"));
            Assert.Equal(InputKind.Distance, InputName.KindOf("d"));
            Assert.Equal(InputKind.Theta, InputName.KindOf("theta"));
            Assert.Equal(InputKind.SinTheta, InputName.KindOf("sin_theta"));
            Assert.Equal(InputKind.CosTheta, InputName.KindOf("cos_theta"));
            Assert.Equal(InputKind.FourierSin, InputName.KindOf(FourierSin));
            Assert.Equal(InputKind.FourierCos, InputName.KindOf(FourierCos));
            // A malformed Fourier name stays a latent input, as every unknown name is.
            foreach (string name in new[] { "sin2pi:", "sin2pi:1", "sin2pi:1:2:3", "cos2pi:x:1", "sin2pi:NaN:1", "Sin2pi:1:2", "D", "Bias" })
                Assert.Equal(InputKind.Latent, InputName.KindOf(name));
            Assert.Equal(1, InputName.LatentCount(new[] { "row", "col", "d", "theta", "bias", FourierSin, FourierCos, "z1" }));
        }

        [Fact]
        public void FourierNames_GiveBackTheExactFrequencies()
        {
            var random = new Random(11);
            float[] special = { 0f, -0f, float.Epsilon, -float.Epsilon, float.MaxValue, float.MinValue, 1e-30f, 0.1f, 1f / 3f };
            for (int k = 0; k < 2000 + special.Length; k++)
            {
                float a = k < special.Length ? special[k] : BitConverter.Int32BitsToSingle(random.Next());
                if (float.IsNaN(a) || float.IsInfinity(a)) continue;
                float b = (float)(random.NextDouble() * 20 - 10);
                foreach (bool cosine in new[] { false, true })
                {
                    Assert.True(InputName.TryParseFourier(InputName.Fourier(cosine, a, b), out bool readCosine, out float ra, out float rb));
                    Assert.Equal(cosine, readCosine);
                    Assert.Equal(BitConverter.SingleToInt32Bits(a), BitConverter.SingleToInt32Bits(ra));
                    Assert.Equal(BitConverter.SingleToInt32Bits(b), BitConverter.SingleToInt32Bits(rb));
                }
            }
            Assert.Throws<ArgumentOutOfRangeException>(() => InputName.Fourier(false, float.NaN, 1f));
        }

        [Fact]
        public void ComputedValues_AreTheirFormulas()
        {
            var layout = InputLayout.Create(new[] { "bias", "d", "theta", "sin_theta", "cos_theta", FourierSin, FourierCos }, Array.Empty<float>());
            foreach ((float row, float col) in new[] { (0.3f, -0.7f), (-1.5f, 0.25f), (2f, 2f), (-0.001f, -3f) })
            {
                double r = Math.Sqrt((double)row * row + (double)col * col);
                // theta is the canonical atan2 (the same bits everywhere), within 1 ulp of the C library's.
                double theta = CanonicalMath.Atan2(row, col);
                Assert.Equal(Math.Atan2(row, col), theta, 15);
                double t = 2 * Math.PI * (0.75 * row - 1.25 * col);
                Assert.Equal(1f, layout.ValueAt(0, row, col));
                Assert.Equal((float)(1.4 * r), layout.ValueAt(1, row, col));
                Assert.Equal((float)theta, layout.ValueAt(2, row, col));
                Assert.Equal(Math.Sin(theta), layout.ValueAt(3, row, col), 6);
                Assert.Equal(Math.Cos(theta), layout.ValueAt(4, row, col), 6);
                Assert.Equal(Math.Sin(t), layout.ValueAt(5, row, col), 5);
                Assert.Equal(Math.Cos(t), layout.ValueAt(6, row, col), 5);
                // The Fourier sine is the engine's own sine of the argument rounded once to float.
                Assert.Equal(FastActivations.Sin((float)t), layout.ValueAt(5, row, col));
            }
            // At the centre the angle's sine and cosine are 0, and d is 0.
            Assert.Equal(0f, layout.ValueAt(1, 0f, 0f));
            Assert.Equal(0f, layout.ValueAt(3, 0f, 0f));
            Assert.Equal(0f, layout.ValueAt(4, 0f, 0f));
        }

        [Fact]
        public void SinCosTheta_HasNoSeam_WhereThetaJumps()
        {
            var layout = InputLayout.Create(new[] { "theta", "sin_theta", "cos_theta" }, Array.Empty<float>());
            float above = 1e-4f, below = -1e-4f, col = -1f;
            Assert.True(layout.ValueAt(0, above, col) - layout.ValueAt(0, below, col) > 6f);
            Assert.True(Math.Abs(layout.ValueAt(1, above, col) - layout.ValueAt(1, below, col)) < 1e-3f);
            Assert.True(Math.Abs(layout.ValueAt(2, above, col) - layout.ValueAt(2, below, col)) < 1e-3f);
        }

        [Fact]
        public void Fill_GivesTheValuesOfValueAt_ForEveryComputedInput_OnBothGridKinds()
        {
            var layout = InputLayout.Create(new[] { "bias", "d", "theta", "sin_theta", "cos_theta", FourierSin, FourierCos, "z1" }, new[] { 0.5f });
            float[] rows = { -0.3f, 0f, 1.7f, -2.2f, 0.01f };
            float[] columns = { -1f, 0f, 0f, 0.6f, 1e-3f };
            var lane = new float[8];
            for (int i = 0; i < layout.Count; i++)
            {
                for (int k = 0; k < lane.Length; k++) lane[k] = float.NaN;
                layout.Fill(i, rows[0], columns, lane);
                for (int p = 0; p < columns.Length; p++) AssertSameBits(layout.ValueAt(i, rows[0], columns[p]), lane[p]);
                for (int p = columns.Length; p < lane.Length; p++) Assert.Equal(0f, lane[p]);
                layout.Fill(i, rows, columns, lane);
                for (int p = 0; p < columns.Length; p++) AssertSameBits(layout.ValueAt(i, rows[p], columns[p]), lane[p]);
            }
        }

        [Fact]
        public void NetworkOptions_PutTheComputedInputsInTheirOrder()
        {
            var options = new NetworkOptions { Seed = 4, IncludeRadius = true, IncludeDistance = true, Angle = AngleInput.SinCos, IncludeBias = true, FourierFeatures = 2, LatentSize = 1 };
            var net = CppnNetwork.Create(options);
            string[] names = net.Inputs.ToArray();
            Assert.Equal(new[] { "row", "col", "r", "d", "sin_theta", "cos_theta", "bias" }, names.Take(7));
            Assert.Equal(InputKind.FourierSin, InputName.KindOf(names[7]));
            Assert.Equal(InputKind.FourierSin, InputName.KindOf(names[8]));
            Assert.Equal(InputKind.FourierCos, InputName.KindOf(names[9]));
            Assert.Equal(names[7].Replace("sin2pi:", "cos2pi:", StringComparison.Ordinal), names[9]);
            Assert.Equal("z1", names[11]);
            Assert.Equal(12, net.Layers[0].InputCount);
            Assert.Equal(1, net.LatentSize);
            Assert.Equal(names, options.InputNames().ToArray());
            Assert.Equal(new[] { "row", "col", "theta" }, new NetworkOptions { Angle = AngleInput.Theta }.InputNames());
        }

        [Fact]
        public void FourierFrequencies_AreSeeded_AndHaveTheirSigma()
        {
            Assert.Equal(FourierFrequencies.Draw(7, 64, 3.0), FourierFrequencies.Draw(7, 64, 3.0));
            Assert.NotEqual(FourierFrequencies.Draw(7, 64, 3.0), FourierFrequencies.Draw(8, 64, 3.0));
            float[] b = FourierFrequencies.Draw(7, FourierFrequencies.MaxCount, 3.0);
            double mean = b.Average(x => (double)x);
            double variance = b.Sum(x => (x - mean) * (x - mean)) / (b.Length - 1);
            // 2048 normal draws: the sample variance's standard error is about sigma^2 * sqrt(2 / n) = 0.28.
            Assert.InRange(variance, 9.0 - 1.2, 9.0 + 1.2);
            Assert.InRange(mean, -0.3, 0.3);
            // The frequencies have a stream of their own: adding Fourier features changes no other draw's stream.
            Assert.NotEqual(new WeightInitializer(7).DrawWeights(1, 4, WeightDistribution.Normal(3.0)), FourierFrequencies.Draw(7, 2, 3.0));
        }

        [Fact]
        public void BadFourierOptions_AreRefused()
        {
            foreach (double sigma in new[] { 0.0, -1.0, double.NaN, double.PositiveInfinity })
                Assert.Equal("FourierSigma", Assert.Throws<ArgumentOutOfRangeException>(() => new NetworkOptions { FourierFeatures = 2, FourierSigma = sigma }.Validate()).ParamName);
            foreach (int count in new[] { -1, FourierFrequencies.MaxCount + 1 })
                Assert.Equal("FourierFeatures", Assert.Throws<ArgumentOutOfRangeException>(() => new NetworkOptions { FourierFeatures = count }.Validate()).ParamName);
        }

        [Fact]
        public void AGenomeWithEveryComputedInput_ReadsBackAndRendersTheSameBytes()
        {
            var net = CppnNetwork.Create(EngineAgreementTests.ShapeOptions(new[] { 8, 8 }, 21, true, 1, 1) with { Angle = AngleInput.SinCos, FourierSigma = 0.3 });
            var back = GenomeJson.Read(GenomeJson.Write(net)).Network;
            Assert.Equal(net.Inputs, back.Inputs);
            var options = new RenderOptions { Width = 19, Height = 13, Latent = new[] { 0.5f } };
            EngineAgreementTests.AssertBitEqual(CppnRenderer.Render(net, options).ToArray(), CppnRenderer.Render(back, options).ToArray(), "genome round trip");
        }

        private static void AssertSameBits(float expected, float actual) =>
            Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(actual));
    }
}
