using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Imaging;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Tests.Imaging
{
    /// <summary>Builders and a plain PNG chunk lister for the imaging tests.</summary>
    internal static class ImagingTestData
    {
        /// <summary>An image whose samples are given; the network only satisfies the constructor.</summary>
        public static CppnImage Image(int width, int height, float[] samples) =>
            new CppnImage(width, height, samples, CppnNetwork.Create(new NetworkOptions { Seed = 1 }), new RenderOptions { Width = width, Height = height });

        /// <summary>An image with a smooth, fully deterministic gradient.</summary>
        public static CppnImage Gradient(int width, int height)
        {
            var samples = new float[width * height * 3];
            for (int y = 0; y < height; y++)
                for (int x = 0; x < width; x++)
                {
                    int i = (y * width + x) * 3;
                    samples[i] = (float)x / width;
                    samples[i + 1] = (float)y / height;
                    samples[i + 2] = (float)((x * 7 + y * 13) % 101) / 100f;
                }

            return Image(width, height, samples);
        }

        /// <summary>The network text of the PNG file at <paramref name="path"/>, as Core reads it.</summary>
        public static string? ReadNetworkText(string path)
        {
            using var stream = File.OpenRead(path);
            return PngTextReader.ReadNetworkText(stream);
        }

        /// <summary>The chunks of a PNG, in order: type, offset of the length field, data.</summary>
        public static List<(string Type, int Offset, byte[] Data)> Chunks(byte[] png)
        {
            var chunks = new List<(string, int, byte[])>();
            int at = 8;
            while (at < png.Length)
            {
                int length = png[at] << 24 | png[at + 1] << 16 | png[at + 2] << 8 | png[at + 3];
                string type = Encoding.ASCII.GetString(png, at + 4, 4);
                chunks.Add((type, at, png.AsSpan(at + 8, length).ToArray()));
                at += 12 + length;
            }

            return chunks;
        }

        /// <summary>A chunk with a correct CRC, computed bit by bit independently of the product's table.</summary>
        public static byte[] Chunk(string type, byte[] data)
        {
            var bytes = new byte[12 + data.Length];
            bytes[0] = (byte)(data.Length >> 24); bytes[1] = (byte)(data.Length >> 16); bytes[2] = (byte)(data.Length >> 8); bytes[3] = (byte)data.Length;
            Encoding.ASCII.GetBytes(type, 0, 4, bytes, 4);
            data.CopyTo(bytes, 8);
            uint crc = 0xFFFFFFFF;
            for (int i = 4; i < 8 + data.Length; i++)
            {
                crc ^= bytes[i];
                for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }

            crc ^= 0xFFFFFFFF;
            bytes[^4] = (byte)(crc >> 24); bytes[^3] = (byte)(crc >> 16); bytes[^2] = (byte)(crc >> 8); bytes[^1] = (byte)crc;
            return bytes;
        }

        /// <summary>A new empty folder, deleted on dispose.</summary>
        public sealed class TempFolder : IDisposable
        {
            public TempFolder()
            {
                Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cppnps-imaging-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(Path);
            }

            public string Path { get; }

            public string File(string name) => System.IO.Path.Combine(Path, name);

            public string[] Entries() => Directory.GetFileSystemEntries(Path);

            public void Dispose() => Directory.Delete(Path, recursive: true);
        }
    }
}
