using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace CppnPS.Bench
{
    /// <summary>
    /// The soak (<c>CppnPS.Bench soak</c>): 1,000 renders and exports in one pwsh session, with the module as users
    /// load it. It passes when the peak resident memory after render 1,000 is within 10 % of that after render 100 (no
    /// growth once warm) and the session has as many open files at the end as at the start (no leaked handles).
    /// </summary>
    internal static class SoakBenchmark
    {
        public const string Verb = "soak";

        /// <summary>How much the peak may grow from render 100 to the last, as a fraction.</summary>
        public const double MaxPeakGrowth = 0.10;

        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

        public static int Run(string[] args)
        {
            int renders = 1000;
            var rest = new List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--renders" && i + 1 < args.Length) renders = int.Parse(args[++i], CultureInfo.InvariantCulture);
                else rest.Add(args[i]);
            }
            BenchSettings settings = BenchSettings.Parse(rest.ToArray());
            string manifest = Path.Combine(settings.RepoRoot, "out", "CppnPS", "CppnPS.psd1");
            if (!File.Exists(manifest))
            {
                Console.Error.WriteLine($"{manifest} does not exist: run build.ps1 first.");
                return 2;
            }
            string work = Directory.CreateTempSubdirectory("cppnps-soak-").FullName;
            try
            {
                var arguments = new List<string>(settings.PwshLeadingArguments)
                {
                    "-NoProfile", "-NonInteractive", "-File", Path.Combine(AppContext.BaseDirectory, "Scripts", "Measure-Soak.ps1"),
                    "-ModuleManifest", manifest, "-WorkDirectory", work, "-Renders", renders.ToString(CultureInfo.InvariantCulture),
                };
                ChildProcessResult run = ChildProcess.Run(settings.PwshExecutable, arguments, settings.RepoRoot, Timeout);
                string? json = run.Succeeded ? run.LastJsonLine() : null;
                if (json is null)
                {
                    Console.Error.WriteLine("The soak failed: " + (run.Succeeded ? "it printed no result" : run.FailureSummary()));
                    return 1;
                }
                using JsonDocument document = JsonDocument.Parse(json);
                JsonElement r = document.RootElement;
                long peak100 = r.GetProperty("peakAt100Bytes").GetInt64(), peakEnd = r.GetProperty("peakAtEndBytes").GetInt64();
                int filesStart = r.GetProperty("openFilesAtStart").GetInt32(), filesEnd = r.GetProperty("openFilesAtEnd").GetInt32();
                double growth = (double)(peakEnd - peak100) / peak100;
                bool memoryOk = growth <= MaxPeakGrowth, filesOk = filesEnd <= filesStart;
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "### Soak: {0:N0} renders and exports of {1} x {1} in one session ({2:0} s)",
                    r.GetProperty("renders").GetInt32(), r.GetProperty("size").GetInt32(), r.GetProperty("seconds").GetDouble()));
                Console.WriteLine();
                Console.WriteLine("| Measure | Start / render 100 | End | Limit | Result |");
                Console.WriteLine("|---|---:|---:|---|---|");
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| Peak resident memory (VmHWM) | {0:0.0} MiB | {1:0.0} MiB ({2:+0.0;-0.0;0.0} %) | at most +{3:0} % | {4} |",
                    peak100 / 1048576.0, peakEnd / 1048576.0, growth * 100, MaxPeakGrowth * 100, memoryOk ? "pass" : "FAIL"));
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| Open files (/proc/self/fd) | {0} | {1} | no growth | {2} |",
                    filesStart, filesEnd, filesOk ? "pass" : "FAIL"));
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| Managed heap (after a full collection) | {0:0.0} MiB | {1:0.0} MiB | (for diagnosis) | |",
                    r.GetProperty("managedAt100Bytes").GetInt64() / 1048576.0, r.GetProperty("managedAtEndBytes").GetInt64() / 1048576.0));
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| Threads | {0} | {1} | (for diagnosis) | |",
                    r.GetProperty("threadsAt100").GetInt32(), r.GetProperty("threadsAtEnd").GetInt32()));
                JsonElement arenas = r.GetProperty("mallocArenaMax");
                Console.WriteLine();
                Console.WriteLine("MALLOC_ARENA_MAX: " + (arenas.ValueKind == JsonValueKind.String ? arenas.GetString() : "not set (glibc's default, 8 arenas a core)"));
                return memoryOk && filesOk ? 0 : 1;
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
