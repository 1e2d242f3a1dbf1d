using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace CppnPS.Bench
{
    /// <summary>What the numbers were measured on.</summary>
    internal static class MachineInfo
    {
        public static string CpuModel()
        {
            const string cpuinfo = "/proc/cpuinfo";
            if (File.Exists(cpuinfo))
            {
                string? line = File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                int colon = line?.IndexOf(':') ?? -1;
                if (colon >= 0) return line!.Substring(colon + 1).Trim();
            }
            return RuntimeInformation.ProcessArchitecture.ToString();
        }

        public static string MemoryTotal()
        {
            const string meminfo = "/proc/meminfo";
            if (!File.Exists(meminfo)) return "?";
            string? line = File.ReadLines(meminfo).FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            string[] parts = line?.Substring(9).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? Array.Empty<string>();
            return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out long kb)
                ? (kb / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " GiB" : "?";
        }

        public static string Simd()
        {
            string features = string.Join(", ", new[]
            {
                Avx2.IsSupported ? "AVX2" : null,
                Fma.IsSupported ? "FMA" : null,
                Avx512F.IsSupported ? "AVX-512" : null,
            }.Where(f => f != null));
            return $"{(features.Length == 0 ? "no AVX2" : features)}; Vector<float> holds {Vector<float>.Count}";
        }

        public static string Describe(string? commit) =>
            $"Machine: {CpuModel()}, {Environment.ProcessorCount} logical cores, {MemoryTotal()}; {Simd()}; " +
            $"{RuntimeInformation.FrameworkDescription} on {RuntimeInformation.OSDescription}" +
            (commit != null ? $"; CppnPS {commit}" : "") + ".";

        /// <summary>`git describe --always --dirty` of the checkout, or null.</summary>
        public static string? Commit(string repoRoot)
        {
            string? git = ChildProcess.FindOnPath("git");
            if (git == null) return null;
            ChildProcessResult run = ChildProcess.Run(git, new[] { "-C", repoRoot, "describe", "--always", "--dirty" }, repoRoot, TimeSpan.FromSeconds(20));
            string text = run.StandardOutput.Trim();
            return run.Succeeded && text.Length > 0 ? text : null;
        }
    }
}
