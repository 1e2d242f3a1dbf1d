using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Imaging;
using CppnPS.Core.Initialization;
using CppnPS.Core.Model;
using CppnPS.Core.Motion;
using CppnPS.Core.Rendering;
using CppnPS.Core.Tests.Genome;
using FsCheck.Xunit;
using Xunit;

namespace CppnPS.Core.Tests.Properties
{
    /// <summary>
    /// Properties over networks and pictures drawn by FsCheck: each case is built from the drawn numbers, so a failure
    /// prints the numbers that rebuild it.
    /// </summary>
    public class RenderProperties
    {
        private static readonly Activation[] Activations = Enum.GetValues<Activation>();

        /// <summary>A network of 1 to 3 hidden layers of 1 to 9 neurons, any activations, radius and latent inputs or not, weights from <paramref name="seed"/>.</summary>
        private static CppnNetwork Network(int seed, byte shape, bool randomBits)
        {
            // The shape comes from shape alone, so two seeds of one shape make networks a morph can blend.
            var random = new Random(shape);
            int depth = 1 + shape % 3;
            var network = CppnNetwork.Create(new NetworkOptions
            {
                Seed = seed,
                HiddenWidths = Enumerable.Range(0, depth).Select(_ => random.Next(1, 10)).ToArray(),
                HiddenActivations = new[] { Activations[random.Next(Activations.Length)] },
                OutputActivation = Activations[random.Next(Activations.Length)],
                IncludeRadius = (shape & 4) != 0,
                LatentSize = (shape >> 3) % 3,
                BiasMode = (shape & 32) != 0 ? BiasMode.All : (shape & 64) != 0 ? BiasMode.None : BiasMode.First,
            });
            // Any finite bits are the hardest case for a round trip; rendering wants ordinary weights.
            if (randomBits) GenomeTestNetworks.FillWithRandomBits(network, seed);
            return network;
        }

        private static RenderOptions Picture(int network, byte size, sbyte zoom, CoordinateMode mode) => new RenderOptions
        {
            Width = 1 + size % 23,
            Height = 1 + size / 23 % 11,
            Zoom = zoom / 16.0,
            CenterX = zoom / 100.0,
            CoordinateMode = mode,
            Latent = Enumerable.Range(0, network).Select(i => (float)(zoom * (i + 1)) / 64f).ToArray(),
        };

        private static int[] Bits(CppnImage image) => MemoryMarshal.Cast<float, int>(image.Samples.Span).ToArray();

        [Property(MaxTest = 60)]
        public void AnyGenome_RoundTripsThroughJson_ToTheSameNetwork(int seed, byte shape)
        {
            CppnNetwork network = Network(seed, shape, randomBits: true);
            CppnNetwork back = GenomeJson.Read(GenomeJson.Write(network, NetworkFileFormat.Genome, indented: (shape & 1) != 0)).Network;
            GenomeTestNetworks.AssertIdentical(network, back);
        }

        [Property(MaxTest = 40)]
        public void AnyPicture_RoundTripsThroughAPng_ToTheSameNetworkViewAndRender(int seed, byte shape, byte size, sbyte zoom, CoordinateMode mode)
        {
            if (!Enum.IsDefined(mode)) mode = CoordinateMode.Normalized;
            CppnNetwork network = Network(seed, shape, randomBits: false);
            CppnImage image = CppnRenderer.Render(network, Picture(network.LatentSize, size, zoom, mode));
            using var png = new MemoryStream();
            ImageExporter.Write(image, png, new ImageExportOptions());
            png.Position = 0;
            GenomeReadResult read = GenomeJson.Read(PngTextReader.ReadNetworkText(png)!);
            GenomeTestNetworks.AssertIdentical(network, read.Network);
            Assert.Equal(image.Options!.ToString(), read.Network.View!.ToString());
            Assert.Equal(Bits(image), Bits(CppnRenderer.Render(read.Network, read.Network.View)));
        }

