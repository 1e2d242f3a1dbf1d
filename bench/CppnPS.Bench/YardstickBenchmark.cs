using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Intrinsics.X86;
using System.Text.Json;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;

namespace CppnPS.Bench
{
    /// <summary>
    /// The article's PyTorch model (ref_cppn.py) and a plain AVX2 C kernel (cppn_avx2.c) on the
    /// seed-1 article network, in the same run as CppnPS. Both live outside the repository
    /// (--shared-bench); each is skipped, with the reason, when it or its tools are missing.
    /// </summary>
    internal sealed class YardstickBenchmark
    {
        private static readonly string[] TorchProbeArguments = { "-c", "import torch, numpy" };
        private static readonly string[] VersionArguments = { "--version" };

        public const string TorchName = "PyTorch (ref_cppn.py --backend torch)";
        public const string CName = "C, AVX2+FMA (cppn_avx2.c)";
        public const string CAvx512Name = "C, AVX-512 (cppn_avx512.c)";
        public const string OrtName = "ONNX Runtime (ort/ort-bench)";
        private static readonly string[] OnnxProbeArguments = { "-c", "import torch, onnx" };
        private static readonly string[] Avx2Flags = { "-O3", "-mavx2", "-mfma" };
        private static readonly string[] Avx512Flags = { "-O3", "-mavx512f", "-mfma" };

        private const string Python = "/usr/bin/python3";
        private const int TorchSize = 1024;
        private const int LargeSize = 4096;
        private static readonly TimeSpan TorchLargeBudget = TimeSpan.FromMinutes(1);
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

        private readonly BenchSettings _settings;
        private readonly Action<string> _log;
        private readonly List<YardstickResult> _results = new List<YardstickResult>();

        public YardstickBenchmark(BenchSettings settings, Action<string> log)
        {
            _settings = settings;
            _log = log;
        }

        public IReadOnlyList<YardstickResult> Results => _results;

        /// <summary>max |CppnPS fast - torch| over every sample at 1024², the same weights: proof both drew the same picture.</summary>
        public double? MaxDifferenceFromTorch { get; private set; }

        public static int Threads => Environment.ProcessorCount;

        /// <summary>torch.__version__ as ref_cppn.py reported it.</summary>
        public string? TorchVersion { get; private set; }

        /// <summary>First line of the C compiler's --version.</summary>
        public string? CompilerVersion { get; private set; }

        public YardstickResult? Find(string implementation, int size, string? network = null) =>
            _results.FirstOrDefault(r => r.Implementation == implementation && r.Size == size && r.Network == (network ?? CoreBenchmark.Article.Name));

