using System;
using System.IO;
using System.Linq;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Evolution;
using CppnPS.Core.Fitting;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Fitting
{
    public class NetworkFitterTests
    {
        private static CppnNetwork Net(int seed, params Activation[] hidden) => CppnNetwork.Create(new NetworkOptions
        {
            HiddenWidths = hidden.Select(_ => 5).ToArray(),
            HiddenActivations = hidden,
            Seed = seed,
            IncludeRadius = true,
            BiasMode = Initialization.BiasMode.All,
        });

        // A simple target: a bright disc on a dark red ground, 16 x 16.
        private static FitTarget Disc()
        {
            var samples = new float[16 * 16 * 3];
            for (int y = 0; y < 16; y++)
                for (int x = 0; x < 16; x++)
                {
                    bool inside = (x - 7.5) * (x - 7.5) + (y - 7.5) * (y - 7.5) < 25;
                    int k = (y * 16 + x) * 3;
                    samples[k] = inside ? 0.9f : 0.4f;
                    samples[k + 1] = inside ? 0.9f : 0.1f;
                    samples[k + 2] = inside ? 0.2f : 0.1f;
                }
            return FitTarget.FromSamples(16, 16, samples);
        }

        [Fact]
        public void Gradient_MatchesFiniteDifferences_ForTheFirstSixActivations()
            => AssertGradientMatchesFiniteDifferences(Net(3, Activation.Tanh, Activation.Sin, Activation.Gaussian, Activation.Sigmoid, Activation.Identity, Activation.Relu));

        [Fact]
        public void Gradient_MatchesFiniteDifferences_ForTheNewerActivations()
            => AssertGradientMatchesFiniteDifferences(Net(4, Activation.LeakyRelu, Activation.Elu, Activation.Gelu, Activation.GeluTanh,
                Activation.Softplus, Activation.Silu, Activation.Cos));

        [Fact]
        public void Gradient_MatchesFiniteDifferences_ForPiecewiseActivations()
            => AssertGradientMatchesFiniteDifferences(Net(5, Activation.Abs, Activation.Square, Activation.Hat, Activation.Sawtooth, Activation.Tanh));

        [Fact]
        public void Gradient_MatchesFiniteDifferences_ForMixedLayersWithParameters()
        {
            var plain = Net(6, Activation.Tanh, Activation.Tanh, Activation.Tanh);
            var layers = plain.Layers.ToArray();
            layers[0] = layers[0].WithActivations(NeuronActivations.Parse("leakyrelu(0.3):2,elu(0.5):2,gelu:1", 5));
            layers[1] = layers[1].WithActivations(NeuronActivations.Parse("hat:1,sin:1,softplus:1,silu:1,sawtooth:1", 5));
            layers[2] = layers[2].WithActivations(NeuronActivations.Parse("cos:1,abs:1,square:1,gelutanh:1,elu(2):1", 5));
            var network = new CppnNetwork(plain.Inputs, layers);
            Assert.True(network.Layers[0].HasMixedActivations);
            AssertGradientMatchesFiniteDifferences(network);
        }

        [Fact]
        public void Fit_KeepsEveryNeuronsActivation()
        {
            var plain = Net(7, Activation.Tanh, Activation.Tanh);
            var layers = plain.Layers.ToArray();
            layers[0] = layers[0].WithActivations(NeuronActivations.Parse("leakyrelu(0.2):2,sin:3", 5));
            var start = new CppnNetwork(plain.Inputs, layers);
            var fitted = NetworkFitter.Fit(start, Disc(), new FitOptions { Steps = 5, BatchSize = 16, Seed = 1 });
            Assert.Equal(start.Layers.Select(l => l.ActivationText), fitted.Layers.Select(l => l.ActivationText));
        }

        private static void AssertGradientMatchesFiniteDifferences(CppnNetwork network)
        {
            var mlp = new Mlp(network);
            var target = Disc();
            var inputs = NetworkFitter.Inputs(network, NetworkFitter.Picture(network, target, null));
            int[] pixels = { 0, 37, 100, 255 };
            double Loss()
            {
                var w = mlp.NewWorkspace();
                double sum = 0;
                foreach (int p in pixels)
                    sum += mlp.AddGradient(new ReadOnlySpan<double>(inputs, p * 3, 3), new ReadOnlySpan<float>(target.SampleBuffer, p * 3, 3), 0, new double[mlp.Parameters.Length], w);
                return sum;
            }
            var gradient = new double[mlp.Parameters.Length];
            var workspace = mlp.NewWorkspace();
            foreach (int p in pixels)
                mlp.AddGradient(new ReadOnlySpan<double>(inputs, p * 3, 3), new ReadOnlySpan<float>(target.SampleBuffer, p * 3, 3), 1, gradient, workspace);
            const double h = 1e-6;
            int checkedCount = 0;
            for (int j = 0; j < mlp.Parameters.Length; j++)
            {
                double keep = mlp.Parameters[j];
                mlp.Parameters[j] = keep + h;
                double up = Loss();
                mlp.Parameters[j] = keep - h;
                double down = Loss();
                mlp.Parameters[j] = keep;
                double numeric = (up - down) / (2 * h);
                Assert.True(Math.Abs(numeric - gradient[j]) <= 1e-6 + 1e-5 * Math.Abs(numeric),
                    $"parameter {j}: backward {gradient[j]:R}, finite difference {numeric:R}");
                if (gradient[j] != 0) checkedCount++;
            }
            Assert.True(checkedCount > mlp.Parameters.Length / 2);
        }

        [Fact]
        public void DoubleForms_AgreeWithTheCatalogue_ForEveryActivation()
        {
            foreach (Activation a in Enum.GetValues<Activation>())
                foreach (float z in new[] { -3f, -0.7f, -0.01f, 0f, 0.3f, 1f, 2.5f })
                    Assert.Equal(ActivationFunctions.Apply(a, z), (float)ActivationGradients.Value(a, z));
            foreach (var spec in new[] { new ActivationSpec(Activation.LeakyRelu, 0.2f), new ActivationSpec(Activation.Elu, 0.5f) })
                foreach (float z in new[] { -3f, -0.7f, 0.3f })
                    Assert.Equal(ActivationFunctions.Apply(spec, z), (float)ActivationGradients.Value(spec, z));
        }

        [Fact]
        public void Derivatives_MatchFiniteDifferences_ForEveryActivation()
        {
            var specs = Enum.GetValues<Activation>().Select(a => new ActivationSpec(a))
                .Concat(new[] { new ActivationSpec(Activation.LeakyRelu, 0.2f), new ActivationSpec(Activation.Elu, 0.5f) });
            foreach (var spec in specs)
                // Away from every kink and jump (0, +-1, sawtooth's half-integers).
                foreach (double z in new[] { -2.3, -0.7, -0.2, 0.3, 0.8, 1.3, 2.2 })
                {
                    const double h = 1e-6;
                    double numeric = (ActivationGradients.Value(spec, z + h) - ActivationGradients.Value(spec, z - h)) / (2 * h);
                    double analytic = ActivationGradients.Derivative(spec, z, ActivationGradients.Value(spec, z));
                    Assert.True(Math.Abs(numeric - analytic) <= 1e-6 + 1e-6 * Math.Abs(numeric), $"{spec} at {z}: {analytic:R} against {numeric:R}");
                }
        }

        [Fact]
        public void Fit_LowersTheLoss_OnASimpleTarget_AndGivesAnOrdinaryNetworkWithItsLineage()
        {
            var start = Net(1, Activation.Tanh, Activation.Tanh, Activation.Tanh);
            var target = Disc();
            double before = NetworkFitter.Loss(start, target);
            var reports = new System.Collections.Generic.List<FitProgress>();
            var fitted = NetworkFitter.Fit(start, target, new FitOptions { Steps = 300, LearningRate = 0.02, BatchSize = 64, Seed = 2, ReportEvery = 100 },
                progress: new SynchronousProgress(reports.Add));
            double after = NetworkFitter.Loss(fitted, target);
            Assert.True(after < before / 4, $"loss {before} -> {after}");
            Assert.Equal(new[] { 100, 200, 300 }, reports.Select(r => r.Step));
            Assert.Equal(after, reports[reports.Count - 1].Loss);
            Assert.Equal(NetworkLineage.Fit, fitted.Provenance.Lineage!.Operation);
            Assert.Equal(new[] { NetworkHash.Compute(start) }, fitted.Provenance.Lineage.Parents);
            Assert.Equal(start.Architecture, fitted.Architecture);
            // An ordinary network: it renders at another size.
            Assert.Equal(40, CppnRenderer.Render(fitted, new RenderOptions { Width = 40, Height = 40 }).Width);
        }

        [Fact]
        public void Fit_IsDeterministicForASeed_WhateverTheThreadCount()
        {
            var start = Net(4, Activation.Tanh, Activation.Sin);
            var options = new FitOptions { Steps = 20, BatchSize = 100, Seed = 9 };
            string one = NetworkHash.Compute(NetworkFitter.Fit(start, Disc(), options with { ThrottleLimit = 1 }));
            string two = NetworkHash.Compute(NetworkFitter.Fit(start, Disc(), options with { ThrottleLimit = 2 }));
            string again = NetworkHash.Compute(NetworkFitter.Fit(start, Disc(), options with { ThrottleLimit = 2 }));
            string other = NetworkHash.Compute(NetworkFitter.Fit(start, Disc(), options with { Seed = 10 }));
            Assert.Equal(one, two);
            Assert.Equal(two, again);
            Assert.NotEqual(one, other);
        }

        [Fact]
        public void ZeroSteps_IsRefused()
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NetworkFitter.Fit(Net(1, Activation.Tanh), Disc(), new FitOptions { Steps = 0 }));
            Assert.Equal("Steps", ex.ParamName);
        }

        [Fact]
        public void Fit_IsCancellable()
        {
            using var source = new System.Threading.CancellationTokenSource();
            source.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => NetworkFitter.Fit(Net(1, Activation.Tanh), Disc(), new FitOptions { Steps = 5 }, cancellationToken: source.Token));
        }

        [Fact]
        public void ATargetTooLarge_IsRefusedFromItsHeader_BeforeDecoding()
        {
            // A PNG whose header claims 5000 x 5000 pixels, with no pixel data at all: decoding it would fail,
            // so the refusal can only come from the header.
            string path = Path.Combine(Path.GetTempPath(), "cppnps-fit-" + Guid.NewGuid().ToString("N") + ".png");
            try
            {
                File.WriteAllBytes(path, PngHeaderOnly(5000, 5000));
                var ex = Assert.Throws<TargetTooLargeException>(() => FitTarget.Load(path, 64));
                Assert.Equal(5000, ex.Width);
                Assert.Contains("16,777,216", ex.Message);
                File.WriteAllBytes(path, new byte[] { 1, 2, 3, 4 });
                Assert.Throws<InvalidDataException>(() => FitTarget.Load(path, 64));
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void ATargetFile_IsDecodedAndDownscaled()
        {
            var image = CppnRenderer.Render(Net(5, Activation.Tanh), new RenderOptions { Width = 40, Height = 20 });
            string path = Path.Combine(Path.GetTempPath(), "cppnps-fit-" + Guid.NewGuid().ToString("N") + ".png");
            try
            {
                Core.Imaging.ImageExporter.WriteFile(image, path, new Core.Imaging.ImageExportOptions(), overwrite: true);
                var target = FitTarget.Load(path, 10);
                Assert.Equal(10, target.Width);
                Assert.Equal(5, target.Height);
                Assert.InRange(target.Samples.ToArray().Average(), image.ToArray().Average() - 0.05, image.ToArray().Average() + 0.05);
            }
            finally
            {
                File.Delete(path);
            }
        }

        private static byte[] PngHeaderOnly(int width, int height)
        {
            var bytes = new System.Collections.Generic.List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
            var ihdr = new byte[13];
            ihdr[0] = (byte)(width >> 24); ihdr[1] = (byte)(width >> 16); ihdr[2] = (byte)(width >> 8); ihdr[3] = (byte)width;
            ihdr[4] = (byte)(height >> 24); ihdr[5] = (byte)(height >> 16); ihdr[6] = (byte)(height >> 8); ihdr[7] = (byte)height;
            ihdr[8] = 8; ihdr[9] = 2;
            var chunk = new byte[] { 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.Concat(ihdr).ToArray();
            uint crc = System.IO.Hashing.Crc32.HashToUInt32(chunk.AsSpan(4));
            bytes.AddRange(chunk);
            bytes.AddRange(new[] { (byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc });
            return bytes.ToArray();
        }

        private sealed class SynchronousProgress : IProgress<FitProgress>
        {
            private readonly Action<FitProgress> _report;
            public SynchronousProgress(Action<FitProgress> report) => _report = report;
            public void Report(FitProgress value) => _report(value);
        }
    }
}
