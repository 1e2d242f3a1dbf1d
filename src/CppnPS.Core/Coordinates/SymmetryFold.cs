using System;

namespace CppnPS.Core.Coordinates
{
    /// <summary>
    /// Folds a point of the picture, given in pixels from the picture's centre ((width - 1) / 2, (height - 1) / 2),
    /// into the part of the picture a <see cref="Symmetry"/> repeats. Points that the symmetry maps onto each other
    /// fold to the same point, to the bit, wherever they lie on the pixel lattice: the mirrors and the half and
    /// quarter turns are sign changes and swaps, exact in floating point; only the remaining turn of a radial
    /// symmetry uses trigonometry (<see cref="CanonicalMath"/>, the same bits on every machine), and it is the same
    /// for all lattice mates since they reach it from the same point.
    /// </summary>
    internal static class SymmetryFold
    {
        public static void Apply(Framing framing, ref double u, ref double v)
        {
            switch (framing.Symmetry)
            {
                case Symmetry.MirrorX:
                    u = -Math.Abs(u);
                    break;
                case Symmetry.MirrorY:
                    v = -Math.Abs(v);
                    break;
                case Symmetry.MirrorXY:
                    u = -Math.Abs(u);
                    v = -Math.Abs(v);
                    break;
                case Symmetry.Radial:
                    Radial(framing.Folds, ref u, ref v);
                    break;
            }
            // -0 and +0 give the same coordinate, but keep the folded points identical bit for bit too.
            u += 0.0;
            v += 0.0;
        }

        private static void Radial(int folds, ref double u, ref double v)
        {
            if (u == 0 && v == 0) return;
            if (folds % 4 == 0)
            {
                // Quarter turns, exact, into the quadrant u > 0, v >= 0.
                while (!(u > 0 && v >= 0))
                {
                    double t = u;
                    u = -v;
                    v = t;
                }
            }
            else if (folds % 2 == 0 && (v < 0 || (v == 0 && u < 0)))
            {
                // A half turn, exact, into the half plane v >= 0.
                u = -u;
                v = -v;
            }
            double sector = 2 * Math.PI / folds;
            double angle = CanonicalMath.Atan2(v, u);
            if (angle < 0) angle += 2 * Math.PI;
            double turns = Math.Floor(angle / sector);
            if (turns <= 0) return;
            double radius = Math.Sqrt(u * u + v * v);
            double folded = angle - turns * sector;
            CanonicalMath.SinCos(folded, out double sin, out double cos);
            u = radius * cos;
            v = radius * sin;
        }
    }
}
