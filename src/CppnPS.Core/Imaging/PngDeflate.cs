using System;
using System.IO;
using System.IO.Compression;
using System.Reflection;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// The deflate streams of the PNG writer at a PNG compression level, 0 (stored) to 9 (smallest): the one owner of
    /// how a level reaches the runtime's zlib. .NET 9 and later take zlib's ten levels exactly
    /// (<c>ZLibCompressionOptions</c>, looked up at run time because the net8.0 and netstandard2.0 builds cannot name
    /// it); older runtimes have four settings, so there 1-3 deflate fastest, 4-6 at zlib's default and 7-9 smallest.
    /// </summary>
    internal static class PngDeflate
    {
        /// <summary>
        /// The level a PNG is written at unless another is asked for: zlib's 3. On the article's network (seed 1), measured
        /// when rows were Up-filtered (Paeth, now, deflates 5-10 % faster), level 3 costs 0.20, 0.28 and 0.48 of the
        /// render's CPU time at 4096², 1920x1080 and 256² (level 6, zlib's default: 0.50, 0.59, 0.71) for files 16 %,
        /// 13 % and 3 % larger than level 6's: encoding stays under half of the render down to a batch's small pictures
        /// (README, "Exports, batches and posters").
        /// </summary>
        public const int DefaultLevel = 3;

        private static readonly Type? OptionsType = typeof(DeflateStream).Assembly.GetType("System.IO.Compression.ZLibCompressionOptions");
        private static readonly PropertyInfo? LevelProperty = OptionsType?.GetProperty("CompressionLevel");
        private static readonly ConstructorInfo? OptionsConstructor = OptionsType is null ? null
            : typeof(DeflateStream).GetConstructor(new[] { typeof(Stream), OptionsType, typeof(bool) });

        /// <summary>Whether the runtime takes zlib's ten levels exactly (.NET 9 and later).</summary>
        public static bool HasExactLevels { get; } = OptionsType != null && LevelProperty != null && OptionsConstructor != null;

        /// <summary>Whether <see cref="DeflateStream.Flush"/> ends its output with a sync flush (00 00 FF FF) that pieces can be joined at.</summary>
        public static bool CanSyncFlush { get; } = ProbeSyncFlush();

        /// <summary>A raw deflate stream writing to <paramref name="destination"/> (left open) at PNG level <paramref name="level"/>.</summary>
        public static DeflateStream Create(Stream destination, int level)
        {
            if (HasExactLevels)
            {
                object options = Activator.CreateInstance(OptionsType!)!;
                LevelProperty!.SetValue(options, level);
                return (DeflateStream)OptionsConstructor!.Invoke(new object[] { destination, options, true });
            }
            return new DeflateStream(destination, Setting(level), leaveOpen: true);
        }

        /// <summary>
        /// The runtime setting of a PNG level where zlib's levels cannot be given: 0 stores, 1-3 deflate fastest, 4-6
        /// as zlib's default, 7-9 smallest where the runtime offers it (.NET 6 and later), else as the default.
        /// </summary>
        public static CompressionLevel Setting(int level)
        {
            if (level <= 0) return CompressionLevel.NoCompression;
            if (level <= 3) return CompressionLevel.Fastest;
            // CompressionLevel.SmallestSize (3) is not in netstandard2.0's enum but exists on the runtimes that have it.
            if (level >= 7 && Enum.IsDefined(typeof(CompressionLevel), 3)) return (CompressionLevel)3;
            return CompressionLevel.Optimal;
        }

        /// <summary>
        /// The two bytes of an RFC 1950 header: deflate with a 32 KiB window, and zlib's hint of the level (FLEVEL: 0
        /// fastest, 1 fast, 2 default, 3 smallest; informative only), with the check bits.
        /// </summary>
        public static byte[] ZlibHeader(int level)
        {
            int hint = level <= 1 ? 0 : level <= 5 ? 1 : level == 6 ? 2 : 3;
            if (!HasExactLevels)
            {
                CompressionLevel setting = Setting(level);
                hint = setting == CompressionLevel.NoCompression || setting == CompressionLevel.Fastest ? 0 : setting == CompressionLevel.Optimal ? 2 : 3;
            }
            int header = (0x78 << 8) | (hint << 6);
            header += (31 - header % 31) % 31;
            return new[] { (byte)(header >> 8), (byte)header };
        }

        private static bool ProbeSyncFlush()
        {
            try
            {
                using var memory = new MemoryStream();
                using var deflate = new DeflateStream(memory, CompressionLevel.Fastest, leaveOpen: true);
                deflate.Write(new byte[] { 1, 2, 3 }, 0, 3);
                deflate.Flush();
                byte[] b = memory.ToArray();
                int n = b.Length;
                return n >= 4 && b[n - 4] == 0 && b[n - 3] == 0 && b[n - 2] == 0xFF && b[n - 1] == 0xFF;
            }
            catch (NotSupportedException)
            {
                return false;
            }
        }
    }
}
