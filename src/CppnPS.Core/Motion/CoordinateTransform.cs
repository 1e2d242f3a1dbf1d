using System;
using CppnPS.Core.Coordinates;

namespace CppnPS.Core.Motion
{
    /// <summary>
    /// A transform of the coordinate plane that a still render does not have: a rotation about the
    /// view's centre, a spiral twist and a wave warp. It is applied in double precision to each
    /// pixel's coordinates, zoomed but before the centre is added (so it turns about the view's centre;
    /// in Pixel mode, about pixel (0, 0) moved by the centre), and the result is rounded once to float,
    /// so both engines read the same inputs. Its sines and cosines are <see cref="CanonicalMath"/>'s, the same
    /// bits on every machine.
    /// </summary>
    /// <param name="Rotation">Counter-clockwise rotation in radians (the column axis towards the row axis).</param>
    /// <param name="SpiralTwist">Extra rotation per unit of distance from the centre, in radians: a point at radius r turns by SpiralTwist * r.</param>
    /// <param name="WaveAmplitude">How far the wave moves a coordinate, in coordinate units.</param>
    /// <param name="WaveFrequency">Wave cycles per coordinate unit.</param>
    /// <param name="WavePhase">Phase of the wave in radians.</param>
    internal sealed record CoordinateTransform(double Rotation, double SpiralTwist, double WaveAmplitude, double WaveFrequency, double WavePhase)
    {
        /// <summary>No change: the grid stays separable and renders exactly as a still.</summary>
        public static CoordinateTransform Identity { get; } = new CoordinateTransform(0, 0, 0, 0, 0);

        /// <summary>True when every coordinate is left as it is.</summary>
        public bool IsIdentity => Rotation == 0 && SpiralTwist == 0 && WaveAmplitude == 0;

        /// <summary>Transforms the point (<paramref name="row"/>, <paramref name="column"/>), both relative to the view's centre.</summary>
        public void Apply(ref double row, ref double column)
        {
            if (Rotation != 0) Rotate(Rotation, ref row, ref column);
            if (SpiralTwist != 0) Rotate(SpiralTwist * Math.Sqrt(row * row + column * column), ref row, ref column);
            if (WaveAmplitude != 0)
            {
                // Each axis is displaced by a sine of the other, so the warp is symmetric in the two axes.
                double k = 2 * Math.PI * WaveFrequency;
                double r = row, c = column;
                column = c + WaveAmplitude * CanonicalMath.Sin(k * r + WavePhase);
                row = r + WaveAmplitude * CanonicalMath.Sin(k * c + WavePhase);
            }
        }

        private static void Rotate(double angle, ref double row, ref double column)
        {
            CanonicalMath.SinCos(angle, out double sin, out double cos);
            double c = column * cos - row * sin;
            double r = column * sin + row * cos;
            column = c;
            row = r;
        }
    }
}
