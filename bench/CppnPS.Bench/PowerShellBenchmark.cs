using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using MathNet.Numerics.Statistics;

namespace CppnPS.Bench
{
    /// <summary>
    /// The laid-out module (out/CppnPS) driven from child pwsh sessions: the design-card pipeline
    /// in a warm session, whole jobs with and without PNG export paired in one warm session each (a
    /// batch of seeds, a 4096x4096 poster, a 1920x1080 picture), and the peak memory of a 4096x4096
    /// render + export against pwsh's own.
    /// </summary>
    internal sealed class PowerShellBenchmark
    {
        public const int DesignCardIterations = 10;
        public const int SeedCount = 100;
        public const int PosterSize = 4096;

        /// <summary>Rounds of each paired whole job (render only, then with export) after one warm-up of each.</summary>
        public const int PairRounds = 3;

        private static readonly TimeSpan SessionTimeout = TimeSpan.FromMinutes(5);
        private static readonly IReadOnlyDictionary<string, string> QuietEnvironment = new Dictionary<string, string>
        {
            ["POWERSHELL_TELEMETRY_OPTOUT"] = "1",
            ["POWERSHELL_UPDATECHECK"] = "Off",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };

        private readonly BenchSettings _settings;
        private readonly Action<string> _log;
        private readonly Dictionary<string, JsonElement> _results = new Dictionary<string, JsonElement>();
        private readonly List<string> _failures = new List<string>();

        public PowerShellBenchmark(BenchSettings settings, Action<string> log)
        {
            _settings = settings;
            _log = log;
        }

        public string ModuleManifest => Path.Combine(_settings.RepoRoot, "out", "CppnPS", "CppnPS.psd1");

        private static string Script => Path.Combine(AppContext.BaseDirectory, "Scripts", "Measure-CppnPipeline.ps1");

        public string? SkipReason { get; private set; }

