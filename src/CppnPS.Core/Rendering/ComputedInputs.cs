using System;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// The one place that computes the inputs derived from a pixel's coordinates (bias, d, theta,
    /// sin_theta, cos_theta and the Fourier features). Each is computed in double from the float
    /// row and column (theta by <see cref="CanonicalMath.Atan2"/>, the same bits everywhere) and rounded
    /// once to float, except the Fourier features, whose argument is
    /// rounded once to float and then goes through the engine's own sine (the sin activation's),
    /// so that every engine and SIMD path reads the same bytes.
    /// </summary>
    internal static class ComputedInputs
    {
        /// <summary>Picbreeder's factor: d = 1.4 r.</summary>
        public const double DistanceFactor = 1.4;

        private const double TwoPi = 2.0 * Math.PI;
        private const double HalfPi = 0.5 * Math.PI;

        /// <summary>
        /// The value of a computed input of kind <paramref name="kind"/> at (<paramref name="row"/>,
        /// <paramref name="column"/>); <paramref name="bRow"/> and <paramref name="bColumn"/> are a
        /// Fourier feature's frequencies (ignored by the other kinds).
        /// </summary>
        public static float Value(InputKind kind, float bRow, float bColumn, float row, float column)
        {
            switch (kind)
            {
                case InputKind.Bias:
                    return 1f;
                case InputKind.Distance:
                    return (float)(DistanceFactor * RadiusDouble(row, column));
                case InputKind.Theta:
                    return (float)CanonicalMath.Atan2(row, column);
                case InputKind.SinTheta:
                {
                    double r = RadiusDouble(row, column);
                    return r == 0 ? 0f : (float)(row / r);
                }
                case InputKind.CosTheta:
                {
                    double r = RadiusDouble(row, column);
                    return r == 0 ? 0f : (float)(column / r);
                }
                case InputKind.FourierSin:
                case InputKind.FourierCos:
                    return FastActivations.Sin(FourierArgument(kind, bRow, bColumn, row, column));
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a computed input.");
            }
        }

        /// <summary>
        /// The argument whose engine sine is a Fourier feature: 2 pi (b_row row + b_col col), plus pi/2 for the
        /// cosine (cos t = sin(t + pi/2), the shift made in double), rounded once to float. A lane of
        /// arguments may go through the sin activation's vector path, which gives the same bytes as <see cref="Value"/>.
        /// </summary>
        public static float FourierArgument(InputKind kind, float bRow, float bColumn, float row, float column)
        {
            double t = TwoPi * ((double)bRow * row + (double)bColumn * column);
            return (float)(kind == InputKind.FourierCos ? t + HalfPi : t);
        }

        /// <summary>Whether inputs of kind <paramref name="kind"/> are computed here.</summary>
        public static bool IsComputed(InputKind kind) => kind >= InputKind.Bias;

        // A float's square is exact in double, so only the sum and the root round.
        private static double RadiusDouble(float row, float column) => Math.Sqrt((double)row * row + (double)column * column);
    }
}
