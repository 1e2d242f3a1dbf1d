using System.Text.RegularExpressions;
using CppnPS.Core.Imaging;
using Xunit;

namespace CppnPS.Core.Tests.Imaging
{
    public class TerminalPictureTests
    {
        [Theory]
        [InlineData(256, 256, 120, 40, 78, 78)]   // the window's height limits: 39 free rows hold 78 pixel rows
        [InlineData(256, 64, 100, 50, 100, 25)]   // the window's width limits
        [InlineData(32, 16, 200, 60, 32, 16)]     // a small image is not enlarged
        public void Fit_KeepsProportionsWithinTheWindow(int width, int height, int windowColumns, int windowRows, int columns, int pixelRows)
        {
            Assert.Equal((columns, pixelRows), TerminalPicture.Fit(width, height, null, windowColumns, windowRows));
        }

        [Fact]
        public void Fit_UsesTheGivenWidthWhateverTheWindow()
        {
            Assert.Equal((300, 150), TerminalPicture.Fit(64, 32, 300, 80, 25));
            Assert.Equal((10, 5), TerminalPicture.Fit(64, 32, 10, 80, 25));
        }

        [Fact]
        public void Draw_PutsTwoPixelRowsInEachTextRowAsForegroundAndBackground()
        {
            // 1 x 2 image: red above blue.
            var image = ImagingTestData.Image(1, 2, new[] { 1f, 0f, 0f, 0f, 0f, 1f });
            string[] lines = TerminalPicture.Draw(image, 1, 2);
            Assert.Equal(new[] { "\u001b[38;2;255;0;0m\u001b[48;2;0;0;255m\u2580\u001b[0m" }, lines);
        }

        [Fact]
        public void Draw_AveragesTheSourcePixelsEachCellCovers()
        {
            // 2 x 2 image of black and white columns drawn as one pixel: mid grey (0.5 -> 128).
            var image = ImagingTestData.Image(2, 2, new[] { 0f, 0f, 0f, 1f, 1f, 1f, 0f, 0f, 0f, 1f, 1f, 1f });
            string line = Assert.Single(TerminalPicture.Draw(image, 1, 1));
            Assert.Equal("\u001b[38;2;128;128;128m\u001b[49m\u2580\u001b[0m", line);
        }

        [Fact]
        public void Draw_GivesOneRowPerTwoPixelRowsAndOneCellPerColumn()
        {
            var image = ImagingTestData.Gradient(40, 20);
            string[] lines = TerminalPicture.Draw(image, 10, 5);
            Assert.Equal(3, lines.Length);
            foreach (string line in lines)
            {
                Assert.Equal(10, line.Split('\u2580').Length - 1);
                Assert.EndsWith("\u001b[0m", line);
                // Text only: escape sequences, the half block and digits, nothing else.
                Assert.Matches(new Regex("^(\u001b\\[[0-9;]*m|\u2580)+$"), line);
            }
            Assert.Contains("\u001b[49m", lines[2]);
        }

        [Fact]
        public void Draw_StopsWhenCancelled()
        {
            using var cancelled = new System.Threading.CancellationTokenSource();
            cancelled.Cancel();
            Assert.ThrowsAny<System.OperationCanceledException>(() => TerminalPicture.Draw(ImagingTestData.Gradient(8, 8), 4, 4, cancelled.Token));
            Assert.Equal(2, TerminalPicture.Draw(ImagingTestData.Gradient(8, 8), 4, 4).Length);
        }
    }
}
