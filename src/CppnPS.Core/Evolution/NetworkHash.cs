using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using CppnPS.Core.Model;

namespace CppnPS.Core.Evolution
{
    /// <summary>
    /// A network's content hash: "sha256:" and the lower-case hex SHA-256 of what it computes (its
    /// input names, and per layer its shape, each neuron's activation and parameter, weights and bias, as the bits of the
    /// floats), so two networks that render the same way from the same inputs have the same hash
    /// whatever their provenance, lineage or saved view.
    /// </summary>
    public static class NetworkHash
    {
        /// <summary>The prefix of every content hash.</summary>
        public const string Prefix = "sha256:";

        /// <summary>The content hash of <paramref name="network"/>.</summary>
        public static string Compute(CppnNetwork network)
        {
            if (network is null) throw new ArgumentNullException(nameof(network));
            using (var stream = new MemoryStream())
            {
                using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
                {
                    // BinaryWriter writes little-endian on every platform, so the hash is the same everywhere.
                    writer.Write("cppnps-content-1");
                    writer.Write(network.InputCount);
                    foreach (string input in network.Inputs) writer.Write(input);
                    writer.Write(network.Layers.Count);
                    foreach (CppnLayer layer in network.Layers)
                    {
                        writer.Write(layer.InputCount);
                        writer.Write(layer.OutputCount);
                        // The activations as text (NeuronActivations.Format): a layer with one activation and
                        // its default parameter writes the bare name, so such networks keep the hash they had
                        // when a layer could hold only one; a parameter or mixed neurons change the text.
                        writer.Write(layer.ActivationText);
                        var weights = new float[layer.InputCount * layer.OutputCount];
                        layer.CopyWeightsRowMajor(weights);
                        foreach (float w in weights) writer.Write(w);
                        writer.Write(layer.HasBias);
                        if (layer.HasBias)
                            for (int o = 0; o < layer.OutputCount; o++) writer.Write(layer.GetBias(o));
                    }
                }
                byte[] hash = Sha256(stream.GetBuffer(), (int)stream.Length);
                var text = new StringBuilder(Prefix, Prefix.Length + 64);
                foreach (byte b in hash) text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                return text.ToString();
            }
        }

        /// <summary>The SHA-256 of the first <paramref name="count"/> bytes of <paramref name="bytes"/>.</summary>
        internal static byte[] Sha256(byte[] bytes, int count)
        {
#if NET8_0_OR_GREATER
            return SHA256.HashData(bytes.AsSpan(0, count));
#else
            using (var sha = SHA256.Create()) return sha.ComputeHash(bytes, 0, count);
#endif
        }
    }
}
