using System.Globalization;
using System.Linq;

namespace CppnPS.Bench
{
    /// <summary>The targets of the engine on the whole machine (ratios measured in one run), beside this run's figures.</summary>
    internal static class TargetsTable
    {
        public static string Format(CoreBenchmark core, PowerShellBenchmark pwsh, YardstickBenchmark yardsticks, AccuracyCheck accuracy)
        {
            var table = new MarkdownTable("workload", "target", ">this run", "met");
            string F(double? v, string format) => v is double x ? x.ToString(format, CultureInfo.InvariantCulture) : "–";
            string Met(bool? ok) => ok switch { true => "yes", false => "no", null => "–" };

            double? poster = core.FastAllThreads(CoreBenchmark.Article, 4096)?.MegapixelsPerSecond;
            var peers = new[] { YardstickBenchmark.CName, YardstickBenchmark.CAvx512Name, YardstickBenchmark.OrtName }
                .Select(name => (Name: name, Speed: yardsticks.Find(name, 4096)?.MegapixelsPerSecond))
                .Where(p => p.Speed != null).OrderByDescending(p => p.Speed).ToList();
            double? overBest = peers.Count > 0 ? poster / peers[0].Speed : null;
            table.Add("article 8x16 @4096²", ">= 1.5x the best peer (C AVX2, C AVX-512 where present, ONNX Runtime)",
                $"{F(poster, "0.0")} MP/s; " + (overBest is double b ? $"{F(b, "0.00")}× {peers[0].Name} ({F(peers[0].Speed, "0.0")} MP/s)" : "no peer ran"),
                Met(overBest is double ob ? ob >= 1.5 : null));

            AddOverOrt(table, core, yardsticks, CoreBenchmark.SmallSizeNetworks[4], 1.5, F, Met);
            AddOverOrt(table, core, yardsticks, CoreBenchmark.SmallSizeNetworks[3], 1.2, F, Met);

            double? batch = pwsh.SeedBatchSeconds, batchRender = pwsh.SeedBatchRenderSeconds;
            double? batchRatio = pwsh.SeedBatchRatio;
            table.Add($"{PowerShellBenchmark.SeedCount} x 256² batch with PNG export, one session", "<= 1.5x the same batch rendered without export",
                $"{F(batch, "0.00")} s vs {F(batchRender, "0.00")} s: {F(batchRatio, "0.00")}×", Met(batchRatio is double r1 ? r1 <= 1.5 : null));

            double? whole = pwsh.PosterSeconds, render = pwsh.PosterRenderSeconds;
            double? posterRatio = pwsh.PosterRatio;
            table.Add($"{PowerShellBenchmark.PosterSize}² render + PNG export", "<= 1.5x the render alone",
                $"{F(whole, "0.00")} s vs {F(render, "0.00")} s: {F(posterRatio, "0.00")}×", Met(posterRatio is double r2 ? r2 <= 1.5 : null));

            long? deferred = pwsh.DeferredPosterPeakBytes;
            table.Add("poster to PNG, a band at a time", "peak RSS <= 2 GiB (32768²)",
                deferred is long d ? $"{PeakMemory.Mebibytes(d)} MiB at {PowerShellBenchmark.DeferredPosterSize}² -Defer (the band, not the picture, sets it)" : "–",
                Met(deferred is long dd ? dd <= 2L << 30 : null));

            bool? sameBits = null;
            bool threadsCompared = false;
            foreach (var group in core.IsaRows.GroupBy(r => r.Network))
            {
                var sums = group.Select(r => r.Result.Report?.SampleChecksum).ToList();
                if (sums.Any(s => s == null)) continue;
                sameBits = (sameBits ?? true) && sums.Distinct().Count() == 1;
            }
            foreach (CoreRow row in core.Rows)
                if (row.FastOneThread.Report is WorkerReport one && row.FastAllThreads.Report is WorkerReport all)
                {
                    sameBits = (sameBits ?? true) && one.SampleChecksum.Equals(all.SampleChecksum);
                    threadsCompared = true;
                }
            table.Add("bits", "identical across instruction-set paths, thread counts, tile sizes, fast vs reference",
                "sample checksums of every instruction-set path" + (threadsCompared ? " and of 1 vs all threads" : "") +
                (sameBits == false ? " differ" : sameBits == true ? " agree (the rest: the test suite)" : ": –"),
                Met(sameBits));

            double? worst = accuracy.WorstDifference;
            table.Add("accuracy vs float64, committed vectors", "<= 2e-4", F(worst, "0.00e+0"), Met(worst is double e ? e <= 2e-4 : null));
            return table.ToString();
        }

        private static void AddOverOrt(MarkdownTable table, CoreBenchmark core, YardstickBenchmark yardsticks, NetworkCase network, double target,
            System.Func<double?, string, string> f, System.Func<bool?, string> met)
        {
            double? ours = core.FastAllThreads(network, 1024)?.MegapixelsPerSecond;
            double? ort = yardsticks.Find(YardstickBenchmark.OrtName, 1024, network.Name)?.MegapixelsPerSecond;
            double? ratio = ours / ort;
            table.Add($"{network.Name} @1024²", $">= {target.ToString("0.0", CultureInfo.InvariantCulture)}x ONNX Runtime",
                $"{f(ours, "0.00")} MP/s vs {f(ort, "0.00")}: " + (ratio is double r ? $"{f(r, "0.00")}×" : "ONNX Runtime not run"),
                met(ratio is double x ? x >= target : null));
        }
    }
}
