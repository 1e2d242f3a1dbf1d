using System;
using CppnPS.Core.Coordinates;
using Xunit;

namespace CppnPS.Core.Tests.Coordinates
{
    public class RenderOptionsTests
    {
        private static readonly RenderOptions Wide = new RenderOptions { Width = 160, Height = 90, Zoom = 2.5, CenterX = 0.25, CoordinateMode = CoordinateMode.AspectCorrect };

        [Theory]
        [InlineData(1920, 1080)]
        [InlineData(100, 56)]   // 56.25
        [InlineData(2, 1)]      // 1.125
        [InlineData(1, 1)]      // 0.5625, at least one pixel
        public void Resize_AWidthAloneKeepsTheAspectRatio(int width, int expectedHeight)
        {
            var resized = Wide.Resize(width, null);
            Assert.Equal(width, resized.Width);
            Assert.Equal(expectedHeight, resized.Height);
            Assert.Equal(Wide with { Width = width, Height = expectedHeight }, resized);
        }

        [Theory]
        [InlineData(1080, 1920)]
        [InlineData(100, 178)]  // 177.78
        [InlineData(9, 16)]
        public void Resize_AHeightAloneKeepsTheAspectRatio(int height, int expectedWidth)
        {
            var resized = Wide.Resize(null, height);
            Assert.Equal(expectedWidth, resized.Width);
            Assert.Equal(height, resized.Height);
        }

        [Fact]
        public void Resize_RoundsHalvesAwayFromZero()
        {
            var view = new RenderOptions { Width = 4, Height = 2 };
            Assert.Equal(3, view.Resize(5, null).Height);   // 2.5
            Assert.Equal(1, view.Resize(1, null).Height);   // 0.5
        }

        [Fact]
        public void Resize_WithoutASavedAspectIsSquare_BothSidesAreTakenAsGiven_NeitherKeepsTheSize()
        {
            var plain = new RenderOptions();
            Assert.Equal(300, plain.Resize(300, null).Height);
            Assert.Equal(77, plain.Resize(null, 77).Width);
            var both = Wide.Resize(10, 300);
            Assert.Equal((10, 300), (both.Width, both.Height));
            Assert.Same(Wide, Wide.Resize(null, null));
        }

        [Fact]
        public void Resize_RefusesSidesOutOfRange_IncludingTheOneKeptInProportion()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Wide.Resize(0, null));
            Assert.Throws<ArgumentOutOfRangeException>(() => Wide.Resize(null, RenderOptions.MaxSide + 1));
            var tall = new RenderOptions { Width = 90, Height = 160 };
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => tall.Resize(RenderOptions.MaxSide, null));
            Assert.Contains("-Height", ex.Message);
        }
    }
}
