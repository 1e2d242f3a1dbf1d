using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Threading.Tasks;

namespace CppnPS.Bench
{
    /// <summary>Starts a program, captures its output, and stops it when it runs too long.</summary>
    internal static class ChildProcess
    {
        public static ChildProcessResult Run(string fileName, IEnumerable<string> arguments, string? workingDirectory,
            TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
        {
            var startInfo = new ProcessStartInfo(fileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            };
            foreach (string argument in arguments) startInfo.ArgumentList.Add(argument);
            if (environment != null)
                foreach (var pair in environment) startInfo.Environment[pair.Key] = pair.Value;

            var stopwatch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = startInfo };
            try
            {
                process.Start();
            }
            catch (Exception ex) when (ex is System.ComponentModel.Win32Exception || ex is FileNotFoundException)
            {
                return new ChildProcessResult(-1, "", $"could not start {fileName}: {ex.Message}", false, stopwatch.Elapsed);
            }
            process.StandardInput.Close();
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            bool timedOut = !process.WaitForExit((int)Math.Min(int.MaxValue, timeout.TotalMilliseconds));
            if (timedOut)
            {
                // Only this process and what it started itself.
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                process.WaitForExit();
            }
            else
            {
                process.WaitForExit();
            }
            stopwatch.Stop();
            return new ChildProcessResult(timedOut ? -1 : process.ExitCode, stdout.Result, stderr.Result, timedOut, stopwatch.Elapsed);
        }

        /// <summary>This benchmark program again, as an executable plus leading arguments.</summary>
        public static (string FileName, string[] LeadingArguments) Self()
        {
            string processPath = Environment.ProcessPath ?? "dotnet";
            string entry = Assembly.GetEntryAssembly()!.Location;
            // Under `dotnet CppnPS.Bench.dll` the process is dotnet itself and needs the assembly path.
            if (string.Equals(Path.GetFileNameWithoutExtension(processPath), "dotnet", StringComparison.OrdinalIgnoreCase))
                return (processPath, new[] { entry });
            return (processPath, Array.Empty<string>());
        }

        /// <summary>The full path of <paramref name="name"/> found on PATH, or null.</summary>
        public static string? FindOnPath(string name)
        {
            string? path = Environment.GetEnvironmentVariable("PATH");
            if (string.IsNullOrEmpty(path)) return null;
            foreach (string dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (string candidate in new[] { Path.Combine(dir, name), Path.Combine(dir, name + ".exe") })
                    if (File.Exists(candidate)) return candidate;
            }
            return null;
        }
    }
}
