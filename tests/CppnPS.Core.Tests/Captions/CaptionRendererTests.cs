using System;
using System.IO;
using System.Linq;
using CppnPS.Captions;
using CppnPS.Core.Captions;
using CppnPS.Core.Imaging;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Captions
{
    public class CaptionRendererTests
    {
        private static string Fonts => CaptionTestData.FontFolder;

        [Theory]
        [InlineData(CaptionPlacement.Bottom, CaptionBackdrop.Band)]
        [InlineData(CaptionPlacement.Top, CaptionBackdrop.Outline)]
        [InlineData(CaptionPlacement.Centre, CaptionBackdrop.None)]
        [InlineData(CaptionPlacement.Centre, CaptionBackdrop.Band)]
        public void PixelsChange_OnlyInsideTheCaptionsBox(CaptionPlacement placement, CaptionBackdrop backdrop)
        {
            CppnImage picture = CaptionTestData.Picture(120, 100);
            var caption = new CaptionSpec { Text = "Stoic", Placement = placement, Backdrop = backdrop, FontSize = 14 };
            CaptionLayout layout = CaptionRenderer.Measure(picture.Width, picture.Height, caption, Fonts);
            float[] before = picture.ToArray();
            float[] after = CaptionRenderer.Draw(picture, caption, Fonts).ToArray();

            int changedInside = 0;
            for (int row = 0; row < picture.Height; row++)
            {
                bool inside = row >= layout.BoxTop && row < layout.BoxTop + layout.BoxHeight;
                for (int i = row * picture.Width * 3; i < (row + 1) * picture.Width * 3; i++)
                {
                    bool same = BitConverter.SingleToInt32Bits(before[i]) == BitConverter.SingleToInt32Bits(after[i]);
                    if (!inside) Assert.True(same, $"sample {i} (row {row}) outside the box [{layout.BoxTop}, {layout.BoxTop + layout.BoxHeight}) changed");
                    else if (!same) changedInside++;
                }
            }
            Assert.True(changedInside > 0, "the caption drew nothing");
            Assert.True(layout.BoxHeight < picture.Height / 2, "the box should be a strip, not the whole picture");
        }

        [Fact]
        public void TheBox_SitsWherePlaced()
        {
            var caption = new CaptionSpec { Text = "Where", FontSize = 12, Margin = 4 };
            Assert.Equal(0, CaptionRenderer.Measure(80, 90, caption with { Placement = CaptionPlacement.Top }, Fonts).BoxTop);
            CaptionLayout bottom = CaptionRenderer.Measure(80, 90, caption with { Placement = CaptionPlacement.Bottom }, Fonts);
            Assert.Equal(90, bottom.BoxTop + bottom.BoxHeight);
            CaptionLayout centre = CaptionRenderer.Measure(80, 90, caption with { Placement = CaptionPlacement.Centre }, Fonts);
            Assert.InRange(centre.BoxTop - (90 - centre.BoxTop - centre.BoxHeight), -1, 1);
        }

        [Fact]
        public void TheSameCaption_GivesTheSameBytesTwice()
        {
            var caption = new CaptionSpec { Text = "The universe is change; life is opinion. Вселенная — изменение.", Backdrop = CaptionBackdrop.Outline, Font = CaptionFont.Serif, FontSize = 11 };
            byte[] first = Png(CaptionRenderer.Draw(CaptionTestData.Picture(), caption, Fonts));
            byte[] second = Png(CaptionRenderer.Draw(CaptionTestData.Picture(), caption, Fonts));
            Assert.Equal(first, second);
            Assert.NotEqual(Png(CaptionTestData.Picture()), first);
        }

        [Fact]
        public void LongText_WrapsToTheWidth_KeepingEveryWord()
        {
            const string text = "Begin the morning by saying to thyself, I shall meet with the busy-body, the ungrateful, arrogant, deceitful.";
            var caption = new CaptionSpec { Text = text, FontSize = 10, Margin = 4 };
            CaptionLayout layout = CaptionRenderer.Measure(100, 200, caption, Fonts);
            Assert.True(layout.Lines.Count >= 4, $"expected several lines, got {layout.Lines.Count}");
            Assert.Equal(text.Split(' '), layout.Lines.SelectMany(l => l.Split(' ')).ToArray());
            CaptionLayout wide = CaptionRenderer.Measure(1000, 200, caption, Fonts);
            Assert.Single(wide.Lines);
        }

        [Fact]
        public void AWordWiderThanTheLine_IsCutBetweenCharacters()
        {
            var caption = new CaptionSpec { Text = "Antidisestablishmentarianism", FontSize = 12, Margin = 2 };
            CaptionLayout layout = CaptionRenderer.Measure(60, 200, caption, Fonts);
            Assert.True(layout.Lines.Count > 1);
            Assert.Equal(caption.Text, string.Concat(layout.Lines));
        }

        [Fact]
        public void TextTooLongToFit_IsAClearError()
        {
            var caption = new CaptionSpec { Text = string.Join(" ", Enumerable.Repeat("words", 300)), FontSize = 12 };
            var ex = Assert.Throws<CaptionTooLongException>(() => CaptionRenderer.Draw(CaptionTestData.Picture(64, 64), caption, Fonts));
            Assert.Contains("64 pixels tall", ex.Message);
            Assert.Contains("-FontSize", ex.Message);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        public void EmptyText_IsAClearError(string text)
        {
            var ex = Assert.Throws<ArgumentException>(() => CaptionRenderer.Draw(CaptionTestData.Picture(), new CaptionSpec { Text = text }, Fonts));
            Assert.Contains("empty", ex.Message);
        }

        [Fact]
        public void AMissingFont_IsAClearError()
        {
            string empty = Path.Combine(Path.GetTempPath(), "cppnps-nofonts-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(empty);
            try
            {
                var ex = Assert.Throws<CaptionFontMissingException>(() => CaptionRenderer.Draw(CaptionTestData.Picture(), new CaptionSpec { Text = "x" }, empty));
                Assert.Contains("DejaVu Sans", ex.Message);
                Assert.Contains("Reinstall CppnPS", ex.Message);
            }
            finally
            {
                Directory.Delete(empty, true);
            }
        }

        [Theory]
        [InlineData(CaptionFont.Sans)]
        [InlineData(CaptionFont.Serif)]
        public void CyrillicAndAccentedLatin_HaveGlyphs_NotTheBox(CaptionFont font)
        {
            const string text = "Моя нейронная сеть — стоик. Ёж, щука, эхо. Été, naïve, façade, Ångström, Łódź, ŝ.";
            ushort[] glyphs = CaptionRenderer.GlyphIds(text, font, Fonts);
            Assert.Equal(text.Length, glyphs.Length);
            for (int i = 0; i < text.Length; i++) Assert.True(glyphs[i] != 0, $"'{text[i]}' (U+{(int)text[i]:X4}) maps to .notdef");
            // The check itself: a code point the font lacks does map to .notdef.
            Assert.Equal(0, CaptionRenderer.GlyphIds("\u0378", font, Fonts)[0]);
        }

        [Fact]
        public void CyrillicGlyphs_AreDrawn_NotBoxes()
        {
            // The reference: the same text with every letter replaced by a code point the font lacks, drawn as the
            // .notdef box. Cyrillic drawn as boxes would give exactly that picture; each letter drawn alone must differ from the box.
            const string text = "Стоик Жизнь";
            string boxes = new string(text.Select(c => c == ' ' ? ' ' : '\u0378').ToArray());
            float[] letters = Draw(text), reference = Draw(boxes);
            Assert.False(letters.SequenceEqual(reference), "the Cyrillic text was drawn as .notdef boxes");
            float[] box = Draw("\u0378");
            foreach (char letter in text.Where(c => c != ' ').Distinct())
                Assert.False(Draw(letter.ToString()).SequenceEqual(box), $"'{letter}' was drawn as the .notdef box");
        }

        [Fact]
        public void ACaption_IsRecorded_AndDrawingItAgainOnTheReRenderedPicture_GivesTheSamePng()
        {
            string folder = Path.Combine(Path.GetTempPath(), "cppnps-caption-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var first = new CaptionSpec { Text = "Мой нейросеть — стоик", Placement = CaptionPlacement.Top, Backdrop = CaptionBackdrop.Outline, Colour = CaptionColour.Parse("#ffcc00"), FontSize = 13 };
                var second = new CaptionSpec { Text = "Marcus", Font = CaptionFont.Serif, BackdropOpacity = 0.3, FontSize = 10, Margin = 3 };
                CppnImage captioned = CaptionRenderer.Draw(CaptionRenderer.Draw(CaptionTestData.Picture(), first, Fonts), second, Fonts);
                Assert.Equal(2, captioned.Captions.Count);
                string path = Path.Combine(folder, "captioned.png");
                ImageExporter.WriteFile(captioned, path, new ImageExportOptions(), overwrite: false);

                var recorded = CaptionFile.Read(path);
                Assert.Equal(new[] { first with { Renderer = CaptionRenderer.RendererName }, second with { Renderer = CaptionRenderer.RendererName } }, recorded);

                var network = CppnPS.Core.Genome.NetworkFile.Read(path).Network;
                CppnImage again = CppnRenderer.Render(network, network.View!);
                foreach (CaptionSpec caption in recorded) again = CaptionRenderer.Draw(again, caption, Fonts);
                string againPath = Path.Combine(folder, "again.png");
                ImageExporter.WriteFile(again, againPath, new ImageExportOptions(), overwrite: false);
                Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(againPath));
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [Fact]
        public void APictureWithoutCaption_RecordsNone()
        {
            string path = Path.Combine(Path.GetTempPath(), "cppnps-nocaption-" + Guid.NewGuid().ToString("N") + ".png");
            try
            {
                ImageExporter.WriteFile(CaptionTestData.Picture(16, 16), path, new ImageExportOptions(), overwrite: false);
                Assert.Empty(CaptionFile.Read(path));
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void NoPublicSignature_MentionsASkiaSharpType()
        {
            // SkiaSharp lives in the module's private load context: a Skia type in the public surface could not be named by scripts.
            const System.Reflection.BindingFlags all = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly;
            var offenders = typeof(CaptionRenderer).Assembly.GetExportedTypes()
                .SelectMany(t => t.GetMembers(all).Select(m => (t, m)))
                .Where(x => x.m.ToString()!.Contains("SkiaSharp", StringComparison.Ordinal) || x.m.ToString()!.Contains(" SK", StringComparison.Ordinal))
                .Select(x => x.t.Name + "." + x.m.Name).ToList();
            Assert.Empty(offenders);
        }

        private static float[] Draw(string text) =>
            CaptionRenderer.Draw(CaptionTestData.Picture(80, 40), new CaptionSpec { Text = text, FontSize = 14, Backdrop = CaptionBackdrop.None, Margin = 2 }, Fonts).ToArray();

        private static byte[] Png(CppnImage image)
        {
            using var stream = new MemoryStream();
            ImageExporter.Write(image, stream, new ImageExportOptions());
            return stream.ToArray();
        }
    }
}
