using System;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Motion;
using Xunit;

namespace CppnPS.Core.Tests.Motion
{
    public class TransformedGridTests
    {
        private static readonly RenderOptions Options = new RenderOptions { Width = 7, Height = 4, Zoom = 2, CenterX = 0.25, CenterY = -0.5 };

        [Fact]
        public void IdentityTransform_KeepsTheStillsSeparableGrid()
        {
            CoordinateGrid plain = CoordinateGrid.Create(Options);
            CoordinateGrid identity = CoordinateGrid.Create(Options, CoordinateTransform.Identity);
            Assert.True(identity.IsSeparable);
            Assert.Equal(plain.RowValues, identity.RowValues);
            Assert.Equal(plain.ColumnValues, identity.ColumnValues);
        }

        [Fact]
        public void Rotation_TurnsEachPixelAboutTheViewCentre_RoundedOnce()
        {
            double angle = 0.7;
            CoordinateGrid grid = CoordinateGrid.Create(Options, CoordinateTransform.Identity with { Rotation = angle });
            Assert.False(grid.IsSeparable);
            // The canonical sine and cosine (the same bits everywhere), within 1 ulp of the C library's.
            CanonicalMath.SinCos(angle, out double sin, out double cos);
            Assert.Equal(Math.Sin(angle), sin, 15);
            Assert.Equal(Math.Cos(angle), cos, 15);
            for (int r = 0; r < Options.Height; r++)
            {
                for (int c = 0; c < Options.Width; c++)
                {
                    double y = (r / 4.0 - 0.5) * 2, x = (c / 7.0 - 0.5) * 2;
                    Assert.Equal((float)(x * cos - y * sin + 0.25), grid.ColumnAt(r, c));
                    Assert.Equal((float)(x * sin + y * cos - 0.5), grid.RowAt(r, c));
                }
            }
        }

        [Fact]
        public void Wave_MovesEachAxisByASineOfTheOther()
        {
            var wave = CoordinateTransform.Identity with { WaveAmplitude = 0.1, WaveFrequency = 2, WavePhase = 1 };
            CoordinateGrid grid = CoordinateGrid.Create(Options, wave);
            double y = (3 / 4.0 - 0.5) * 2, x = (5 / 7.0 - 0.5) * 2;
            Assert.Equal((float)(x + 0.1 * CanonicalMath.Sin(4 * Math.PI * y + 1) + 0.25), grid.ColumnAt(3, 5));
            Assert.Equal((float)(y + 0.1 * CanonicalMath.Sin(4 * Math.PI * x + 1) - 0.5), grid.RowAt(3, 5));
        }

        [Fact]
        public void Spiral_TurnsFartherPixelsFarther()
        {
            var spiral = CoordinateTransform.Identity with { SpiralTwist = 3 };
            double row = 0.3, column = 0.4;
            spiral.Apply(ref row, ref column);
            double angle = 3 * 0.5;
            Assert.Equal(0.4 * Math.Cos(angle) - 0.3 * Math.Sin(angle), column, 15);
            Assert.Equal(0.4 * Math.Sin(angle) + 0.3 * Math.Cos(angle), row, 15);
        }
    }
}
