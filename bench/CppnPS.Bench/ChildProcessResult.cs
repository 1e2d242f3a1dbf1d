using System;
using System.Linq;

namespace CppnPS.Bench
{
    /// <summary>How a child process ended and what it printed.</summary>
    internal sealed class ChildProcessResult
    {
        public ChildProcessResult(int exitCode, string standardOutput, string standardError, bool timedOut, TimeSpan elapsed)
        {
            ExitCode = exitCode;
            StandardOutput = standardOutput;
            StandardError = standardError;
            TimedOut = timedOut;
            Elapsed = elapsed;
        }

        public int ExitCode { get; }
        public string StandardOutput { get; }
        public string StandardError { get; }
        public bool TimedOut { get; }
        public TimeSpan Elapsed { get; }

        public bool Succeeded => !TimedOut && ExitCode == 0;

        /// <summary>The last stdout line that looks like a JSON object, or null.</summary>
        public string? LastJsonLine() => StandardOutput
            .Split('\n')
            .Select(l => l.Trim())
            .LastOrDefault(l => l.StartsWith('{') && l.EndsWith('}'));

        /// <summary>Why it failed, in one line, for the report.</summary>
        public string FailureSummary()
        {
            if (TimedOut) return $"timed out after {Elapsed.TotalSeconds:0} s";
            string detail = LastLine(StandardError) ?? LastLine(StandardOutput) ?? "no output";
            return $"exit code {ExitCode}: {detail}";
        }

        private static string? LastLine(string text) => text
            .Split('\n')
            .Select(l => l.Trim())
            .LastOrDefault(l => l.Length > 0);
    }
}
