using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;

namespace CppnPS.Bench
{
    /// <summary>
    /// The child-process side of a render case: builds the seed-1 network, renders once to warm
    /// up, then times the renders and prints a <see cref="WorkerReport"/> as one JSON line. A
    /// process of its own per case keeps each case's peak memory free of the others'.
    /// </summary>
    internal static class RenderWorker
    {
        public const string Verb = "render-worker";

        public static int Run(string[] args)
        {
            int[] widths = Array.Empty<int>();
            int size = 0, throttle = 0, runs = 1, warmUpSize = 64;
            var engine = RenderEngineKind.Fast;
            for (int i = 0; i + 1 < args.Length; i += 2)
            {
                string value = args[i + 1];
                switch (args[i])
                {
                    case "--widths": widths = value.Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray(); break;
                    case "--size": size = int.Parse(value, CultureInfo.InvariantCulture); break;
                    case "--engine": engine = Enum.Parse<RenderEngineKind>(value); break;
                    case "--throttle": throttle = int.Parse(value, CultureInfo.InvariantCulture); break;
                    case "--runs": runs = int.Parse(value, CultureInfo.InvariantCulture); break;
                    case "--warmup-size": warmUpSize = int.Parse(value, CultureInfo.InvariantCulture); break;
                    default: Console.Error.WriteLine($"Unknown worker argument '{args[i]}'."); return 2;
                }
            }
            if (widths.Length == 0 || size < 1 || runs < 1 || warmUpSize < 1)
            {
                Console.Error.WriteLine("The worker needs --widths, --size, and positive --runs and --warmup-size.");
                return 2;
            }

            CppnNetwork network = CppnNetwork.Create(new NetworkOptions { HiddenWidths = widths, Seed = 1 });
            var options = new RenderOptions { Width = size, Height = size };
            var execution = new ExecutionOptions { Engine = engine, ThrottleLimit = throttle };
            CppnRenderer.Render(network, options with { Width = warmUpSize, Height = warmUpSize }, execution);

            var seconds = new List<double>(runs);
            long allocated = 0;
            double checksum = 0;
            for (int run = 0; run < runs; run++)
            {
                // The previous picture is garbage before the next render starts, so the peak is one render's.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var stopwatch = Stopwatch.StartNew();
                CppnImage image = CppnRenderer.Render(network, options, execution);
                stopwatch.Stop();
                allocated += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                seconds.Add(stopwatch.Elapsed.TotalSeconds);
                if (run == 0) checksum = Sum(image.Samples.Span);
            }

            var report = new WorkerReport
            {
                Seconds = seconds.ToArray(),
                PeakResidentBytes = PeakMemory.OfCurrentProcess(),
                AllocatedBytesPerRender = allocated / runs,
                Threads = execution.EffectiveThreads,
                SampleChecksum = checksum,
            };
            Console.WriteLine(JsonSerializer.Serialize(report));
            return 0;
        }

        private static double Sum(ReadOnlySpan<float> samples)
        {
            double sum = 0;
            foreach (float v in samples) sum += v;
            return sum;
        }
    }
}
