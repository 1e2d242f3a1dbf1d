using System;
using System.Collections.Generic;
using System.IO;

namespace CppnPS.Bench
{
    /// <summary>The benchmark's command line.</summary>
    internal sealed class BenchSettings
    {
        public const string Usage =
            "CppnPS.Bench [--repo-root DIR] [--shared-bench DIR] [--pwsh EXE [--pwsh-arg ARG]...] [--skip core|accuracy|pwsh|yardsticks]...\n" +
            "  --repo-root DIR     the CppnPS checkout (default: the folder above this program holding CppnPS.sln)\n" +
            "  --shared-bench DIR  folder with ref_cppn.py and cppn_avx2.c (default: <repo-root>/../shared/bench); skipped when absent\n" +
            "  --pwsh EXE          how to start PowerShell 7 (default: 'dotnet pwsh', the repository's local tool);\n" +
            "                      each --pwsh-arg is put before the script arguments (e.g. the path of pwsh.dll)\n" +
            "  --skip PART         leave a part out (repeatable)\n" +
            "  --quick             only the targets' cases (no reference engine or 1-thread renders, one timed render each)\n" +
            "  --output FILE       also write the markdown report to FILE";

        public string RepoRoot { get; private set; } = "";
        public string SharedBench { get; private set; } = "";
        public string PwshExecutable { get; private set; } = "dotnet";
        public IReadOnlyList<string> PwshLeadingArguments { get; private set; } = new[] { "pwsh" };
        public ISet<string> SkippedParts { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        public bool ShowHelp { get; private set; }

        /// <summary>Only what the targets table needs: no reference engine, no 1-thread renders, one timed render a case.</summary>
        public bool Quick { get; private set; }
        public string? OutputPath { get; private set; }

        public bool Runs(string part) => !SkippedParts.Contains(part);

        public static readonly string[] Parts = { "core", "accuracy", "pwsh", "yardsticks" };

        public static BenchSettings Parse(string[] args)
        {
            var settings = new BenchSettings();
            string? repoRoot = null, sharedBench = null, pwsh = null;
            var pwshArgs = new List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                string name = args[i];
                switch (name)
                {
                    case "-h":
                    case "--help":
                        settings.ShowHelp = true;
                        break;
                    case "--repo-root":
                        repoRoot = Value(args, ref i);
                        break;
                    case "--shared-bench":
                        sharedBench = Value(args, ref i);
                        break;
                    case "--pwsh":
                        pwsh = Value(args, ref i);
                        break;
                    case "--pwsh-arg":
                        pwshArgs.Add(Value(args, ref i));
                        break;
                    case "--output":
                        settings.OutputPath = Path.GetFullPath(Value(args, ref i));
                        break;
                    case "--quick":
                        settings.Quick = true;
                        break;
                    case "--skip":
                        string part = Value(args, ref i);
                        if (Array.IndexOf(Parts, part.ToLowerInvariant()) < 0)
                            throw new ArgumentException($"Unknown part '{part}' after --skip; the parts are {string.Join(", ", Parts)}.");
                        settings.SkippedParts.Add(part);
                        break;
                    default:
                        throw new ArgumentException($"Unknown argument '{name}'.");
                }
            }

            settings.RepoRoot = Path.GetFullPath(repoRoot ?? FindRepoRoot());
            settings.SharedBench = Path.GetFullPath(sharedBench ?? Path.Combine(settings.RepoRoot, "..", "shared", "bench"));
            if (pwsh != null)
            {
                settings.PwshExecutable = pwsh;
                settings.PwshLeadingArguments = pwshArgs;
            }
            else if (pwshArgs.Count > 0)
            {
                throw new ArgumentException("--pwsh-arg needs --pwsh.");
            }
            return settings;
        }

        private static string Value(string[] args, ref int i)
        {
            if (i + 1 >= args.Length) throw new ArgumentException($"{args[i]} needs a value.");
            return args[++i];
        }

        /// <summary>The nearest folder above the program that holds CppnPS.sln, else the current directory.</summary>
        private static string FindRepoRoot()
        {
            foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                    if (File.Exists(Path.Combine(dir.FullName, "CppnPS.sln"))) return dir.FullName;
            }
            return Environment.CurrentDirectory;
        }
    }
}