        public void Run()
        {
            if (!File.Exists(ModuleManifest))
            {
                SkipReason = $"{ModuleManifest} does not exist (run build.ps1 -Task Build first)";
                return;
            }
            string work = Path.Combine(Path.GetTempPath(), "cppnps-bench-pwsh-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(work);
            try
            {
                RunMode("Bare", 1, work);
                if (_failures.Count > 0 && !_results.ContainsKey("Bare"))
                {
                    SkipReason = $"pwsh did not run ({_failures[0]})";
                    _failures.Clear();
                    return;
                }
                RunMode("ModuleSmall", 1, work);
                RunMode("DesignCard", DesignCardIterations, work);
                RunMode("SeedBatchPair", SeedCount, work);
                RunMode("PosterPair", 1, work);
                RunMode("HdPair", 1, work);
                RunMode("Poster", 1, work);
                RunMode("DeferredPoster", 1, work);
            }
            finally
            {
                try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }

        private void RunMode(string mode, int iterations, string work)
        {
            var arguments = new List<string>(_settings.PwshLeadingArguments)
            {
                "-NoProfile", "-NonInteractive", "-File", Script,
                "-Mode", mode, "-ModuleManifest", ModuleManifest, "-WorkDirectory", work,
                "-Iterations", iterations.ToString(CultureInfo.InvariantCulture),
                "-Rounds", PairRounds.ToString(CultureInfo.InvariantCulture),
            };
            ChildProcessResult run = ChildProcess.Run(_settings.PwshExecutable, arguments, _settings.RepoRoot, SessionTimeout, QuietEnvironment);
            string? json = run.Succeeded ? run.LastJsonLine() : null;
            if (json == null)
            {
                string failure = $"pwsh {mode}: {(run.Succeeded ? "printed no result" : run.FailureSummary())}";
                _failures.Add(failure);
                _log("FAILED " + failure);
                return;
            }
            using JsonDocument document = JsonDocument.Parse(json);
            _results[mode] = document.RootElement.Clone();
            _log($"pwsh {mode}: {json} ({run.Elapsed.TotalSeconds:0.0} s with start-up)");
        }

        private double? Number(string mode, string property) =>
            _results.TryGetValue(mode, out JsonElement e) && e.TryGetProperty(property, out JsonElement p) && p.ValueKind == JsonValueKind.Number
                ? p.GetDouble() : null;

        /// <summary>Median seconds of one design-card pipeline in a warm session.</summary>
        public double? DesignCardMedianSeconds =>
            _results.TryGetValue("DesignCard", out JsonElement e) && e.TryGetProperty("seconds", out JsonElement s) && s.ValueKind == JsonValueKind.Array
                ? s.EnumerateArray().Select(v => v.GetDouble()).Median() : null;

        private (double Min, double Max)? DesignCardRange =>
            _results.TryGetValue("DesignCard", out JsonElement e) && e.TryGetProperty("seconds", out JsonElement s) && s.ValueKind == JsonValueKind.Array
                ? (s.EnumerateArray().Min(v => v.GetDouble()), s.EnumerateArray().Max(v => v.GetDouble())) : null;

        // The paired modes: medians of the rounds of each side, and the median of the per-round ratios.
        public double? SeedBatchSeconds => Number("SeedBatchPair", "seconds");

        public double? SeedBatchRenderSeconds => Number("SeedBatchPair", "renderMedianSeconds");

        public double? SeedBatchRatio => Number("SeedBatchPair", "ratio");

        public double? PosterSeconds => Number("PosterPair", "seconds");

        public double? PosterRenderSeconds => Number("PosterPair", "renderMedianSeconds");

        public double? PosterRatio => Number("PosterPair", "ratio");

        public double? HdSeconds => Number("HdPair", "seconds");

        public double? HdRenderSeconds => Number("HdPair", "renderMedianSeconds");

        public double? HdRatio => Number("HdPair", "ratio");

        public long? DeferredPosterPeakBytes => (long?)Number("DeferredPoster", "peakResidentBytes");

        public const int DeferredPosterSize = 8192;

        public long? BarePeakBytes => (long?)Number("Bare", "peakResidentBytes");

        public long? PosterPeakBytes => (long?)Number("Poster", "peakResidentBytes");

        /// <summary>Bytes of the poster as 8-bit RGB.</summary>
        public static long PosterEightBitBytes => (long)PosterSize * PosterSize * 3;

        public string FormatTable()
        {
            var table = new MarkdownTable("PowerShell workload (laid-out module, child pwsh)", ">result");
            string S(double? seconds, string format = "0.00") => seconds is double v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";
            string M(long? bytes) => bytes is long b ? PeakMemory.Mebibytes(b) : "–";

            string designCard = "–";
            if (DesignCardMedianSeconds is double median && DesignCardRange is { } range)
                designCard = $"{S(median * 1000, "0")} ms median of {DesignCardIterations} (range {S(range.Min * 1000, "0")}–{S(range.Max * 1000, "0")} ms)";
            table.Add("design card at 256², warm session: `New-CppnNetwork -Hidden 16 -Width 16 | Invoke-CppnRender -Size 256 | Export-CppnImage art.png -Force`",
                designCard);
            string Pair(double? render, double? whole, double? ratio) =>
                $"{S(render)} s / {S(whole)} s: {S(ratio)}× (medians of {PairRounds} paired rounds, warm)";
            table.Add($"{SeedCount} seeds of the article's net at 256² in one pipeline, rendered only / rendered and exported as PNG",
                Pair(SeedBatchRenderSeconds, SeedBatchSeconds, SeedBatchRatio) +
                (SeedBatchSeconds is double batch ? $"; {S(SeedCount / batch, "0")} pictures/s" : ""));
            table.Add($"8x16 at {PosterSize}²: render alone / render + PNG export", Pair(PosterRenderSeconds, PosterSeconds, PosterRatio));
            table.Add("8x16 at 1920x1080: render alone / render + PNG export", Pair(HdRenderSeconds, HdSeconds, HdRatio));
            table.Add($"peak memory: 8x16 at {DeferredPosterSize}² -Defer, rendered and written as PNG a band at a time",
                $"{M(DeferredPosterPeakBytes)} MiB; took {S(Number("DeferredPoster", "seconds"))} s");
            table.Add("peak memory (VmHWM): pwsh alone", M(BarePeakBytes) + " MiB");
            table.Add("peak memory: pwsh, module imported, 64² render + PNG", M((long?)Number("ModuleSmall", "peakResidentBytes")) + " MiB");
            string posterDelta = PosterPeakBytes is long p && BarePeakBytes is long bare ? $", +{PeakMemory.Mebibytes(p - bare)} MiB over pwsh alone" : "";
            table.Add($"peak memory: pwsh, 8x16 at {PosterSize}² render + PNG (8-bit image {PeakMemory.Mebibytes(PosterEightBitBytes)} MiB)",
                $"{M(PosterPeakBytes)} MiB{posterDelta}; took {S(Number("Poster", "seconds"))} s");
            return table.ToString();
        }

        public IEnumerable<string> Notes()
        {
            if (SkipReason != null) yield return $"PowerShell workloads: skipped, {SkipReason}.";
            foreach (string failure in _failures) yield return "FAILED: " + failure;
        }
    }
}
