using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CppnPS.Core.Activations;
using CppnPS.Core.Genome;
using CppnPS.Core.Model;
using Xunit;

namespace CppnPS.Core.Tests.Rendering
{
    /// <summary>One catalogue of activation names: one canonical spelling each, parsed in any case, listed the same everywhere.</summary>
    public class ActivationCatalogueTests
    {
        [Fact]
        public void EveryActivation_HasOneCanonicalLowerCaseName_InEnumOrder()
        {
            var all = Enum.GetValues<Activation>();
            Assert.Equal(all.Length, ActivationFunctions.Names.Count);
            Assert.Equal(all.Length, ActivationFunctions.Names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            foreach (Activation a in all)
            {
                string name = ActivationFunctions.ToName(a);
                Assert.Equal(ActivationFunctions.Names[(int)a], name);
                Assert.Equal(a.ToString().ToLowerInvariant(), name);
            }
            Assert.Equal(string.Join(", ", ActivationFunctions.Names), ActivationFunctions.NameList);
        }

        [Fact]
        public void Names_AreParsedInAnyCase_AndTheAliasesToo()
        {
            foreach (Activation a in Enum.GetValues<Activation>())
            {
                string name = ActivationFunctions.ToName(a);
                foreach (string spelling in new[] { name, name.ToUpperInvariant(), char.ToUpperInvariant(name[0]) + name.Substring(1), " " + name + " " })
                {
                    Assert.True(ActivationFunctions.TryParse(spelling, out Activation parsed), spelling);
                    Assert.Equal(a, parsed);
                }
            }
            Assert.Equal(Activation.Identity, ActivationFunctions.Parse("None"));
            Assert.Equal(Activation.Identity, ActivationFunctions.Parse("LINEAR"));
            Assert.Equal(Activation.Sigmoid, ActivationFunctions.Parse("Logistic"));
            Assert.False(ActivationFunctions.TryParse("softmax", out _));
            Assert.False(ActivationFunctions.TryParse("", out _));
            Assert.False(ActivationFunctions.TryParse(null, out _));
        }

        [Fact]
        public void TheErrorForAnUnknownName_ListsTheCatalogue()
        {
            var ex = Assert.Throws<FormatException>(() => ActivationFunctions.Parse("softmax"));
            Assert.Equal($"Unknown activation 'softmax'. Use one of: {ActivationFunctions.NameList} ({ActivationFunctions.AliasList}).", ex.Message);
            Assert.Contains("tanh, sigmoid, relu, identity, sin, gaussian", ex.Message);
            string genome = GenomeJson.Write(CppnNetwork.Create(new NetworkOptions { Seed = 1 })).Replace("\"tanh\"", "\"softmax\"");
            var genomeError = Assert.Throws<GenomeFormatException>(() => GenomeJson.Read(genome));
            Assert.Contains(ActivationFunctions.NameList, genomeError.Message);
        }

        [Fact]
        public void TheHelp_ListsTheCatalogue()
        {
            string help = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "help", "New-CppnNetwork.md")).Replace("\r\n", "\n");
            string activation = help.Substring(help.IndexOf("### -Activation\n", StringComparison.Ordinal));
            activation = string.Join(" ", activation.Substring(0, activation.IndexOf("```", StringComparison.Ordinal)).Split(new[] { '\n' }));
            Assert.Contains($"The names are {ActivationFunctions.NameList} ({ActivationFunctions.AliasList})", activation);
        }

        /// <summary>
        /// Any prose list of three or more activation names in the help sources or the README (code is left
        /// out: examples name a few on purpose) is the whole catalogue in its order, followed by the aliases,
        /// so a list typed by hand cannot fall behind when an activation is added.
        /// </summary>
        [Fact]
        public void EveryListOfActivationNames_InTheHelpAndTheReadme_IsTheCatalogue()
        {
            string root = RepositoryRoot();
            var files = Directory.GetFiles(Path.Combine(root, "docs", "help"), "*.md").OrderBy(f => f, StringComparer.Ordinal).ToList();
            files.Add(Path.Combine(root, "README.md"));
            string name = "(?:" + string.Join("|", ActivationFunctions.Names.Select(Regex.Escape)) + ")";
            var list = new Regex($@"\b{name}\b(?:(?:\s*,\s*|,?\s+(?:or|and)\s+){name}\b)+", RegexOptions.IgnoreCase);
            var single = new Regex($@"\b{name}\b", RegexOptions.IgnoreCase);
            string expected = $"{ActivationFunctions.NameList} ({ActivationFunctions.AliasList})";
            var listed = new List<string>();
            var wrong = new List<string>();
            foreach (string file in files)
            {
                string text = File.ReadAllText(file);
                text = Regex.Replace(text, @"^\s*```.*?^\s*```", " ", RegexOptions.Singleline | RegexOptions.Multiline);
                text = Regex.Replace(text, @"`[^`]*`", " ");
                text = Regex.Replace(text, @"\s+", " ");
                foreach (Match match in list.Matches(text))
                {
                    if (single.Count(match.Value) < 3) continue;
                    listed.Add(Path.GetFileName(file));
                    string said = text.Substring(match.Index, Math.Min(expected.Length, text.Length - match.Index));
                    if (said != expected) wrong.Add($"{Path.GetFileName(file)}: '{said}'");
                }
            }
            Assert.True(wrong.Count == 0, "Lists that are not the catalogue:\n" + string.Join("\n", wrong));
            // The pages that list the names do, so the test cannot pass by finding nothing.
            Assert.Superset(new HashSet<string> { "New-CppnNetwork.md", "Set-CppnWeights.md", "about_CppnPS.md" }, new HashSet<string>(listed));
        }

        private static string RepositoryRoot()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory != null && !File.Exists(Path.Combine(directory, "CppnPS.sln"))) directory = Path.GetDirectoryName(directory);
            Assert.NotNull(directory);
            return directory!;
        }
    }
}
