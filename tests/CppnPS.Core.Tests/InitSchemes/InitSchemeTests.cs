using System;
using System.Globalization;
using System.Linq;
using CppnPS.Core.Initialization;
using CppnPS.Core.Model;
using Xunit;
using Xunit.Abstractions;

namespace CppnPS.Core.Tests.InitSchemes
{
    /// <summary>SIREN, variance scaling, the output layer's scale and biases N(0, s^2): their statistics and their golden seeds.</summary>
    public class InitSchemeTests
    {
        private readonly ITestOutputHelper _output;
        public InitSchemeTests(ITestOutputHelper output) => _output = output;

        private const int Outputs = 160, Inputs = 125;

        private static double SampleVariance(float[] x)
        {
            double mean = x.Average(v => (double)v);
            return x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1);
        }

        // 20000 draws: the sample variance's relative standard error is at most sqrt(2 / 20000) = 1%; 5% is five of them.
        private static void AssertVariance(double expected, float[] x, string what) =>
            Assert.True(Math.Abs(SampleVariance(x) / expected - 1) < 0.05, $"{what}: sample variance {SampleVariance(x)}, expected {expected}");

        public static TheoryData<int, double> SirenLayers() => new TheoryData<int, double>
        {
            // layer (of 3), variance of the stored weights: U(-b, b) has variance b^2 / 3.
            { 0, Math.Pow(30.0 / Inputs, 2) / 3 },
            { 1, 6.0 / Inputs / 3 },
            { 2, 6.0 / Inputs / 3 / (30.0 * 30.0) },
        };

        [Theory]
        [MemberData(nameof(SirenLayers))]
        public void Siren_FoldsW0IntoTheWeights_WithTheLayersVariance(int layer, double variance)
        {
            var settings = new InitSettings { Scheme = InitScheme.Siren };
            WeightDistribution d = settings.Weights(layer, 3, Inputs, Outputs);
            Assert.Equal(WeightDistributionKind.Uniform, d.Kind);
            float[] w = new WeightInitializer(1).DrawWeights(Outputs, Inputs, d);
            AssertVariance(variance, w, "SIREN layer " + layer);
            Assert.True(w.Max(Math.Abs) <= (float)d.Width);
        }

        [Theory]
        [InlineData(FanMode.FanIn, InitDistribution.TruncatedNormal)]
        [InlineData(FanMode.FanOut, InitDistribution.Normal)]
        [InlineData(FanMode.FanAvg, InitDistribution.Uniform)]
        [InlineData(FanMode.FanIn, InitDistribution.Uniform)]
        [InlineData(FanMode.FanAvg, InitDistribution.TruncatedNormal)]
        public void VarianceScaling_HasVarianceScaleOverFan(FanMode mode, InitDistribution distribution)
        {
            const double scale = 2.0;
            var settings = new InitSettings { Scheme = InitScheme.VarianceScaling, Scale = scale, Mode = mode, Distribution = distribution };
            WeightDistribution d = settings.Weights(0, 2, Inputs, Outputs);
            float[] w = new WeightInitializer(2).DrawWeights(Outputs, Inputs, d);
            double fan = mode == FanMode.FanIn ? Inputs : mode == FanMode.FanOut ? Outputs : (Inputs + Outputs) / 2.0;
            AssertVariance(scale / fan, w, $"{mode} {distribution}");
            if (distribution == InitDistribution.TruncatedNormal)
                Assert.True(w.Max(Math.Abs) <= 2 * d.Width * (1 + 1e-6), "truncated at two standard deviations");
        }

        [Fact]
        public void TheOutputLayer_TakesItsOwnScale_AndTheOthersKeepTheirs()
        {
            var settings = new InitSettings { Scheme = InitScheme.Normal, Scale = 1.0, OutputScale = 0.25 };
            Assert.Equal(0.25, settings.Weights(2, 3, Inputs, Outputs).Width);
            Assert.Equal(1.0, settings.Weights(1, 3, Inputs, Outputs).Width);
            float[] w = new WeightInitializer(3).DrawWeights(Outputs, Inputs, settings.Weights(2, 3, Inputs, Outputs));
            AssertVariance(0.0625, w, "output layer");
            var scaled = new InitSettings { Scheme = InitScheme.VarianceScaling, Scale = 1.0, OutputScale = 3.0, Distribution = InitDistribution.Normal };
            Assert.Equal(Math.Sqrt(3.0 / Inputs), scaled.Weights(1, 2, Inputs, Outputs).Width, 12);
        }

        [Fact]
        public void NormalBiases_HaveVarianceSSquared()
        {
            var settings = new InitSettings { BiasInit = BiasInit.Normal, BiasScale = 0.5 };
            float[] b = new WeightInitializer(4).DrawBias(20000, settings.Biases(Inputs, WeightDistribution.Normal(1)));
            AssertVariance(0.25, b, "biases N(0, 0.5^2)");
        }

