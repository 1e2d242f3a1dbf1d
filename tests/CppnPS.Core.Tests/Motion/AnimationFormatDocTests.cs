using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using CppnPS.Core.Model;
using CppnPS.Core.Motion;
using Xunit;

namespace CppnPS.Core.Tests.Motion
{
    /// <summary>Keeps the example in docs/animation-format.md identical to what the writer writes, and its kinds to the enum.</summary>
    public class AnimationFormatDocTests
    {
        private static string Doc()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory != null && !File.Exists(Path.Combine(directory, "CppnPS.sln")))
                directory = Path.GetDirectoryName(directory);
            Assert.True(directory != null, "The repository root (CppnPS.sln) is above the test output folder.");
            return File.ReadAllText(Path.Combine(directory!, "docs", "animation-format.md")).Replace("\r\n", "\n");
        }

        [Fact]
        public void FormatDoc_ExampleIsExactlyWhatCppnPSWrites()
        {
            var blocks = new List<string>();
            foreach (Match m in Regex.Matches(Doc(), "```json\n(.*?)\n```", RegexOptions.Singleline)) blocks.Add(m.Groups[1].Value);
            Assert.Single(blocks);
            CppnNetwork Small(int seed) => CppnNetwork.Create(new NetworkOptions { Seed = seed, HiddenWidths = new[] { 2 } });
            var morph = new Animation { Kind = MotionKind.Morph, Networks = new[] { Small(1), Small(2) } };
            Assert.Equal(AnimationJson.Write(morph, indented: true), blocks[0]);
            Assert.Equal(MotionKind.Morph, AnimationJson.Read(blocks[0]).Kind);
        }

        [Fact]
        public void FormatDoc_ListsEveryKindAndEasing()
        {
            string doc = Doc();
            foreach (string kind in Enum.GetNames<MotionKind>()) Assert.Contains("| " + kind + " |", doc);
            foreach (string easing in Enum.GetNames<Easing>()) Assert.Contains("`" + easing + "`", doc);
            foreach (string path in Enum.GetNames<PanPath>()) Assert.Contains("`" + path + "`", doc);
        }
    }
}
