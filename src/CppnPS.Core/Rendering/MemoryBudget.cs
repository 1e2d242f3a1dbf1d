using System;
using System.Globalization;
using System.Reflection;

namespace CppnPS.Core.Rendering
{
    /// <summary>Refuses allocations that cannot succeed, before attempting them, with a message that gives the estimate.</summary>
    public static class MemoryBudget
    {
        /// <summary>The largest element count of a single .NET array of floats.</summary>
        public const long MaxArrayElements = 0x7FFFFFC7;

        /// <summary>Memory this process may use, or long.MaxValue when the runtime cannot tell.</summary>
        public static long AvailableBytes()
        {
            // GC.GetGCMemoryInfo exists on .NET Core 3.0+ (where PowerShell 7 runs) but not in
            // netstandard2.0, so it is looked up at run time; Windows PowerShell 5.1 falls back to
            // the array-size limit alone.
            try
            {
                MethodInfo? method = typeof(GC).GetMethod("GetGCMemoryInfo", Type.EmptyTypes);
                if (method == null) return long.MaxValue;
                object? info = method.Invoke(null, null);
                PropertyInfo? total = info?.GetType().GetProperty("TotalAvailableMemoryBytes");
                object? value = total?.GetValue(info);
                return value is long bytes && bytes > 0 ? bytes : long.MaxValue;
            }
            catch (Exception ex) when (ex is TargetInvocationException || ex is NotSupportedException)
            {
                return long.MaxValue;
            }
        }

        /// <summary>
        /// Bytes of float samples a deferred picture renders at once, one band of rows (128 MiB: a 32768-pixel-wide
        /// band of 341 rows). Large enough that every thread has many rows, small enough that a poster's render and
        /// encoding together stay far under 2 GiB.
        /// </summary>
        public const long BandBytes = 128L << 20;

        /// <summary>Whether a width x height float RGB render fits in memory (see <see cref="EnsureRenderFits"/>).</summary>
        public static bool RenderFits(int width, int height)
        {
            try
            {
                EnsureRenderFits(width, height);
                return true;
            }
            catch (ImageTooLargeException)
            {
                return false;
            }
        }

        /// <summary>
        /// Rows in one band of a picture <paramref name="width"/> pixels wide whose float samples take at most
        /// <paramref name="bandBytes"/>, as a whole number of <paramref name="rowMultiple"/> rows (at least one such).
        /// </summary>
        internal static int BandRows(int width, long bandBytes, int rowMultiple)
        {
            long rowBytes = (long)width * 3 * sizeof(float);
            long rows = Math.Max(1, bandBytes / rowBytes) / rowMultiple * rowMultiple;
            rows = Math.Max(rowMultiple, rows);
            return (int)Math.Min(rows, MaxArrayElements / ((long)width * 3) / rowMultiple * rowMultiple);
        }

        /// <summary>Throws <see cref="ImageTooLargeException"/> when a width x height float RGB render cannot fit.</summary>
        public static void EnsureRenderFits(int width, int height)
        {
            long samples = (long)width * height * 3;
            long bytes = samples * sizeof(float);
            long available = AvailableBytes();
            // Leave room for the encoder and the rest of the process: the samples may use 3/4 of what is available.
            long usable = available == long.MaxValue ? long.MaxValue : available / 4 * 3;
            if (samples > MaxArrayElements || bytes > usable)
            {
                string availableText = available == long.MaxValue ? "an unknown amount" : FormatBytes(available);
                throw new ImageTooLargeException(string.Format(CultureInfo.InvariantCulture,
                    "A {0}x{1} render needs {2} for its samples ({3:N0} floats); this process can use {4}. " +
                    "Render a smaller size, or render the picture in parts with -Center and -Zoom.",
                    width, height, FormatBytes(bytes), samples, availableText), bytes, available);
            }
        }

        /// <summary>"1.5 GiB".</summary>
        public static string FormatBytes(long bytes)
        {
            string[] units = { "B", "KiB", "MiB", "GiB", "TiB" };
            double v = bytes;
            int u = 0;
            while (v >= 1024 && u < units.Length - 1) { v /= 1024; u++; }
            return v.ToString(u == 0 ? "0" : "0.0", CultureInfo.InvariantCulture) + " " + units[u];
        }
    }
}
