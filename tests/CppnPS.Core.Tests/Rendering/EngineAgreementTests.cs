using System;
using System.Collections.Generic;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Initialization;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;
using Xunit.Abstractions;

namespace CppnPS.Core.Tests.Rendering
{
    public class EngineAgreementTests
    {
        private readonly ITestOutputHelper _output;
        public EngineAgreementTests(ITestOutputHelper output) => _output = output;

        private static readonly ExecutionOptions Reference = new ExecutionOptions { Engine = RenderEngineKind.Reference };

        public static IEnumerable<object[]> Shapes()
        {
            yield return new object[] { new[] { 16, 16, 16, 16, 16, 16, 16, 16, 16 }, 64, 64, false, 0, 0 };
            yield return new object[] { new[] { 7 }, 5, 3, false, 0, 0 };
            yield return new object[] { new[] { 1, 3 }, 33, 17, true, 0, 0 };
            yield return new object[] { new[] { 129, 64 }, 20, 9, false, 2, 0 };
            yield return new object[] { new[] { 128, 64, 32, 16, 8, 4 }, 31, 40, true, 3, 0 };
            // The inputs computed from the coordinates: d, theta, bias and Fourier features; then sin/cos theta with latents.
            yield return new object[] { new[] { 16, 16, 16 }, 37, 29, true, 0, 1 };
            yield return new object[] { new[] { 33, 9 }, 23, 41, false, 2, 2 };
        }

        /// <summary>The network options of a shape: <paramref name="computed"/> 0 adds no computed input, 1 and 2 add two different sets.</summary>
        internal static NetworkOptions ShapeOptions(int[] widths, int seed, bool radius, int latent, int computed) => new NetworkOptions
        {
            HiddenWidths = widths,
            Seed = seed,
            IncludeRadius = radius,
            LatentSize = latent,
            IncludeDistance = computed == 1,
            IncludeBias = computed == 1,
            Angle = computed == 1 ? AngleInput.Theta : computed == 2 ? AngleInput.SinCos : AngleInput.None,
            FourierFeatures = computed == 1 ? 3 : computed == 2 ? 5 : 0,
            FourierSigma = computed == 2 ? 10.0 : 1.0,
        };

        [Theory]
        [MemberData(nameof(Shapes))]
        public void FastEngine_MatchesReferenceEngine(int[] widths, int width, int height, bool radius, int latent, int computed)
        {
            var net = CppnNetwork.Create(ShapeOptions(widths, 3, radius, latent, computed));
            var latentValues = new float[latent];
            for (int i = 0; i < latent; i++) latentValues[i] = 0.25f * (i + 1);
            var options = new RenderOptions { Width = width, Height = height, Latent = latentValues, Zoom = 2.5 };
            float[] fast = CppnRenderer.Render(net, options, new ExecutionOptions { Engine = RenderEngineKind.Fast }).ToArray();
            float[] sameActivations = CppnRenderer.Render(net, options, Reference, false, null, default).ToArray();
            AssertBitEqual(sameActivations, fast, "fast vs reference (same activations)");
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public void EverySimdPath_MatchesReferenceEngine(int[] widths, int width, int height, bool radius, int latent, int computed)
        {
            var net = CppnNetwork.Create(ShapeOptions(widths, 5, radius, latent, computed));
            var options = new RenderOptions { Width = width, Height = height, Latent = new float[latent], Zoom = 2.5 };
            float[] reference = CppnRenderer.Render(net, options, Reference, false, null, default).ToArray();
            var grid = CoordinateGrid.Create(options);
            var compiled = new CompiledNetwork(net);
            var inputs = InputLayout.Create(compiled.InputNames, new float[latent]);
            int tested = AssertEveryPathMatches(reference, compiled, inputs, grid, threads: 2, "");
            _output.WriteLine($"best path {SimdPaths.Best}; {tested} paths agree with the reference");
            Assert.True(tested >= 2);
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public void FastEngine_StaysCloseToTheExactReference(int[] widths, int width, int height, bool radius, int latent, int computed)
        {
            // Approximated tanh (<= 2e-7) meets chaotic N(0, 1) networks that amplify any rounding
            // difference layer after layer; torch itself is up to ~1.2e-4 from float64 here. The
            // bound is the one the engine promises against float64.
            var net = CppnNetwork.Create(ShapeOptions(widths, 3, radius, latent, computed));
            var options = new RenderOptions { Width = width, Height = height, Latent = new float[latent], Zoom = 2.5 };
            double max = MaxAbsDiff(CppnRenderer.Render(net, options).ToArray(), CppnRenderer.Render(net, options, Reference).ToArray());
            _output.WriteLine($"max |fast - exact reference| = {max:E3}");
            Assert.True(max <= 2e-4, $"max |fast - exact reference| = {max:E3}");
        }

        [Theory]
        [InlineData(Activation.Sigmoid)]
        [InlineData(Activation.Relu)]
        [InlineData(Activation.Identity)]
        [InlineData(Activation.Sin)]
        [InlineData(Activation.Gaussian)]
        public void FastEngine_MatchesReference_ForEveryActivation(Activation activation)
        {
            var net = CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 8, 8, 8 }, HiddenActivations = new[] { activation }, Seed = 9 });
            var options = new RenderOptions { Width = 23, Height = 11 };
            AssertBitEqual(CppnRenderer.Render(net, options, Reference, false, null, default).ToArray(),
                CppnRenderer.Render(net, options).ToArray(), activation.ToString());
        }

