using System;

namespace CppnPS.Core.Imaging
{
    /// <summary>The CRC-32 of PNG chunks (ISO 3309, polynomial 0xEDB88320 reflected), table driven.</summary>
    internal static class Crc32
    {
        private static readonly uint[] Table = BuildTable();

        /// <summary>Extends a running CRC; start with <see cref="Initial"/> and finish with <see cref="Finish"/>.</summary>
        public static uint Update(uint crc, ReadOnlySpan<byte> data)
        {
            for (int i = 0; i < data.Length; i++) crc = Table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
            return crc;
        }

        public const uint Initial = 0xFFFFFFFFu;

        public static uint Finish(uint crc) => crc ^ 0xFFFFFFFFu;

        /// <summary>The CRC of one buffer.</summary>
        public static uint Compute(ReadOnlySpan<byte> data) => Finish(Update(Initial, data));

        private static uint[] BuildTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                table[n] = c;
            }

            return table;
        }
    }
}
