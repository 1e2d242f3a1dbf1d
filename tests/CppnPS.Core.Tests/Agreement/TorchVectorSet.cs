using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace CppnPS.Core.Tests.Agreement
{
    /// <summary>
    /// One committed set of reference vectors (tests/vectors, made by make_vectors.py): the
    /// PyTorch network as cppn-weights-v1 JSON, the same weights flat, and its 64x64 output in
    /// float32 (torch) and float64 (numpy).
    /// </summary>
    public sealed class TorchVectorSet
    {
        private TorchVectorSet(string stem) => Stem = stem;

        /// <summary>"seed7".</summary>
        public string Stem { get; }

        public static string Directory => Path.Combine(AppContext.BaseDirectory, "vectors");

        public string WeightsJsonPath => Path.Combine(Directory, Stem + ".weights.json");

        public string ReadWeightsJson() => File.ReadAllText(WeightsJsonPath);

        /// <summary>The weights as numpy wrote them: per layer, weight [out][in] row-major, then the bias if any.</summary>
        public float[] ReadFlatWeights() => ReadFloats(Stem + ".weights.f32");

        /// <summary>The torch render, index (row * 64 + col) * 3 + channel.</summary>
        public float[] ReadTorchOutput() => ReadFloats(Stem + ".size64.f32");

        /// <summary>The same network evaluated in float64.</summary>
        public double[] ReadFloat64Output()
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(Directory, Stem + ".size64.f64"));
            var values = new double[bytes.Length / 8];
            for (int k = 0; k < values.Length; k++) values[k] = BitConverter.ToDouble(bytes, k * 8);
            return values;
        }

        public int Size => Meta.GetProperty("size").GetInt32();

        /// <summary>
        /// The hidden layers' activation: the meta's PyTorch module (<c>activation</c>, with its
        /// arguments) for the sets of tools/make_activation_vectors.py, tanh for make_vectors.py's.
        /// </summary>
        public CppnPS.Core.Activations.ActivationSpec HiddenActivation
        {
            get
            {
                if (!Meta.TryGetProperty("activation", out JsonElement module)) return CppnPS.Core.Activations.Activation.Tanh;
                string name = module.GetProperty("activation").GetString()!;
                if (module.TryGetProperty("approximate", out JsonElement approximate) && approximate.GetString() == "tanh") name = "gelutanh";
                if (module.TryGetProperty("negative_slope", out JsonElement slope)) name += "(" + slope.GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ")";
                if (module.TryGetProperty("alpha", out JsonElement alpha)) name += "(" + alpha.GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ")";
                return CppnPS.Core.Activations.ActivationSpec.Parse(name);
            }
        }

        public double MetaZoom => Meta.GetProperty("zoom").GetDouble();

        public int[] Dims => Meta.GetProperty("dims").EnumerateArray().Select(e => e.GetInt32()).ToArray();

        private JsonElement Meta
        {
            get
            {
                using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, Stem + ".meta.json")));
                return document.RootElement.Clone();
            }
        }

        private static float[] ReadFloats(string name)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(Directory, name));
            Assert.True(BitConverter.IsLittleEndian, "The vectors are little-endian.");
            var values = new float[bytes.Length / 4];
            Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
            return values;
        }

        public static IEnumerable<TorchVectorSet> All() =>
            System.IO.Directory.GetFiles(Directory, "*.weights.json")
                .Select(p => Path.GetFileName(p).Replace(".weights.json", ""))
                .OrderBy(s => s, StringComparer.Ordinal)
                .Select(s => new TorchVectorSet(s));

        public static TorchVectorSet Get(string stem) => new TorchVectorSet(stem);

        /// <summary>The committed sets, for [Theory] data.</summary>
        public static TheoryData<string> Stems
        {
            get
            {
                var data = new TheoryData<string>();
                foreach (var set in All()) data.Add(set.Stem);
                return data;
            }
        }
    }
}
