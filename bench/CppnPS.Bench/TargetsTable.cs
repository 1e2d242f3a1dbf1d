using System.Globalization;

namespace CppnPS.Bench
{
    /// <summary>The targets set for the fast engine on the 2-core machine kind, beside this run's figures.</summary>
    internal static class TargetsTable
    {
        public static string Format(CoreBenchmark core, PowerShellBenchmark pwsh, YardstickBenchmark yardsticks, AccuracyCheck accuracy)
        {
            var table = new MarkdownTable("workload", "target", ">this run", "met");
            string F(double? v, string format) => v is double x ? x.ToString(format, CultureInfo.InvariantCulture) : "–";
            string Met(bool? ok) => ok switch { true => "yes", false => "no", null => "–" };

            double? poster = core.FastAllThreads(CoreBenchmark.Article, 4096)?.MegapixelsPerSecond;
            double? c = yardsticks.Find(YardstickBenchmark.CName, 4096)?.MegapixelsPerSecond;
            double? overC = poster / c;
            table.Add("article 8x16 at 4096²", ">= 20 MP/s and >= 2× the C kernel",
                $"{F(poster, "0.0")} MP/s, " + (overC is double times ? $"{F(times, "0.00")}× C" : "C not run"),
                Met(poster is double mps ? mps >= 20 && (overC is not double x || x >= 2) : null));

            double? article = core.FastAllThreads(CoreBenchmark.Article, 1024)?.MegapixelsPerSecond;
            table.Add("article 8x16 at 1024²", ">= 18 MP/s", $"{F(article, "0.0")} MP/s", Met(article is double a ? a >= 18 : null));

            double? wide = core.FastAllThreads(CoreBenchmark.SmallSizeNetworks[3], 1024)?.MegapixelsPerSecond;
            table.Add("8x128 at 1024²", ">= 0.5 MP/s", $"{F(wide, "0.000")} MP/s", Met(wide is double w ? w >= 0.5 : null));

            double? funnel = core.FastAllThreads(CoreBenchmark.SmallSizeNetworks[4], 1024)?.MegapixelsPerSecond;
            table.Add("funnel 128-64-32-16-8-4 at 1024²", ">= 4.5 MP/s", $"{F(funnel, "0.00")} MP/s", Met(funnel is double f ? f >= 4.5 : null));

            double? batch = pwsh.SeedBatchSeconds;
            table.Add($"{PowerShellBenchmark.SeedCount} × 256² seed batch with PNG export, one session", "<= 1.5 s", $"{F(batch, "0.00")} s", Met(batch is double b ? b <= 1.5 : null));

            long? bare = pwsh.BarePeakBytes, peak = pwsh.PosterPeakBytes;
            long? limit = bare + 2 * PowerShellBenchmark.PosterEightBitBytes;
            table.Add("peak memory, 8x16 at 4096² render + PNG export in pwsh", "<= pwsh alone + 2 × the 8-bit image",
                peak is long p && limit is long l ? $"{PeakMemory.Mebibytes(p)} MiB (limit {PeakMemory.Mebibytes(l)} MiB)" : "–",
                Met(peak is long pk && limit is long lm ? pk <= lm : null));

            double? worst = accuracy.WorstDifference;
            table.Add("accuracy vs float64 on the committed vectors", "max abs <= 2e-4", F(worst, "0.00e+0"), Met(worst is double e ? e <= 2e-4 : null));
            return table.ToString();
        }
    }
}
