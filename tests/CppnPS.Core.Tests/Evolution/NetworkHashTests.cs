using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using CppnPS.Core.Activations;
using CppnPS.Core.Evolution;
using CppnPS.Core.Model;
using Xunit;

namespace CppnPS.Core.Tests.Evolution
{
    public class NetworkHashTests
    {
        private static CppnNetwork Net() => CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 4, 4 }, Seed = 3, IncludeRadius = true });

        private static CppnNetwork WithFirstLayer(CppnNetwork network, string activations)
        {
            var layers = network.Layers.ToArray();
            layers[0] = layers[0].WithActivations(NeuronActivations.Parse(activations, layers[0].OutputCount));
            return new CppnNetwork(network.Inputs, layers);
        }

        [Fact]
        public void DifferentActivations_GiveDifferentHashes()
        {
            var plain = Net();
            string[] variants = { "tanh", "leakyrelu", "leakyrelu(0.2)", "elu(0.5)", "tanh:3,sin:1", "sin:1,tanh:3", "tanh:2,leakyrelu(0.2):2" };
            var hashes = variants.Select(v => NetworkHash.Compute(WithFirstLayer(plain, v))).ToArray();
            Assert.Equal(hashes.Length, hashes.Distinct().Count());
            Assert.Equal(NetworkHash.Compute(plain), hashes[0]);
        }

        [Fact]
        public void APlainNetwork_KeepsTheHashOfOneNamePerLayer()
        {
            // The content as written when a layer had one activation, written here independently.
            var network = WithFirstLayer(Net(), "sin");
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write("cppnps-content-1");
                writer.Write(network.InputCount);
                foreach (string input in network.Inputs) writer.Write(input);
                writer.Write(network.Layers.Count);
                foreach (CppnLayer layer in network.Layers)
                {
                    writer.Write(layer.InputCount);
                    writer.Write(layer.OutputCount);
                    writer.Write(ActivationFunctions.ToName(layer.Activation));
                    foreach (float w in layer.GetWeights().SelectMany(r => r)) writer.Write(w);
                    writer.Write(layer.HasBias);
                    if (layer.HasBias) foreach (float b in layer.Bias!) writer.Write(b);
                }
            }
            string expected = NetworkHash.Prefix + string.Concat(SHA256.HashData(stream.ToArray()).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal(expected, NetworkHash.Compute(network));
        }
    }
}
