using System;
using System.IO;
using CppnPS.Core.Model;

namespace CppnPS.Bench
{
    /// <summary>
    /// Writes a network's weights flat for cppn_avx2.c: float32 little-endian, per layer the
    /// weight [out][in] row-major, then the bias if the layer has one (make_vectors.py's layout).
    /// </summary>
    internal static class FlatWeightsWriter
    {
        public static void Write(CppnNetwork network, string path)
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
            using var writer = new BinaryWriter(stream);
            if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The flat weight format is little-endian.");
            foreach (CppnLayer layer in network.Layers)
            {
                for (int o = 0; o < layer.OutputCount; o++)
                    for (int i = 0; i < layer.InputCount; i++)
                        writer.Write(layer.GetWeight(o, i));
                if (layer.HasBias)
                    for (int o = 0; o < layer.OutputCount; o++)
                        writer.Write(layer.GetBias(o));
            }
        }
    }
}
