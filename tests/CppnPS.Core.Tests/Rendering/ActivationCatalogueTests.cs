using System;
using System.IO;
using System.Linq;
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
            string? directory = AppContext.BaseDirectory;
            while (directory != null && !File.Exists(Path.Combine(directory, "CppnPS.sln"))) directory = Path.GetDirectoryName(directory);
            Assert.NotNull(directory);
            string help = File.ReadAllText(Path.Combine(directory!, "docs", "help", "New-CppnNetwork.md")).Replace("\r\n", "\n");
            string activation = help.Substring(help.IndexOf("### -Activation\n", StringComparison.Ordinal));
            activation = string.Join(" ", activation.Substring(0, activation.IndexOf("```", StringComparison.Ordinal)).Split(new[] { '\n' }));
            Assert.Contains($"The names are {ActivationFunctions.NameList} ({ActivationFunctions.AliasList})", activation);
        }
    }
}
