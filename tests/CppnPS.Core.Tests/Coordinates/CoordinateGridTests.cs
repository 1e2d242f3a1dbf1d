using CppnPS.Core.Coordinates;
using Xunit;

namespace CppnPS.Core.Tests.Coordinates
{
    public class CoordinateGridTests
    {
        [Theory]
        [InlineData(64, 1.0)]
        [InlineData(64, 3.0)]
        [InlineData(100, 0.01)]
        [InlineData(37, 7.3)]
        public void Normalized_MatchesTheReferenceFormulaBitForBit(int size, double zoom)
        {
            var grid = CoordinateGrid.Create(new RenderOptions { Width = size, Height = size, Zoom = zoom });
            for (int k = 0; k < size; k++)
            {
                // ref_cppn.py: ((idx / size - 0.5) * zoom).astype(np.float32), evaluated in float64.
                float expected = (float)((k / (double)size - 0.5) * zoom);
                Assert.Equal(expected, grid.RowValues[k]);
                Assert.Equal(expected, grid.ColumnValues[k]);
            }
        }

        [Fact]
        public void RowIsTheFirstInputAndSpansTheHeight()
        {
            var grid = CoordinateGrid.Create(new RenderOptions { Width = 8, Height = 4 });
            Assert.Equal(4, grid.RowValues.Length);
            Assert.Equal(8, grid.ColumnValues.Length);
            Assert.Equal(-0.5f, grid.RowValues[0]);
            Assert.Equal(0.25f, grid.RowValues[3]);
            Assert.Equal(0.375f, grid.ColumnValues[7]);
        }

        [Fact]
        public void AspectCorrect_KeepsOneScaleOnBothAxes()
        {
            var grid = CoordinateGrid.Create(new RenderOptions { Width = 200, Height = 100, CoordinateMode = CoordinateMode.AspectCorrect });
            Assert.Equal(-0.5f, grid.RowValues[0]);
            Assert.Equal(-1.0f, grid.ColumnValues[0]);
            float rowStep = grid.RowValues[1] - grid.RowValues[0];
            float colStep = grid.ColumnValues[1] - grid.ColumnValues[0];
            Assert.Equal(rowStep, colStep, 6);
        }

        [Fact]
        public void AspectCorrect_EqualsNormalizedForSquareImages()
        {
            var a = CoordinateGrid.Create(new RenderOptions { Width = 77, Height = 77, Zoom = 2.5, CoordinateMode = CoordinateMode.AspectCorrect });
            var b = CoordinateGrid.Create(new RenderOptions { Width = 77, Height = 77, Zoom = 2.5 });
            Assert.Equal(b.RowValues, a.RowValues);
            Assert.Equal(b.ColumnValues, a.ColumnValues);
        }

        [Fact]
        public void Pixel_GivesRawIndices()
        {
            var grid = CoordinateGrid.Create(new RenderOptions { Width = 128, Height = 128, CoordinateMode = CoordinateMode.Pixel });
            Assert.Equal(0f, grid.RowValues[0]);
            Assert.Equal(127f, grid.ColumnValues[127]);
        }

        [Fact]
        public void Center_PansBothAxes()
        {
            var grid = CoordinateGrid.Create(new RenderOptions { Width = 4, Height = 4, CenterX = 10, CenterY = -3 });
            Assert.Equal(9.5f, grid.ColumnValues[0]);
            Assert.Equal(-3.5f, grid.RowValues[0]);
        }

        [Theory]
        [InlineData(12, 7, 1.0, 0.0, 0.0)]
        [InlineData(7, 12, 1.0, 0.0, 0.0)]
        [InlineData(100, 37, 3.0, 0.25, -1.5)]
        public void Article_DividesEachAxisByTheOtherAxisLength_BitForBit(int width, int height, double zoom, double centerX, double centerY)
        {
            var grid = CoordinateGrid.Create(new RenderOptions { Width = width, Height = height, Zoom = zoom, CenterX = centerX, CenterY = centerY, CoordinateMode = CoordinateMode.Article });
            Assert.Equal(height, grid.RowValues.Length);
            Assert.Equal(width, grid.ColumnValues.Length);
            // The article's run_net(net, size_x = height, size_y = width): row i gets float(i) / size_y - 0.5,
            // column j gets float(j) / size_x - 0.5, in float64, rounded once to float32.
            for (int i = 0; i < height; i++)
                Assert.Equal((float)(((double)i / width - 0.5) * zoom + centerY), grid.RowValues[i]);
            for (int j = 0; j < width; j++)
                Assert.Equal((float)(((double)j / height - 0.5) * zoom + centerX), grid.ColumnValues[j]);
        }

        [Fact]
        public void Article_DiffersFromNormalizedForNonSquareImages()
        {
            var article = CoordinateGrid.Create(new RenderOptions { Width = 16, Height = 9, CoordinateMode = CoordinateMode.Article });
            var normalized = CoordinateGrid.Create(new RenderOptions { Width = 16, Height = 9 });
            Assert.Equal(-0.5f, article.RowValues[0]);
            Assert.Equal(8f / 16f - 0.5f, article.RowValues[8]);
            Assert.Equal(15f / 9f - 0.5f, article.ColumnValues[15]);
            Assert.NotEqual(normalized.RowValues, article.RowValues);
            Assert.NotEqual(normalized.ColumnValues, article.ColumnValues);
        }

        [Theory]
        [InlineData(64, 1.0)]
        [InlineData(37, 7.3)]
        public void Article_EqualsNormalizedForSquareImages(int size, double zoom)
        {
            var a = CoordinateGrid.Create(new RenderOptions { Width = size, Height = size, Zoom = zoom, CenterX = 0.5, CoordinateMode = CoordinateMode.Article });
            var b = CoordinateGrid.Create(new RenderOptions { Width = size, Height = size, Zoom = zoom, CenterX = 0.5 });
            Assert.Equal(b.RowValues, a.RowValues);
            Assert.Equal(b.ColumnValues, a.ColumnValues);
        }

        [Fact]
        public void Radius_IsTheDistanceFromTheOrigin()
        {
            Assert.Equal(5f, CoordinateGrid.Radius(3f, 4f));
        }
    }
}
