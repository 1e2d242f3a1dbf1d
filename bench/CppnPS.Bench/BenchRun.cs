using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace CppnPS.Bench
{
    /// <summary>Runs the parts of the benchmark in turn and prints the report (markdown) on stdout; progress goes to stderr.</summary>
    internal sealed class BenchRun
    {
        private readonly BenchSettings _settings;

        public BenchRun(BenchSettings settings) => _settings = settings;

        public int Execute()
        {
            var total = Stopwatch.StartNew();
            Log($"repository {_settings.RepoRoot}; reference tools from {_settings.SharedBench}");

            var core = new CoreBenchmark(Log, _settings.Quick);
            var accuracy = new AccuracyCheck(_settings.RepoRoot);
            var pwsh = new PowerShellBenchmark(_settings, Log);
            var yardsticks = new YardstickBenchmark(_settings, Log);
            var skipped = new List<string>();

            if (_settings.Runs("core")) core.Run(); else skipped.Add("core");
            if (_settings.Runs("accuracy")) accuracy.Run(); else skipped.Add("accuracy");
            if (_settings.Runs("pwsh")) pwsh.Run(); else skipped.Add("pwsh");
            if (_settings.Runs("yardsticks")) yardsticks.Run(); else skipped.Add("yardsticks");
            total.Stop();

            string? commit = MachineInfo.Commit(_settings.RepoRoot);
            var report = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            report.WriteLine("## CppnPS benchmark");
            report.WriteLine();
            report.WriteLine(MachineInfo.Describe(commit));
            report.WriteLine(string.Format(CultureInfo.InvariantCulture,
                _settings.Quick ? "Command: `dotnet bench/CppnPS.Bench/bin/Release/net10.0/CppnPS.Bench.dll --quick` after `build.ps1` ({0:0} s in all{1})." : "Command: `dotnet pwsh -NoProfile -File ./build.ps1 -Task Bench` ({0:0} s in all{1}).",
                total.Elapsed.TotalSeconds, skipped.Count > 0 ? "; parts left out: " + string.Join(", ", skipped) : ""));
            report.WriteLine();

            if (_settings.Runs("core"))
            {
                report.WriteLine("### Render speed (CppnPS.Core, seed-1 networks)");
                report.WriteLine();
                report.Write(core.FormatTable());
                report.WriteLine();
                foreach (string note in core.Notes()) report.WriteLine(note + "  ");
                report.WriteLine();
                report.WriteLine("### Render speed per instruction-set path (fast engine, all threads)");
                report.WriteLine();
                report.Write(core.FormatIsaTable());
                report.WriteLine();
            }
            if (_settings.Runs("accuracy"))
            {
                report.WriteLine(accuracy.Describe());
                report.WriteLine();
            }
            if (_settings.Runs("pwsh"))
            {
                report.WriteLine("### In PowerShell");
                report.WriteLine();
                report.Write(pwsh.FormatTable());
                report.WriteLine();
                foreach (string note in pwsh.Notes()) report.WriteLine(note + "  ");
                report.WriteLine();
            }
            if (_settings.Runs("yardsticks"))
            {
                report.WriteLine("### Against the article's PyTorch model and a plain C kernel (same weights, same run)");
                report.WriteLine();
                string comparison = yardsticks.FormatTable(core);
                if (comparison.Length > 0)
                {
                    report.Write(comparison);
                    report.WriteLine();
                }
                foreach (string note in yardsticks.Notes()) report.WriteLine(note + "  ");
                report.WriteLine();
            }
            report.WriteLine("### Targets (ratios measured in this run)");
            report.WriteLine();
            report.Write(TargetsTable.Format(core, pwsh, yardsticks, accuracy));

            if (_settings.OutputPath != null)
            {
                string? folder = Path.GetDirectoryName(_settings.OutputPath);
                if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
                File.WriteAllText(_settings.OutputPath, report.ToString());
                Log($"report written to {_settings.OutputPath}");
            }
            Console.Error.Flush();
            Console.WriteLine();
            Console.Write(report.ToString());
            return 0;
        }

        private static void Log(string message) => Console.Error.WriteLine("[bench] " + message);
    }
}