        public void Run()
        {
            if (!Directory.Exists(_settings.SharedBench))
            {
                Skip(TorchName, TorchSize, $"{_settings.SharedBench} does not exist (give build.ps1 -SharedBench)");
                Skip(CName, LargeSize, $"{_settings.SharedBench} does not exist (give build.ps1 -SharedBench)");
                return;
            }
            CppnNetwork article = CoreBenchmark.Article.Create();
            string work = Path.Combine(Path.GetTempPath(), "cppnps-bench-ref-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(work);
            try
            {
                RunTorch(article, work);
                RunC(article, work, "cppn_avx2.c", CName, Avx2Flags,
                    Avx2.IsSupported && Fma.IsSupported ? null : "this CPU lacks AVX2 or FMA");
                RunC(article, work, "cppn_avx512.c", CAvx512Name, Avx512Flags,
                    System.Runtime.Intrinsics.X86.Avx512F.IsSupported ? null : "this CPU lacks AVX-512F");
                RunOrt(work);
            }
            finally
            {
                try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }

        private void RunTorch(CppnNetwork article, string work)
        {
            string script = Path.Combine(_settings.SharedBench, "ref_cppn.py");
            string? reason =
                !File.Exists(script) ? $"{script} does not exist" :
                !File.Exists(Python) ? $"{Python} does not exist (apt-get install python3-torch python3-numpy)" :
                null;
            if (reason == null)
            {
                ChildProcessResult probe = ChildProcess.Run(Python, TorchProbeArguments, work, Timeout);
                if (!probe.Succeeded) reason = $"{Python} cannot import torch and numpy ({probe.FailureSummary()}; apt-get install python3-torch)";
            }
            if (reason != null)
            {
                Skip(TorchName, TorchSize, reason);
                return;
            }

            string weights = Path.Combine(work, "article-seed1.weights.json");
            File.WriteAllText(weights, GenomeJson.Write(article, NetworkFileFormat.WeightsV1));
            string raw = Path.Combine(work, "torch-1024.f32");
            YardstickResult small = RunTorchAt(script, weights, TorchSize, raw);
            if (small.Seconds is double seconds)
            {
                CompareWithTorch(article, raw);
                double predicted = seconds * ((double)LargeSize * LargeSize) / ((double)TorchSize * TorchSize);
                if (predicted < TorchLargeBudget.TotalSeconds)
                    RunTorchAt(script, weights, LargeSize, null);
                else
                    Skip(TorchName, LargeSize, string.Format(CultureInfo.InvariantCulture,
                        "would take about {0:0} s at this speed (over {1:0} s)", predicted, TorchLargeBudget.TotalSeconds));
            }
        }

        private YardstickResult RunTorchAt(string script, string weights, int size, string? rawOut)
        {
            var arguments = new List<string>
            {
                script, "--backend", "torch", "--threads", Threads.ToString(CultureInfo.InvariantCulture),
                "--weights-json", weights, "--size", size.ToString(CultureInfo.InvariantCulture), "--no-stats",
            };
            if (rawOut != null) { arguments.Add("--dump-raw"); arguments.Add(rawOut); }
            ChildProcessResult run = ChildProcess.Run(Python, arguments, Path.GetDirectoryName(weights), Timeout);
            return Record(TorchName, size, run, "seconds");
        }

        private void CompareWithTorch(CppnNetwork article, string rawPath)
        {
            if (!File.Exists(rawPath)) return;
            byte[] bytes = File.ReadAllBytes(rawPath);
            CppnImage image = CppnRenderer.Render(article, new RenderOptions { Width = TorchSize, Height = TorchSize });
            ReadOnlySpan<float> ours = image.Samples.Span;
            if (bytes.Length != ours.Length * sizeof(float)) return;
            double worst = 0;
            for (int k = 0; k < ours.Length; k++)
                worst = Math.Max(worst, Math.Abs(ours[k] - BitConverter.ToSingle(bytes, k * sizeof(float))));
            MaxDifferenceFromTorch = worst;
        }

        /// <summary>The ONNX Runtime peer's cases: the article's network at 4096², the wide and the funnel networks at 1024².</summary>
        private static IEnumerable<(NetworkCase Network, int Size)> OrtCases()
        {
            yield return (CoreBenchmark.Article, LargeSize);
            yield return (CoreBenchmark.SmallSizeNetworks[3], TorchSize);
            yield return (CoreBenchmark.SmallSizeNetworks[4], TorchSize);
        }

        // The dotnet host this program runs under, else the one on PATH.
        private static string Dotnet =>
            string.Equals(Path.GetFileNameWithoutExtension(Environment.ProcessPath), "dotnet", StringComparison.OrdinalIgnoreCase) ? Environment.ProcessPath! : "dotnet";

        // ../shared/bench/ort: the networks exported to ONNX by Debian's torch and onnx, run by Microsoft.ML.OnnxRuntime.
        private void RunOrt(string work)
        {
            string folder = Path.Combine(_settings.SharedBench, "ort");
            string exporter = Path.Combine(folder, "export_onnx.py");
            string? reason =
                !File.Exists(exporter) ? $"{exporter} does not exist" :
                !File.Exists(Python) ? $"{Python} does not exist (apt-get install python3-torch python3-onnx)" :
                null;
            if (reason == null)
            {
                ChildProcessResult probe = ChildProcess.Run(Python, OnnxProbeArguments, work, Timeout);
                if (!probe.Succeeded) reason = $"{Python} cannot import torch and onnx to export the networks (apt-get install python3-torch python3-onnx)";
            }
            string built = Path.Combine(work, "ort-bench");
            if (reason == null)
            {
                // Built from a copy, so the shared folder stays as it is.
                string source = Path.Combine(work, "ort-src");
                Directory.CreateDirectory(source);
                foreach (string file in Directory.GetFiles(folder)) File.Copy(file, Path.Combine(source, Path.GetFileName(file)));
                ChildProcessResult build = ChildProcess.Run(Dotnet, new[] { "build", source, "-c", "Release", "-o", built, "-nologo" }, source, TimeSpan.FromMinutes(5));
                if (!build.Succeeded) reason = $"ort-bench did not build (it restores Microsoft.ML.OnnxRuntime from NuGet): {build.FailureSummary()}";
            }
            foreach (var (network, size) in OrtCases())
            {
                if (reason != null)
                {
                    Skip(OrtName, size, reason, network.Name);
                    continue;
                }
                string stem = Path.Combine(work, "ort-" + network.WidthsArgument.Replace(',', '-'));
                File.WriteAllText(stem + ".json", GenomeJson.Write(network.Create(), NetworkFileFormat.WeightsV1));
                ChildProcessResult export = ChildProcess.Run(Python, new[] { exporter, stem + ".json", stem + ".onnx" }, work, Timeout);
                if (!export.Succeeded)
                {
                    Skip(OrtName, size, $"export_onnx.py failed ({export.FailureSummary()})", network.Name);
                    continue;
                }
                ChildProcessResult run = ChildProcess.Run(Dotnet, new[] { Path.Combine(built, "ort-bench.dll"), stem + ".onnx",
                    size.ToString(CultureInfo.InvariantCulture), Threads.ToString(CultureInfo.InvariantCulture) }, work, Timeout);
                Record(OrtName, size, run, "seconds", network.Name);
            }
        }

        // One C kernel on the article's network at 4096², built here with gcc, where the CPU runs it.
        private void RunC(CppnNetwork article, string work, string file, string name, string[] flags, string? cpuReason)
        {
            string source = Path.Combine(_settings.SharedBench, file);
            string? compiler = ChildProcess.FindOnPath("gcc") ?? ChildProcess.FindOnPath("cc");
            string? reason =
                !File.Exists(source) ? $"{source} does not exist" :
                compiler == null ? "no C compiler (gcc or cc) on PATH" :
                cpuReason;
            if (reason != null)
            {
                Skip(name, LargeSize, reason);
                return;
            }

            ChildProcessResult version = ChildProcess.Run(compiler!, VersionArguments, work, Timeout);
            if (version.Succeeded) CompilerVersion = version.StandardOutput.Split('\n')[0].Trim();
            string program = Path.Combine(work, Path.GetFileNameWithoutExtension(file) + "_8x16");
            ChildProcessResult build = ChildProcess.Run(compiler!,
                flags.Concat(new[] { "-fopenmp", "-DWIDTH=16", "-DHIDDEN=8", source, "-o", program, "-lm" }), work, Timeout);
            if (!build.Succeeded)
            {
                Skip(name, LargeSize, $"{Path.GetFileName(compiler)} could not build it ({build.FailureSummary()})");
                return;
            }
            string weights = Path.Combine(work, "article-seed1.weights.f32");
            if (!File.Exists(weights)) FlatWeightsWriter.Write(article, weights);
            ChildProcessResult run = ChildProcess.Run(program,
                new[] { weights, LargeSize.ToString(CultureInfo.InvariantCulture), Threads.ToString(CultureInfo.InvariantCulture) }, work, Timeout);
            Record(name, LargeSize, run, "seconds");
        }

        private YardstickResult Record(string implementation, int size, ChildProcessResult run, string secondsProperty)
            => Record(implementation, size, run, secondsProperty, null);

        private YardstickResult Record(string implementation, int size, ChildProcessResult run, string secondsProperty, string? network)
        {
            string? json = run.Succeeded ? run.LastJsonLine() : null;
            double? seconds = null;
            if (json != null)
            {
                using JsonDocument document = JsonDocument.Parse(json);
                if (document.RootElement.TryGetProperty(secondsProperty, out JsonElement value) && value.ValueKind == JsonValueKind.Number)
                    seconds = value.GetDouble();
            }
            if (json != null && implementation == TorchName) TorchVersion ??= TorchVersionIn(json);
            var result = seconds != null
                ? new YardstickResult(implementation, size, Threads, seconds, null) { Network = network ?? CoreBenchmark.Article.Name }
                : new YardstickResult(implementation, size, Threads, null, run.Succeeded ? "printed no \"seconds\"" : "failed: " + run.FailureSummary()) { Network = network ?? CoreBenchmark.Article.Name };
            _results.Add(result);
            _log(result.SkipReason == null
                ? string.Format(CultureInfo.InvariantCulture, "{0} at {1}²: {2:0.###} s, {3:0.###} MP/s", implementation, size, seconds, result.MegapixelsPerSecond)
                : $"{implementation} at {size}²: {result.SkipReason}");
            return result;
        }

        private static string? TorchVersionIn(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("versions", out JsonElement versions) &&
                   versions.TryGetProperty("torch", out JsonElement torch) && torch.ValueKind == JsonValueKind.String
                ? torch.GetString() : null;
        }

        private void Skip(string implementation, int size, string reason)
        {
            _results.Add(new YardstickResult(implementation, size, Threads, null, reason));
            _log($"{implementation} at {size}²: skipped, {reason}");
        }

        private void Skip(string implementation, int size, string reason, string network)
        {
            _results.Add(new YardstickResult(implementation, size, Threads, null, reason) { Network = network });
            _log($"{implementation} at {size}²: skipped, {reason}");
        }

        /// <summary>The comparison table; empty when nothing ran (the notes say why).</summary>
        public string FormatTable(CoreBenchmark core)
        {
            if (!_results.Any(r => r.Seconds != null)) return "";
            var table = new MarkdownTable("implementation, article 8x16, seed 1", ">image", ">threads", ">seconds", ">MP/s", ">CppnPS fast ÷ this");
            foreach (YardstickResult result in _results.Where(r => r.Seconds != null && r.Network == CoreBenchmark.Article.Name))
            {
                double? ours = core.FastAllThreads(CoreBenchmark.Article, result.Size)?.MegapixelsPerSecond;
                double? ratio = ours / result.MegapixelsPerSecond;
                table.Add(result.Implementation, $"{result.Size}²", result.Threads.ToString(CultureInfo.InvariantCulture),
                    result.Seconds!.Value.ToString("0.000", CultureInfo.InvariantCulture),
                    result.MegapixelsPerSecond!.Value.ToString("0.00", CultureInfo.InvariantCulture),
                    ratio is double r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "– (core part not run)");
            }
            foreach (YardstickResult result in _results.Where(r => r.Seconds != null && r.Network != CoreBenchmark.Article.Name))
            {
                NetworkCase? shape = CoreBenchmark.SmallSizeNetworks.FirstOrDefault(n => n.Name == result.Network);
                double? ours = shape == null ? null : core.FastAllThreads(shape, result.Size)?.MegapixelsPerSecond;
                double? ratio = ours / result.MegapixelsPerSecond;
                table.Add($"{result.Implementation}, {result.Network}", $"{result.Size}²", result.Threads.ToString(CultureInfo.InvariantCulture),
                    result.Seconds!.Value.ToString("0.000", CultureInfo.InvariantCulture),
                    result.MegapixelsPerSecond!.Value.ToString("0.00", CultureInfo.InvariantCulture),
                    ratio is double r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "–");
            }
            foreach (int size in _results.Where(r => r.Seconds != null && r.Network == CoreBenchmark.Article.Name).Select(r => r.Size).Distinct().OrderBy(s => s))
            {
                RenderCaseResult? ours = core.FastAllThreads(CoreBenchmark.Article, size);
                if (ours?.MedianSeconds is double s)
                    table.Add("CppnPS fast engine (this run)", $"{size}²", ours.Report!.Threads.ToString(CultureInfo.InvariantCulture),
                        s.ToString("0.000", CultureInfo.InvariantCulture), ours.MegapixelsPerSecond!.Value.ToString("0.00", CultureInfo.InvariantCulture), "1.00×");
            }
            return table.ToString();
        }

        public IEnumerable<string> Notes()
        {
            foreach (YardstickResult skipped in _results.Where(r => r.Seconds == null))
                yield return $"{skipped.Implementation}, {skipped.Network} at {skipped.Size}²: skipped, {skipped.SkipReason}.";
            if (TorchVersion != null || CompilerVersion != null)
                yield return $"PyTorch {TorchVersion ?? "?"} (Debian's, reference BLAS) with --threads {Threads}; the C kernel built with {CompilerVersion ?? "?"} " +
                             $"(-O3 -mavx2 -mfma -fopenmp), {Threads} OpenMP threads. Each program times its own forward pass; CppnPS's figure is the fast engine row of the render table.";
            if (MaxDifferenceFromTorch is double d)
                yield return $"Same weights, same picture: max |CppnPS fast − PyTorch| over every sample at {TorchSize}² = {d.ToString("0.00e+0", CultureInfo.InvariantCulture)}.";
        }
    }
}
