using System;
using System.Linq;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Evolution;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Evolution
{
    public class NoveltySearchTests
    {
        private static CppnNetwork Net(int seed) => CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 8, 8 }, Seed = seed });

        private static readonly NoveltyOptions Small = new NoveltyOptions { Generations = 3, PopulationSize = 6, Neighbours = 2, ArchivePerGeneration = 2, ProbeSize = 12, Seed = 4 };

        [Fact]
        public void Run_ArchivesTheMostNovelOfEachGeneration_MostNovelFirst_AndRepeatsForASeed()
        {
            var a = NoveltySearch.Run(new[] { Net(1) }, Small);
            var b = NoveltySearch.Run(new[] { Net(1) }, Small);
            Assert.Equal(6, a.Count);
            Assert.Equal(a.Select(r => NetworkHash.Compute(r.Network)), b.Select(r => NetworkHash.Compute(r.Network)));
            Assert.True(a.Zip(a.Skip(1), (x, y) => x.Novelty >= y.Novelty).All(ok => ok));
            Assert.True(a[0].Novelty > 0);
            var other = NoveltySearch.Run(new[] { Net(1) }, Small with { Seed = 5 });
            Assert.NotEqual(a.Select(r => NetworkHash.Compute(r.Network)), other.Select(r => NetworkHash.Compute(r.Network)));
        }

        [Fact]
        public void Features_AreTheSameForTheSamePicture_AndFarApartForDifferentOnes()
        {
            var picture = new RenderOptions { Width = 16, Height = 16 };
            var x = NoveltySearch.Features(CppnRenderer.Render(Net(1), picture));
            var y = NoveltySearch.Features(CppnRenderer.Render(Net(1), picture));
            var grey = NoveltySearch.Features(new CppnImage(16, 16, Enumerable.Repeat(0.5f, 16 * 16 * 3).ToArray(), Net(1), picture));
            Assert.Equal(x, y);
            Assert.Equal(12 + 48, x.Length);
            Assert.True(x.Zip(grey, (u, v) => (u - v) * (u - v)).Sum() > 0.01);
        }

        [Fact]
        public void Run_RefusesNoStartNetworkAndBadSettings()
        {
            Assert.Throws<ArgumentException>(() => NoveltySearch.Run(Array.Empty<CppnNetwork>(), Small));
            Assert.Throws<ArgumentOutOfRangeException>(() => NoveltySearch.Run(new[] { Net(1) }, Small with { PopulationSize = 1 }));
        }
    }
}
