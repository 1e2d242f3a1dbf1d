using CppnPS.Core.Genome;
using CppnPS.Core.Initialization;
using CppnPS.Core.Model;
using Xunit;

namespace CppnPS.Core.Tests.InitSchemes
{
    /// <summary>The genome records every setting an initialisation drew with, so seed and provenance re-draw the network.</summary>
    public sealed class InitProvenanceTests
    {
        [Theory]
        [InlineData("Siren")]
        [InlineData("VarianceScalingFanAvgUniform")]
        [InlineData("NormalWithOutputAndBiasScale")]
        public void GenomeRecordsTheSettings_AndTheyRedrawTheSameWeights(string name)
        {
            NetworkOptions options = Options(name);
            CppnNetwork network = CppnNetwork.Create(options);
            NetworkProvenance read = GenomeJson.Read(GenomeJson.Write(network)).Network.Provenance;

            Assert.Equal(network.Provenance, read);
            var again = CppnNetwork.Create(new NetworkOptions
            {
                Seed = read.Seed, Init = read.Init!.Value, Scale = read.Scale ?? options.Scale, BiasInit = read.BiasInit!.Value,
                OutputScale = read.OutputScale, FanMode = read.FanMode ?? FanMode.FanIn,
                Distribution = read.Distribution ?? InitDistribution.TruncatedNormal,
                SirenOmega = read.SirenOmega ?? InitSettings.DefaultOmega, BiasScale = read.BiasScale ?? 1.0,
            });
            // The same weights, biases and provenance: the same genome, to the byte.
            Assert.Equal(GenomeJson.Write(network), GenomeJson.Write(again));
        }

        [Fact]
        public void APlainNetworksGenome_HasNoneOfTheNewerFields()
        {
            string json = GenomeJson.Write(CppnNetwork.Create(new NetworkOptions { Seed = 3 }));
            foreach (string field in new[] { "outputScale", "fanMode", "distribution", "sirenOmega", "biasScale" })
                Assert.DoesNotContain("\"" + field + "\"", json, System.StringComparison.Ordinal);
        }

        private static NetworkOptions Options(string name)
        {
            switch (name)
            {
                case "Siren": return new NetworkOptions { Seed = 5, Init = InitScheme.Siren, BiasInit = BiasInit.Same, SirenOmega = 12.5 };
                case "VarianceScalingFanAvgUniform":
                    return new NetworkOptions { Seed = 6, Init = InitScheme.VarianceScaling, Scale = 2, FanMode = FanMode.FanAvg, Distribution = InitDistribution.Uniform, BiasInit = BiasInit.Normal, BiasScale = 0.1 };
                default: return new NetworkOptions { Seed = 7, Init = InitScheme.Normal, Scale = 0.8, OutputScale = 0.3, BiasInit = BiasInit.Normal, BiasScale = 2 };
            }
        }
    }
}
