using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CppnPS.Core.Rendering;

namespace CppnPS.Bench
{
    /// <summary>
    /// Render speed and peak memory of CppnPS.Core for the network shapes: the reference
    /// engine, the fast engine on one thread and on all threads. Every case runs in its own
    /// child process.
    /// </summary>
    internal sealed class CoreBenchmark
    {
        public static readonly NetworkCase Article = NetworkCase.Uniform(8, 16);

        /// <summary>
        /// The reference engine renders at this side only: it is single-threaded, allocating and
        /// slow. Networks over 100k FLOP per pixel (8x128) get half of it, to keep the run short.
        /// </summary>
        public const int ReferenceSize = 256;

        public static int ReferenceSizeFor(NetworkCase network) => network.FlopPerPixel > 100_000 ? ReferenceSize / 2 : ReferenceSize;

        private const int SmallSize = 1024;
        private const int PosterSize = 4096;
        private const int RunsSmall = 3;
        private const int RunsPoster = 1;
        private const int WarmUpSize = 256;
        private static readonly TimeSpan WorkerTimeout = TimeSpan.FromMinutes(3);

        private readonly Action<string> _log;

        private readonly bool _quick;

        public CoreBenchmark(Action<string> log, bool quick = false)
        {
            _log = log;
            _quick = quick;
        }

        public IReadOnlyList<CoreRow> Rows { get; private set; } = Array.Empty<CoreRow>();

        /// <summary>Side of the instruction-set rows: the scalar path is slow.</summary>
        public const int IsaSize = 512;

        /// <summary>
        /// The instruction-set paths, widest first, as the runtime's switches select them in a child process:
        /// every path must give the same bits (the sample checksums agree).
        /// </summary>
        public static IReadOnlyList<(string Path, string Variable)> IsaPaths { get; } = new[]
        {
            ("widest the runtime offers (AVX-512 where present)", ""),
            ("AVX2 + FMA (DOTNET_EnableAVX512=0)", "DOTNET_EnableAVX512"),
            ("128-bit (DOTNET_EnableAVX2=0)", "DOTNET_EnableAVX2"),
            ("scalar (DOTNET_EnableHWIntrinsic=0)", "DOTNET_EnableHWIntrinsic"),
        };

        /// <summary>The article's network at <see cref="IsaSize"/>², all threads, per instruction-set path.</summary>
        public IReadOnlyList<(string Path, NetworkCase Network, RenderCaseResult Result)> IsaRows { get; private set; } = Array.Empty<(string, NetworkCase, RenderCaseResult)>();

        /// <summary>A worker that renders 16x16: the footprint of the runtime and CppnPS.Core alone.</summary>
        public RenderCaseResult? ProcessBaseline { get; private set; }

        public static IReadOnlyList<NetworkCase> SmallSizeNetworks { get; } = new[]
        {
            Article,
            NetworkCase.Uniform(8, 32),
            NetworkCase.Uniform(16, 16),
            NetworkCase.Uniform(8, 128),
            NetworkCase.Funnel(128, 64, 32, 16, 8, 4),
        };

        public void Run()
        {
            ProcessBaseline = Measure(new RenderCase(Article, 16, RenderEngineKind.Fast, 0, 1, 16));
            var rows = new List<CoreRow>();
            foreach (NetworkCase network in SmallSizeNetworks)
            {
                if (_quick)
                {
                    // The targets' cases only: the article at 4096², the wide and funnel networks at 1024², all threads.
                    if (network == Article)
                        rows.Add(new CoreRow(network, PosterSize, null, RenderCaseResult.Failed(new RenderCase(network, PosterSize, RenderEngineKind.Fast, 1, 1, 16), "left out (--quick)"),
                            Measure(new RenderCase(network, PosterSize, RenderEngineKind.Fast, 0, RunsPoster, WarmUpSize))));
                    else if (network == SmallSizeNetworks[3] || network == SmallSizeNetworks[4])
                        rows.Add(new CoreRow(network, SmallSize, null, RenderCaseResult.Failed(new RenderCase(network, SmallSize, RenderEngineKind.Fast, 1, 1, 16), "left out (--quick)"),
                            Measure(new RenderCase(network, SmallSize, RenderEngineKind.Fast, 0, 1, 64))));
                    continue;
                }
                RenderCaseResult reference = Measure(new RenderCase(network, ReferenceSizeFor(network), RenderEngineKind.Reference, 1, RunsSmall, 32));
                rows.Add(new CoreRow(network, SmallSize, reference,
                    Measure(new RenderCase(network, SmallSize, RenderEngineKind.Fast, 1, RunsSmall, WarmUpSize)),
                    Measure(new RenderCase(network, SmallSize, RenderEngineKind.Fast, 0, RunsSmall, WarmUpSize))));
                if (network == Article)
                {
                    rows.Add(new CoreRow(network, PosterSize, reference,
                        Measure(new RenderCase(network, PosterSize, RenderEngineKind.Fast, 1, RunsPoster, WarmUpSize)),
                        Measure(new RenderCase(network, PosterSize, RenderEngineKind.Fast, 0, RunsPoster, WarmUpSize))));
                }
            }
            Rows = rows;

            var isa = new List<(string, NetworkCase, RenderCaseResult)>();
            foreach (NetworkCase network in new[] { Article, SmallSizeNetworks[3], SmallSizeNetworks[4] })
                foreach (var (path, variable) in IsaPaths)
                {
                    var environment = new Dictionary<string, string>();
                    if (variable.Length > 0) environment[variable] = "0";
                    isa.Add((path, network, Measure(new RenderCase(network, network == Article ? IsaSize : IsaSize / 4, RenderEngineKind.Fast, 0, 1, 16) { Environment = environment })));
                }
            IsaRows = isa;
        }