        /// <summary>
        /// The hardware paths apply tanh and sigmoid inside the dense kernel, to each block's fresh
        /// sums, and every other activation in a pass of its own; both routes, on every path and for
        /// tiles of one, two and four vectors (each block shape and the one-output remainder), equal
        /// the reference to the bit.
        /// </summary>
        [Theory]
        [MemberData(nameof(ActivationOperatorTests.EveryActivation), MemberType = typeof(ActivationOperatorTests))]
        public void EverySimdPathAndTileSize_MatchesReference_ForEveryActivation(Activation activation)
        {
            // 6, 13 and 5 outputs: blocks of four and remainders; 71 columns: whole tiles and a padded tail.
            var net = CppnNetwork.Create(new NetworkOptions
            {
                HiddenWidths = new[] { 6, 13, 5 }, HiddenActivations = new[] { activation }, OutputActivation = activation, Seed = 12,
            });
            var options = new RenderOptions { Width = 71, Height = 5, Zoom = 3 };
            float[] reference = CppnRenderer.Render(net, options, Reference, false, null, default).ToArray();
            var grid = CoordinateGrid.Create(options);
            var compiled = new CompiledNetwork(net);
            var inputs = InputLayout.Create(compiled.InputNames, Array.Empty<float>());
            foreach (SimdPath path in Enum.GetValues<SimdPath>())
            {
                if (!SimdPaths.IsAvailable(path)) continue;
                foreach (int tile in new[] { 16, 32, 64 })
                {
                    var samples = new float[71 * 5 * 3];
                    TiledEngine.Render(compiled, inputs, grid, samples, 2, default, null, tile, path);
                    AssertBitEqual(reference, samples, $"{activation} on {path}, tile {tile}");
                }
            }
        }

