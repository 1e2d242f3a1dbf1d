using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Imaging;
using CppnPS.Core.Model;
using CppnPS.Core.Motion;
using CppnPS.Core.Rendering;
using MathNet.Numerics.Statistics;

namespace CppnPS.Bench
{
    /// <summary>
    /// Animated GIF export against rendering the same frames: the article repository's defaults (256², 60 frames,
    /// 30 fps) for a zoom and a morph, through Core as Export-CppnAnimation drives it (frames rendered ahead on
    /// all threads, encoded on others while the next render). Render-only and GIF runs alternate, so that a busy
    /// machine disturbs both alike; the ratio is taken run by run. Prints its own section after the report.
    /// </summary>
    internal sealed class GifBenchmark
    {
        /// <summary>The article repository's default morph GIF on this machine kind, as its issue measured it.</summary>
        public const double ArticleMorphSeconds = 42;

        /// <summary>The target: a GIF takes at most this many times the render of its frames.</summary>
        public const double TargetRatio = 2;

        private const int Size = 256;
        private const int Frames = 60;

        private readonly BenchSettings _settings;
        private readonly Action<string> _log;
        private readonly List<Row> _rows = new List<Row>();

        public GifBenchmark(BenchSettings settings, Action<string> log)
        {
            _settings = settings;
            _log = log;
        }

        /// <summary>Runs the cases and prints the section (appending it to --output's file too); returns 0.</summary>
        public static int Report(BenchSettings settings)
        {
            var bench = new GifBenchmark(settings, message => Console.Error.WriteLine("[bench] " + message));
            bench.Run();
            string section = bench.Format();
            Console.WriteLine();
            Console.Write(section);
            if (settings.OutputPath != null) File.AppendAllText(settings.OutputPath, "\n" + section);
            return 0;
        }

        public void Run()
        {
            int rounds = _settings.Quick ? 3 : 7;
            var picture = new RenderOptions { Width = Size, Height = Size };
            CppnNetwork Network(int seed) => CppnNetwork.Create(new NetworkOptions { Seed = seed });
            var cases = new[]
            {
                ("zoom 1 -> 0.2, seed 7", new Animation { Kind = MotionKind.Zoom, FrameCount = Frames, Picture = picture, Networks = new[] { Network(7) } }),
                ("morph seed 1 -> 2 (the repository's default kind)", new Animation { Kind = MotionKind.Morph, FrameCount = Frames, Picture = picture, Networks = new[] { Network(1), Network(2) } }),
            };
            string folder = Path.Combine(Path.GetTempPath(), "cppnps-bench-gif-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                foreach ((string name, Animation animation) in cases)
                {
                    string path = Path.Combine(folder, "a.gif");
                    // Warm-up: JIT, thread pool and the first allocations.
                    RenderOnly(animation with { FrameCount = 6 });
                    WriteGif(animation with { FrameCount = 6 }, path);
                    var render = new List<double>();
                    var gif = new List<double>();
                    for (int round = 0; round < rounds; round++)
                    {
                        render.Add(RenderOnly(animation));
                        gif.Add(WriteGif(animation, path));
                    }
                    var row = new Row(name, render, gif, new FileInfo(path).Length);
                    _rows.Add(row);
                    _log(string.Format(CultureInfo.InvariantCulture, "gif {0}: render {1:0.00} s, GIF {2:0.00} s, ratio {3:0.00} ({4:0.00}-{5:0.00})",
                        name, row.RenderMedian, row.GifMedian, row.RatioMedian, row.Ratios.Min(), row.Ratios.Max()));
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        public string Format()
        {
            var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            text.WriteLine("### Animated GIF (256², 60 frames, 30 fps)");
            text.WriteLine();
            var table = new MarkdownTable("Animation", ">Render only (s)", ">GIF (s)", ">GIF / render", ">Spread of the ratio", ">File (KiB)");
            foreach (Row row in _rows)
            {
                table.Add(row.Name, F(row.RenderMedian), F(row.GifMedian), F(row.RatioMedian),
                    F(row.Ratios.Min()) + "-" + F(row.Ratios.Max()), (row.Bytes / 1024).ToString(CultureInfo.InvariantCulture));
            }
            table.Add("article repository, default morph GIF", "", F(ArticleMorphSeconds), "", "", "");
            text.Write(table.ToString());
            text.WriteLine();
            double worst = _rows.Count == 0 ? double.NaN : _rows.Max(r => r.RatioMedian);
            Row? morph = _rows.LastOrDefault();
            text.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "Medians of {0} alternating runs on {1} threads; the ratio is taken run by run. Target: a GIF within {2}x the render of its frames: {3} (worst median {4}).  ",
                _rows.Count == 0 ? 0 : _rows[0].Ratios.Count, Environment.ProcessorCount, TargetRatio, worst <= TargetRatio ? "met" : "NOT met", F(worst)));
            if (morph != null)
            {
                text.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "The morph GIF takes {0} s here against the article repository's {1} s for its default morph GIF ({2}x faster).  ",
                    F(morph.GifMedian), F(ArticleMorphSeconds), (ArticleMorphSeconds / morph.GifMedian).ToString("0", CultureInfo.InvariantCulture)));
            }
            text.WriteLine("Each frame's palette: Wu's cuts (CppnPS's OpaqueWuQuantizer), LZW by ImageSharp; no dithering.");
            return text.ToString();
        }

        private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

        private static double RenderOnly(Animation animation)
        {
            var clock = Stopwatch.StartNew();
            int count = 0;
            foreach (CppnImage frame in AnimationRenderer.Render(animation)) count += frame.Width > 0 ? 1 : 0;
            clock.Stop();
            if (count != animation.FrameCount) throw new InvalidOperationException($"{count} frames rendered of {animation.FrameCount}.");
            return clock.Elapsed.TotalSeconds;
        }

        private static double WriteGif(Animation animation, string path)
        {
            var clock = Stopwatch.StartNew();
            using (AnimationWriter writer = AnimationWriter.Start(path, new AnimationExportOptions { FrameRate = animation.FrameRate }, overwrite: true))
            {
                foreach (CppnImage frame in AnimationRenderer.Render(animation)) writer.Add(frame);
                writer.Complete();
            }
            clock.Stop();
            return clock.Elapsed.TotalSeconds;
        }

        private sealed class Row
        {
            public Row(string name, IReadOnlyList<double> render, IReadOnlyList<double> gif, long bytes)
            {
                Name = name;
                RenderMedian = render.Median();
                GifMedian = gif.Median();
                Ratios = render.Zip(gif, (r, g) => g / r).ToList();
                RatioMedian = Ratios.Median();
                Bytes = bytes;
            }

            public string Name { get; }

            public double RenderMedian { get; }

            public double GifMedian { get; }

            public List<double> Ratios { get; }

            public double RatioMedian { get; }

            public long Bytes { get; }
        }
    }
}
