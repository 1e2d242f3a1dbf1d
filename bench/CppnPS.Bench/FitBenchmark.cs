using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using CppnPS.Core.Fitting;
using CppnPS.Core.Model;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace CppnPS.Bench
{
    /// <summary>
    /// <c>fit</c>: fits the article's network (2 -> 16 x 9 -> 3, tanh, N(0, 1)) to the committed
    /// 128 x 128 target and prints PSNR against time as a markdown table. <c>fit --make-target PATH</c>
    /// writes that target: a self-made landscape (sky, sun, two mountain ridges, a textured meadow),
    /// drawn from formulas so that it is public domain and reproducible.
    /// </summary>
    internal static class FitBenchmark
    {
        public const string Verb = "fit";

        public static int Run(string[] args)
        {
            if (args.Length == 2 && args[0] == "--make-target")
            {
                MakeTarget(args[1]);
                return 0;
            }
            int steps = 3000, threads = 2, batch = 1024, seed = 1;
            double rate = 0.003;
            for (int k = 0; k + 1 < args.Length; k += 2)
            {
                int value = int.Parse(args[k + 1], CultureInfo.InvariantCulture);
                switch (args[k])
                {
                    case "--steps": steps = value; break;
                    case "--threads": threads = value; break;
                    case "--batch": batch = value; break;
                    case "--seed": seed = value; break;
                    default: Console.Error.WriteLine("fit [--steps N] [--threads N] [--batch N] [--seed N] | fit --make-target PATH"); return 2;
                }
            }
            string path = Path.Combine(AppContext.BaseDirectory, "Data", "fit-target-128.png");
            var target = FitTarget.Load(path, 128);
            var network = CppnNetwork.Create(new NetworkOptions { Seed = seed });
            var options = new FitOptions { Steps = steps, LearningRate = rate, BatchSize = batch, Seed = seed, ThrottleLimit = threads, ReportEvery = Math.Max(1, steps / 15) };
            Console.WriteLine($"Fitting {network.Architecture} ({network.ParameterCount:N0} parameters) to the {target.Width}x{target.Height} target: Adam, learning rate {rate}, batch {batch}, {threads} thread(s), {Environment.ProcessorCount} core(s).");
            Console.WriteLine();
            Console.WriteLine("| step | seconds | loss (MSE) | PSNR (dB) |");
            Console.WriteLine("|---:|---:|---:|---:|");
            Console.WriteLine($"| 0 | 0.0 | {NetworkFitter.Loss(network, target):G4} | {NetworkFitter.Psnr(NetworkFitter.Loss(network, target)):F2} |");
            var progress = new Printer();
            var clock = Stopwatch.StartNew();
            NetworkFitter.Fit(network, target, options, null, progress);
            Console.WriteLine();
            Console.WriteLine($"{steps} steps in {clock.Elapsed.TotalSeconds:F1} s; the last row is the render's loss.");
            return 0;
        }

        private sealed class Printer : IProgress<FitProgress>
        {
            public void Report(FitProgress value) =>
                Console.WriteLine($"| {value.Step} | {value.Elapsed.TotalSeconds:F1} | {value.Loss:G4} | {value.Psnr:F2} |");
        }

        private static void MakeTarget(string path)
        {
            const int size = 128;
            using var image = new Image<Rgb24>(size, size);
            for (int y = 0; y < size; y++)
                for (int x = 0; x < size; x++)
                {
                    double u = x / (double)size, v = y / (double)size;
                    // Sky: deep blue at the top to a pale haze at the horizon, and a sun with a glow.
                    double r = 0.25 + 0.6 * v, g = 0.45 + 0.45 * v, b = 0.85 + 0.1 * v;
                    double sun = Math.Sqrt((u - 0.72) * (u - 0.72) + (v - 0.25) * (v - 0.25));
                    double glow = Math.Exp(-sun * sun * 40);
                    r += 0.5 * glow; g += 0.4 * glow; b += 0.1 * glow;
                    if (sun < 0.07) { r = 1.0; g = 0.95; b = 0.75; }
                    // A far ridge and a near one, each a sum of sines.
                    double far = 0.48 + 0.06 * Math.Sin(u * 9 + 1) + 0.03 * Math.Sin(u * 23);
                    double near = 0.62 + 0.05 * Math.Sin(u * 5 + 2) + 0.02 * Math.Sin(u * 31 + 1);
                    if (v > far) { r = 0.45 - 0.2 * (v - far); g = 0.5 - 0.2 * (v - far); b = 0.65 - 0.2 * (v - far); }
                    if (v > near) { r = 0.25; g = 0.35; b = 0.3; }
                    // A meadow with grass texture from a hash of the pixel.
                    if (v > 0.78)
                    {
                        double noise = Hash(x, y) - 0.5;
                        double stripe = 0.05 * Math.Sin(x * 1.7 + y * 0.4);
                        r = 0.3 + 0.2 * (v - 0.78) + 0.1 * noise;
                        g = 0.55 + 0.15 * noise + stripe;
                        b = 0.2 + 0.05 * noise;
                    }
                    image[x, y] = new Rgb24(Byte(r), Byte(g), Byte(b));
                }
            image.SaveAsPng(path);
        }

        private static double Hash(int x, int y)
        {
            uint h = (uint)(x * 374761393 + y * 668265263);
            h = (h ^ (h >> 13)) * 1274126177;
            return ((h ^ (h >> 16)) & 0xFFFF) / 65535.0;
        }

        private static byte Byte(double value) => (byte)Math.Round(Math.Clamp(value, 0, 1) * 255);
    }
}
