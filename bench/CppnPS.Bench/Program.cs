using System;
using System.Globalization;

namespace CppnPS.Bench
{
    /// <summary>
    /// Entry point. Without arguments it runs every part of the benchmark and prints a markdown
    /// report, then the animated GIF timings (<see cref="GifBenchmark"/>); with <c>render-worker</c> first it is a child process measuring one render case
    /// (so each case's peak memory is its own).
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

            if (args.Length > 0 && args[0] == RenderWorker.Verb)
                return RenderWorker.Run(args.AsSpan(1).ToArray());
            if (args.Length > 0 && args[0] == SoakBenchmark.Verb)
                return SoakBenchmark.Run(args.AsSpan(1).ToArray());
            if (args.Length > 0 && args[0] == FitBenchmark.Verb)
                return FitBenchmark.Run(args.AsSpan(1).ToArray());

            BenchSettings settings;
            try
            {
                settings = BenchSettings.Parse(args);
            }
            catch (ArgumentException ex)
            {
                Console.Error.WriteLine(ex.Message);
                Console.Error.WriteLine(BenchSettings.Usage);
                return 2;
            }
            if (settings.ShowHelp)
            {
                Console.WriteLine(BenchSettings.Usage);
                return 0;
            }
            int code = new BenchRun(settings).Execute();
            return code != 0 ? code : GifBenchmark.Report(settings);
        }
    }
}