        [Property(MaxTest = 40)]
        public void Renders_DoNotDependOnThreadsOrTileSize(int seed, byte shape, byte size, byte threads, byte tile)
        {
            CppnNetwork network = Network(seed, shape, randomBits: false);
            RenderOptions picture = Picture(network.LatentSize, size, 40, CoordinateMode.AspectCorrect);
            var compiled = new CompiledNetwork(network);
            var inputs = InputLayout.Create(compiled.InputNames, picture.Latent.ToArray());
            CoordinateGrid grid = CoordinateGrid.Create(picture);
            var one = new float[picture.Width * picture.Height * 3];
            var many = new float[one.Length];
            TiledEngine.Render(compiled, inputs, grid, one, 1, default, null);
            TiledEngine.Render(compiled, inputs, grid, many, 1 + threads % 8, default, null, tileSize: tile % 70);
            Assert.Equal(MemoryMarshal.Cast<float, int>(one).ToArray(), MemoryMarshal.Cast<float, int>(many).ToArray());
            CppnImage whole = CppnRenderer.Render(network, picture, new ExecutionOptions { ThrottleLimit = 1 + threads % 3 });
            Assert.Equal(Bits(whole), MemoryMarshal.Cast<float, int>(one).ToArray());
        }

        [Property(MaxTest = 40)]
        public void AnyCutIntoTiles_JoinsToTheWholeRender(int seed, byte shape, byte size, byte tileWidth, byte tileHeight, bool reference)
        {
            CppnNetwork network = Network(seed, shape, randomBits: false);
            RenderOptions picture = Picture(network.LatentSize, size, -20, CoordinateMode.Article);
            var execution = new ExecutionOptions { Engine = reference ? RenderEngineKind.Reference : RenderEngineKind.Fast };
            var tiles = CanvasRegion.Split(picture.Width, picture.Height, 1 + tileWidth % 25, 1 + tileHeight % 12)
                .Select(region => PosterTiles.Render(network, picture, region, execution)).Reverse().ToList();
            Assert.Equal(Bits(CppnRenderer.Render(network, picture, execution)), Bits(PosterTiles.Join(tiles)));
        }

        [Property(MaxTest = 25)]
        public void MorphEndpoints_AreTheStillsOfItsTwoNetworks(int seedA, int seedB, byte shape, byte frames, byte size)
        {
            CppnNetwork a = Network(seedA, shape, randomBits: false);
            CppnNetwork b = Network(seedB, shape, randomBits: false);
            RenderOptions picture = Picture(a.LatentSize, size, 24, CoordinateMode.Normalized);
            var morph = new Animation { Kind = MotionKind.Morph, FrameCount = 2 + frames % 9, Picture = picture, Networks = new[] { a, b } };
            Assert.Equal(Bits(CppnRenderer.Render(a, picture)), Bits(AnimationRenderer.RenderFrame(morph, 0)));
            Assert.Equal(Bits(CppnRenderer.Render(b, picture)), Bits(AnimationRenderer.RenderFrame(morph, morph.FrameCount - 1)));
        }

        [Property(MaxTest = 25)]
        public void LatentWalkEndpoints_AreTheStillsAtItsTwoLatentVectors(int seed, byte frames, sbyte from, sbyte to)
        {
            CppnNetwork network = CppnNetwork.Create(new NetworkOptions { Seed = seed, HiddenWidths = new[] { 6, 6 }, LatentSize = 2 });
            RenderOptions picture = new RenderOptions { Width = 13, Height = 7 };
            float[] start = { from / 32f, to / 64f }, end = { to / 32f, from / 16f };
            var walk = new Animation { Kind = MotionKind.LatentWalk, FrameCount = 2 + frames % 9, Picture = picture, Networks = new[] { network }, LatentFrom = start, LatentTo = end };
            Assert.Equal(Bits(CppnRenderer.Render(network, picture with { Latent = start })), Bits(AnimationRenderer.RenderFrame(walk, 0)));
            Assert.Equal(Bits(CppnRenderer.Render(network, picture with { Latent = end })), Bits(AnimationRenderer.RenderFrame(walk, walk.FrameCount - 1)));
        }
    }
}