        [Fact]
        public void Render_IsIdenticalForAnyThreadCountAndTileSize()
        {
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 1 });
            byte[] baseline = Bytes(CppnRenderer.Render(net, new RenderOptions { Width = 97, Height = 61 }, new ExecutionOptions { ThrottleLimit = 1 }));
            foreach (int threads in new[] { 2, 7 })
                Assert.Equal(baseline, Bytes(CppnRenderer.Render(net, new RenderOptions { Width = 97, Height = 61 }, new ExecutionOptions { ThrottleLimit = threads })));
            var grid = CoordinateGrid.Create(new RenderOptions { Width = 97, Height = 61 });
            var compiled = new CompiledNetwork(net);
            var inputs = InputLayout.Create(compiled.InputNames, Array.Empty<float>());
            foreach (int tile in new[] { 8, 16, 64, 1024 })
            {
                var samples = new float[97 * 61 * 3];
                TiledEngine.Render(compiled, inputs, grid, samples, 2, default, null, tile);
                Assert.Equal(baseline, FloatBytes(samples));
            }
        }

        [Fact]
        public async System.Threading.Tasks.Task OneNetwork_RendersFromManyThreadsAtOnce_WithIdenticalResults()
        {
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 8 });
            var options = new RenderOptions { Width = 40, Height = 30 };
            var oneThread = new ExecutionOptions { ThrottleLimit = 1 };
            byte[] expected = Bytes(CppnRenderer.Render(net, options, oneThread));
            var renders = new System.Threading.Tasks.Task<byte[]>[8];
            for (int t = 0; t < renders.Length; t++)
                renders[t] = System.Threading.Tasks.Task.Run(() => Bytes(CppnRenderer.Render(net, options, oneThread)));
            foreach (byte[] result in await System.Threading.Tasks.Task.WhenAll(renders)) Assert.Equal(expected, result);
        }

        [Fact]
        public void Render_DoesNotChangeTheNetwork()
        {
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 4 });
            string before = Genome(net);
            CppnRenderer.Render(net, new RenderOptions { Width = 16, Height = 16 });
            Assert.Equal(before, Genome(net));
        }

        [Fact]
        public void Render_IsUnaffectedByLaterChangesToTheNetwork()
        {
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 4 });
            var image = CppnRenderer.Render(net, new RenderOptions { Width = 8, Height = 8 });
            net.Multiply(0);
            Assert.False(image.Network!.Provenance.Modified);
            Assert.NotEqual(0f, image.Network!.Layers[0].GetWeight(0, 0));
        }

        [Fact]
        public void TorchDefaultInit_GivesAGreySquare_WhileNormalGivesContrast()
        {
            var options = new RenderOptions { Width = 128, Height = 128 };
            var grey = CppnRenderer.Render(CppnNetwork.Create(new NetworkOptions { Init = InitScheme.TorchDefault, Seed = 1 }), options);
            var art = CppnRenderer.Render(CppnNetwork.Create(new NetworkOptions { Init = InitScheme.Normal, Scale = 1, Seed = 1 }), options);
            double greyStd = Std(grey.ToArray()), artStd = Std(art.ToArray());
            _output.WriteLine($"std TorchDefault = {greyStd:E3}, Normal(1) = {artStd:E3}");
            Assert.True(greyStd < 1e-3, $"TorchDefault std {greyStd}");
            Assert.True(artStd > 0.2, $"Normal(1) std {artStd}");
        }

        [Fact]
        public void Render_IsCancelledPromptly()
        {
            var net = CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 128, 128, 128, 128 }, Seed = 2 });
            using var cts = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(50));
            Assert.ThrowsAny<OperationCanceledException>(() =>
                CppnRenderer.Render(net, new RenderOptions { Width = 4096, Height = 4096 }, cancellationToken: cts.Token));
        }

        [Fact]
        public void Render_RefusesAnImpossibleSizeBeforeAllocating()
        {
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 2 });
            var ex = Assert.Throws<ImageTooLargeException>(() => CppnRenderer.Render(net, new RenderOptions { Width = 60000, Height = 60000 }));
            Assert.Contains("60000x60000", ex.Message);
            Assert.True(ex.RequiredBytes > 40_000_000_000L);
        }

        [Fact]
        public void Render_RefusesALatentVectorOfTheWrongLength()
        {
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 2, LatentSize = 2 });
            Assert.Throws<LatentSizeMismatchException>(() => CppnRenderer.Render(net, new RenderOptions { Width = 4, Height = 4, Latent = new[] { 1f } }));
        }

        [Fact]
        public void Render_ReportsEveryRow()
        {
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 2 });
            long rows = 0;
            var progress = new SyncProgress(n => System.Threading.Interlocked.Add(ref rows, n));
            CppnRenderer.Render(net, new RenderOptions { Width = 10, Height = 37 }, null, progress);
            Assert.Equal(37, rows);
        }

        private sealed class SyncProgress : IProgress<long>
        {
            private readonly Action<long> _report;
            public SyncProgress(Action<long> report) => _report = report;
            public void Report(long value) => _report(value);
        }

        /// <summary>
        /// Renders with the fast engine on every SIMD path this machine has (default tile size) and checks each against
        /// <paramref name="reference"/> bit for bit; returns how many paths ran.
        /// </summary>
        internal static int AssertEveryPathMatches(float[] reference, CompiledNetwork compiled, InputLayout inputs, CoordinateGrid grid, int threads, string what)
        {
            int tested = 0;
            foreach (SimdPath path in Enum.GetValues<SimdPath>())
            {
                if (!SimdPaths.IsAvailable(path)) continue;
                var samples = new float[reference.Length];
                TiledEngine.Render(compiled, inputs, grid, samples, threads, default, null, 0, path);
                AssertBitEqual(reference, samples, (what + " " + path).TrimStart());
                tested++;
            }
            return tested;
        }

        /// <summary>Every sample has the same bits (so NaN equals NaN only with the same payload, and -0 differs from +0).</summary>
        internal static void AssertBitEqual(float[] expected, float[] actual, string what)
        {
            Assert.Equal(expected.Length, actual.Length);
            int differ = 0, first = -1;
            for (int i = 0; i < expected.Length; i++)
                if (BitConverter.SingleToInt32Bits(expected[i]) != BitConverter.SingleToInt32Bits(actual[i]))
                {
                    if (first < 0) first = i;
                    differ++;
                }
            Assert.True(differ == 0, differ == 0 ? "" : $"{what}: {differ} of {expected.Length} samples differ in their bits; the first at {first}: expected {expected[first]:R}, got {actual[first]:R}.");
        }

        internal static double MaxAbsDiff(float[] a, float[] b)
        {
            Assert.Equal(a.Length, b.Length);
            double max = 0;
            for (int i = 0; i < a.Length; i++) max = Math.Max(max, Math.Abs((double)a[i] - b[i]));
            return max;
        }

        private static double Std(float[] v) => MathNet.Numerics.Statistics.Statistics.PopulationStandardDeviation(Array.ConvertAll(v, x => (double)x));

        private static byte[] Bytes(CppnImage image) => FloatBytes(image.ToArray());

        private static byte[] FloatBytes(float[] samples)
        {
            var bytes = new byte[samples.Length * 4];
            Buffer.BlockCopy(samples, 0, bytes, 0, bytes.Length);
            return bytes;
        }

        private static string Genome(CppnNetwork net)
        {
            var sb = new System.Text.StringBuilder();
            foreach (var layer in net.Layers)
                for (int o = 0; o < layer.OutputCount; o++)
                {
                    for (int i = 0; i < layer.InputCount; i++) sb.Append(BitConverter.SingleToInt32Bits(layer.GetWeight(o, i))).Append(',');
                    sb.Append(BitConverter.SingleToInt32Bits(layer.GetBias(o))).Append(';');
                }
            return sb.ToString();
        }
    }
}
