using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CppnPS.Core.Evolution;
using CppnPS.Core.Model;
using Xunit;

namespace CppnPS.Core.Tests.Evolution
{
    public class BreedingLoopTests
    {
        private static CppnNetwork Net(int seed) => CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 6, 6 }, Seed = seed });

        private static string Hash(CppnNetwork n) => NetworkHash.Compute(n);

        private sealed class Script : IBreedingTerminal
        {
            private readonly Queue<string> _commands;
            public Script(string folder, params string[] commands) { Folder = folder; _commands = new Queue<string>(commands); }
            public string Folder { get; }
            public List<string> Lines { get; } = new List<string>();
            public int Columns => 60;
            public string? ReadLine() => _commands.Count == 0 ? null : _commands.Dequeue();
            public void WriteLine(string line) => Lines.Add(line);
            public string ResolvePath(string path) => Path.Combine(Folder, path);
        }

        [Fact]
        public void ScriptedPicks_GiveTheExpectedGenerations_PicksSurvive_AndBackReturns()
        {
            var session = new BreedingSession(new[] { Net(1), Net(2) }, 6, new MutationOptions { Rate = 0.3, Seed = 0 }, seed: 7);
            var first = session.Population.ToArray();
            Assert.Equal(6, first.Length);
            Assert.Equal(Hash(Net(1)), Hash(first[0]));
            Assert.Equal(Hash(Net(2)), Hash(first[1]));

            var script = new Script(Path.GetTempPath(), "1 3", "2", "b", "+");
            var last = BreedingLoop.Run(session, script, 8);
            // After "1 3" the second generation starts with pictures 1 and 3, unchanged; "2" bred a third, "b" went back to the second.
            Assert.Equal(2, session.Generation);
            Assert.Equal(6, last.Count);
            Assert.Same(first[0], last[0]);
            Assert.Same(first[2], last[1]);
            foreach (var child in last.Skip(2))
            {
                var parents = child.Provenance.Lineage!.Parents;
                Assert.Single(parents);
            }
            Assert.Equal(0.75, session.Mutation.Size, 12);
            Assert.Contains(script.Lines, l => l.StartsWith("Generation 3:", StringComparison.Ordinal));
            Assert.Contains(script.Lines, l => l.Contains("\u001b[38;2;"));
            // Numbered thumbnails: 60 columns hold five 8-pixel thumbnails with their gaps, then the sixth on a row of its own.
            Assert.Contains(script.Lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+1\s+2\s+3\s+4\s+5$"));
            Assert.Contains(script.Lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+6$"));

            // The same script and seed give the same generations.
            var again = new BreedingSession(new[] { Net(1), Net(2) }, 6, new MutationOptions { Rate = 0.3 }, seed: 7);
            var replay = BreedingLoop.Run(again, new Script(Path.GetTempPath(), "1 3", "2", "b"), 8);
            Assert.Equal(last.Select(Hash), replay.Select(Hash));
        }

        [Fact]
        public void BadCommands_AreExplained_AndTheLoopGoesOn_AndSavesWriteFiles()
        {
            string folder = Path.Combine(Path.GetTempPath(), "cppnps-breed-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var session = new BreedingSession(new[] { Net(3) }, 4, new MutationOptions(), seed: 1);
                var script = new Script(folder, "hello", "9", "b", "s 2 two.png", "s 2 two.png", "n 1 one.json", "q", "1");
                BreedingLoop.Run(session, script, 8);
                Assert.Contains(script.Lines, l => l.StartsWith("Unknown command 'hello'", StringComparison.Ordinal));
                Assert.Contains(script.Lines, l => l.Contains("between 1 and 4"));
                Assert.Contains(script.Lines, l => l.StartsWith("This is the first generation", StringComparison.Ordinal));
                Assert.True(File.Exists(Path.Combine(folder, "two.png")));
                Assert.Equal(Hash(session.Population[1]), Hash(Core.Genome.NetworkFile.Read(Path.Combine(folder, "two.png")).Network));
                Assert.Equal(Hash(session.Population[0]), Hash(Core.Genome.NetworkFile.Read(Path.Combine(folder, "one.json")).Network));
                Assert.Equal(1, session.Generation);   // "q" quit before "1"
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }
    }
}
