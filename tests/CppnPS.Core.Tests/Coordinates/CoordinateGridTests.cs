using CppnPS.Core.Coordinates;
using CppnPS.Core.Rendering;
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

        [Fact]
        public void Radius_IsTheDistanceFromTheOrigin()
        {
            Assert.Equal(5f, CoordinateGrid.Radius(3f, 4f));
        }
    }
}