        [Fact]
        public void TheOldSchemes_KeepTheirDistributions()
        {
            // The committed torch vectors check the old schemes' numbers; here, that they map to the same distributions.
            var old = new InitSettings { Scheme = InitScheme.TorchDefault, BiasInit = BiasInit.Same };
            Assert.Equal(1.0 / Math.Sqrt(7), old.Weights(1, 3, 7, 4).Width);
            Assert.Equal(WeightDistributionKind.Uniform, old.Biases(7, old.Weights(1, 3, 7, 4)).Kind);
            Assert.Equal(WeightDistributionKind.Zero, new InitSettings { BiasInit = BiasInit.Zero }.Biases(7, WeightDistribution.Normal(1)).Kind);
            Assert.Equal(1.0 / Math.Sqrt(7), new InitSettings { Scheme = InitScheme.Normal }.Biases(7, WeightDistribution.Normal(1)).Width);
        }

        /// <summary>Weights of the first and the output layer, and biases, of a 3->5->4->3 network drawn with seed 42, as float bits.</summary>
        private static string Golden(NetworkOptions options)
        {
            var net = CppnNetwork.Create(options with { HiddenWidths = new[] { 5, 4 }, Seed = 42, IncludeRadius = true, BiasMode = BiasMode.All });
            float[] first = net.Layers[0].GetWeights().SelectMany(r => r).ToArray(), last = net.Layers[2].GetWeights().SelectMany(r => r).ToArray();
            float[] bias = net.Layers[0].Bias!, lastBias = net.Layers[2].Bias!;
            return string.Join(" ", new[] { first[0], first[1], first[14], last[0], last[11], bias[0], bias[4], lastBias[2] }
                .Select(v => BitConverter.SingleToInt32Bits(v).ToString("x8", CultureInfo.InvariantCulture)));
        }

        // Generated once by this code (the test prints them) and committed: a change to any draw shows here.
        public static TheoryData<string, string> GoldenSeeds() => new TheoryData<string, string>
        {
            { "Siren", "c10529f2 c01ae7c0 408722cf 3d05394c bc3d9c48 40f1c562 408502c0 3a1b68af" },
            { "VarianceScaling", "bf2c91cd 3e52a78b 3f30d351 bef864d2 3da31d0b bcec21a0 3e4c38a2 beb3ef44" },
            { "VarianceScalingFanAvgUniform", "bf38846a be56a49f 3ebb3ff8 3e8865ab bf4b03b3 3dbd96be 3db65eba bd8b058d" },
            { "NormalWithOutputScaleAndNormalBiases", "bf39e97f 3e62f110 3f3e7f40 bea7520a 3e2a2f5b bd7e6368 3f04d690 3e4ae8de" },
        };

        private static NetworkOptions OptionsFor(string name)
        {
            switch (name)
            {
                case "Siren": return new NetworkOptions { Init = InitScheme.Siren, BiasInit = BiasInit.Same, SirenOmega = 30 };
                case "VarianceScaling": return new NetworkOptions { Init = InitScheme.VarianceScaling, Scale = 2, BiasInit = BiasInit.Same };
                case "VarianceScalingFanAvgUniform":
                    return new NetworkOptions { Init = InitScheme.VarianceScaling, FanMode = FanMode.FanAvg, Distribution = InitDistribution.Uniform, BiasInit = BiasInit.Normal, BiasScale = 0.1 };
                default: return new NetworkOptions { Init = InitScheme.Normal, OutputScale = 0.3, BiasInit = BiasInit.Normal, BiasScale = 2 };
            }
        }

        [Theory]
        [MemberData(nameof(GoldenSeeds))]
        public void GoldenSeed_GivesTheCommittedWeights(string name, string expected)
        {
            string actual = Golden(OptionsFor(name));
            _output.WriteLine($"{name}: {actual}");
            Assert.Equal(actual, Golden(OptionsFor(name)));
            Assert.Equal(expected, actual);
        }

        [Fact]
        public void BadInitOptions_AreRefused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new NetworkOptions { Init = InitScheme.Siren, SirenOmega = 0 }.Validate());
            Assert.Throws<ArgumentOutOfRangeException>(() => new NetworkOptions { OutputScale = -1 }.Validate());
            Assert.Throws<ArgumentOutOfRangeException>(() => new NetworkOptions { OutputScale = double.NaN }.Validate());
            Assert.Throws<ArgumentException>(() => new NetworkOptions { Init = InitScheme.Siren, OutputScale = 2 }.Validate());
            Assert.Throws<ArgumentOutOfRangeException>(() => new NetworkOptions { BiasInit = BiasInit.Normal, BiasScale = -0.5 }.Validate());
            Assert.Throws<ArgumentOutOfRangeException>(() => new NetworkOptions { Init = InitScheme.VarianceScaling, Scale = 0 }.Validate());
            Assert.Throws<ArgumentOutOfRangeException>(() => new NetworkOptions { Init = InitScheme.VarianceScaling, FanMode = (FanMode)7 }.Validate());
        }
    }
}