        /// <summary>The instruction-set table.</summary>
        public string FormatIsaTable()
        {
            var table = new MarkdownTable("network", ">image", "instruction-set path (child process)", ">MP/s", "same bits as the widest path");
            foreach (var (path, network, result) in IsaRows)
            {
                double? widest = IsaRows.First(r => r.Network == network).Result.Report?.SampleChecksum;
                table.Add(network.Name, $"{result.Case.Size}²", path, Speed(result),
                    result.Report is WorkerReport report && widest is double w ? (report.SampleChecksum.Equals(w) ? "yes" : "NO") : "–");
            }
            return table.ToString();
        }

        /// <summary>The all-threads fast result for a network at a size, if measured.</summary>
        public RenderCaseResult? FastAllThreads(NetworkCase network, int size) =>
            Rows.FirstOrDefault(r => r.Network == network && r.Size == size)?.FastAllThreads;

        private RenderCaseResult Measure(RenderCase @case)
        {
            var (fileName, leading) = ChildProcess.Self();
            ChildProcessResult run = ChildProcess.Run(fileName, leading.Concat(@case.WorkerArguments()), null, WorkerTimeout, @case.Environment);
            RenderCaseResult result;
            string? json = run.Succeeded ? run.LastJsonLine() : null;
            WorkerReport? report = json == null ? null : JsonSerializer.Deserialize<WorkerReport>(json);
            result = report == null
                ? RenderCaseResult.Failed(@case, run.Succeeded ? "the worker printed no result" : run.FailureSummary())
                : RenderCaseResult.Measured(@case, report);
            _log(result.Failure == null
                ? string.Format(CultureInfo.InvariantCulture, "{0}: {1:0.###} MP/s, median {2:0.###} s, peak {3} MiB",
                    @case.Describe(), result.MegapixelsPerSecond, result.MedianSeconds, PeakMemory.Mebibytes(report!.PeakResidentBytes))
                : $"{@case.Describe()}: FAILED, {result.Failure}");
            return result;
        }

        /// <summary>The table for the README.</summary>
        public string FormatTable()
        {
            int threads = Environment.ProcessorCount;
            var table = new MarkdownTable("network", ">FLOP/px", ">image", ">reference¹ MP/s", ">fast, 1 thread MP/s",
                $">fast, {threads} threads MP/s", ">GFLOP/s", ">fast ÷ reference", ">peak RSS² MiB", ">allocated³ MiB", ">samples MiB");
            foreach (CoreRow row in Rows)
            {
                RenderCaseResult all = row.FastAllThreads;
                double? ratio = all.MegapixelsPerSecond / row.Reference?.MegapixelsPerSecond;
                table.Add(
                    row.Network.Name,
                    row.Network.FlopPerPixel.ToString("N0", CultureInfo.InvariantCulture),
                    $"{row.Size}²",
                    Speed(row.Reference),
                    Speed(row.FastOneThread),
                    Speed(all),
                    all.MegapixelsPerSecond is double mps ? (mps * row.Network.FlopPerPixel / 1000).ToString("0.0", CultureInfo.InvariantCulture) : "–",
                    ratio is double r ? r.ToString("0", CultureInfo.InvariantCulture) + "×" : "–",
                    all.Report != null ? PeakMemory.Mebibytes(all.Report.PeakResidentBytes) : "–",
                    all.Report != null ? (all.Report.AllocatedBytesPerRender / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) : "–",
                    PeakMemory.Mebibytes((long)row.Size * row.Size * 3 * sizeof(float)));
            }
            return table.ToString();
        }

        /// <summary>Footnotes of the table, and any failure or inconsistency found.</summary>
        public IEnumerable<string> Notes()
        {
            string smaller = string.Join(", ", SmallSizeNetworks.Where(n => ReferenceSizeFor(n) != ReferenceSize).Select(n => $"{n.Name} at {ReferenceSizeFor(n)}²"));
            yield return $"¹ The reference engine (plain MathNet matrix products, one thread, exact activations) is slow, so it renders at {ReferenceSize}² only" +
                         (smaller.Length > 0 ? $" ({smaller})" : "") + "; megapixels per second hardly depend on the size, and the same figure stands on both 8x16 rows.";
            string baseline = ProcessBaseline?.Report != null ? PeakMemory.Mebibytes(ProcessBaseline.Report.PeakResidentBytes) : "?";
            yield return $"² Peak resident memory (VmHWM) of the process that rendered with all threads, warm-up included; the same process rendering 16² peaks at {baseline} MiB. " +
                         "Medians of 3 renders at 1024², 1 render at 4096², after one warm-up render.";
            yield return "³ Managed bytes allocated by one render with all threads (GC.GetTotalAllocatedBytes), next to the float RGB output buffer it must hold (samples).";
            foreach (CoreRow row in Rows)
            {
                foreach (RenderCaseResult? result in new[] { row.Reference, row.FastOneThread, row.FastAllThreads })
                    if (result?.Failure != null) yield return $"FAILED: {result.Case.Describe()}: {result.Failure}";
                // Both fast runs render the same picture; their sample sums must agree to the bit.
                if (row.FastOneThread.Report is WorkerReport one && row.FastAllThreads.Report is WorkerReport all &&
                    one.SampleChecksum != all.SampleChecksum)
                    yield return $"WARNING: {row.Network.Name} at {row.Size}²: the 1-thread and all-thread renders differ (sample sums {one.SampleChecksum:R} and {all.SampleChecksum:R}).";
            }
        }

        private static string Speed(RenderCaseResult? result) =>
            result?.MegapixelsPerSecond is double mps ? mps.ToString(mps < 1 ? "0.000" : mps < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) : "–";
    }
}
