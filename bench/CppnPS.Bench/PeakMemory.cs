using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace CppnPS.Bench
{
    /// <summary>Peak resident memory of a process.</summary>
    internal static class PeakMemory
    {
        /// <summary>
        /// VmHWM from /proc/&lt;pid&gt;/status (the kernel's high-water mark of resident memory)
        /// on Linux; elsewhere Process.PeakWorkingSet64.
        /// </summary>
        public static long OfCurrentProcess()
        {
            using Process self = Process.GetCurrentProcess();
            return ReadVmHwm(self.Id) ?? self.PeakWorkingSet64;
        }

        public static long? ReadVmHwm(int processId)
        {
            string path = $"/proc/{processId}/status";
            if (!File.Exists(path)) return null;
            foreach (string line in File.ReadLines(path))
            {
                if (!line.StartsWith("VmHWM:", System.StringComparison.Ordinal)) continue;
                string[] parts = line.Substring(6).Trim().Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 2 && parts[1] == "kB" && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out long kb))
                    return kb * 1024;
            }
            return null;
        }

        public static string Mebibytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0", CultureInfo.InvariantCulture);
    }
}
