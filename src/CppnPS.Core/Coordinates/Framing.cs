using System;
using System.Collections.Generic;
using System.Globalization;

namespace CppnPS.Core.Coordinates
{
    /// <summary>
    /// How the picture is framed on the network's coordinate plane beyond zoom and centre: a rotation, a
    /// symmetry, and supersampling for smooth edges. Immutable; the default frames nothing and renders the
    /// plain picture. Applied to the coordinates (<see cref="CoordinateGrid"/>), so both engines see the same inputs.
    /// </summary>
    public sealed record Framing
    {
        /// <summary>The largest supersampling factor.</summary>
        public const int MaxSupersample = 4;

        /// <summary>The most folds of a radial symmetry.</summary>
        public const int MaxFolds = 64;

        /// <summary>No framing: the plain picture.</summary>
        public static Framing None { get; } = new Framing();

        /// <summary>Turns the pattern about the view's centre by this many degrees, as the Rotate motion of an animation turns it.</summary>
        public double Rotate { get; init; }

        /// <summary>
        /// Renders s x s samples per pixel, evenly spread over it, and averages them (a box filter) for smoother
        /// edges; 1 (the default) renders one sample at the pixel's own coordinates, the plain picture.
        /// </summary>
        public int Supersample { get; init; } = 1;

        /// <summary>The symmetry the picture is folded into.</summary>
        public Symmetry Symmetry { get; init; } = Symmetry.None;

        /// <summary>The n of a <see cref="Symmetry.Radial"/> symmetry (2 to <see cref="MaxFolds"/>); 0 otherwise.</summary>
        public int Folds { get; init; }

        /// <summary>True when nothing is framed: the coordinates are the plain picture's.</summary>
        public bool IsPlain => Rotate == 0 && Supersample == 1 && Symmetry == Symmetry.None;

        /// <summary>The rotation in radians, with whole turns taken out first so that 360 degrees is exactly none.</summary>
        internal double RotationRadians => Math.IEEERemainder(Rotate, 360.0) * (Math.PI / 180.0);

        /// <summary>Checks every value and throws an <see cref="ArgumentException"/> that says what to change.</summary>
        public void Validate()
        {
            if (double.IsNaN(Rotate) || double.IsInfinity(Rotate)) throw new ArgumentOutOfRangeException(nameof(Rotate), Rotate, "The rotation must be a finite number of degrees.");
            if (Supersample < 1 || Supersample > MaxSupersample)
                throw new ArgumentOutOfRangeException(nameof(Supersample), Supersample, $"Supersample must be between 1 (none) and {MaxSupersample}.");
            if (!Enum.IsDefined(typeof(Symmetry), Symmetry)) throw new ArgumentOutOfRangeException(nameof(Symmetry), Symmetry, "Unknown symmetry.");
            if (Symmetry == Symmetry.Radial && (Folds < 2 || Folds > MaxFolds))
                throw new ArgumentOutOfRangeException(nameof(Folds), Folds, $"Radial symmetry needs -Folds between 2 and {MaxFolds}.");
            if (Symmetry != Symmetry.Radial && Folds != 0)
                throw new ArgumentException("-Folds is the n of -Symmetry Radial; give -Symmetry Radial too, or leave -Folds out.", nameof(Folds));
        }

        /// <summary>"none", or "rotate 30, supersample 2, Radial 6".</summary>
        public override string ToString()
        {
            var parts = new List<string>();
            if (Rotate != 0) parts.Add("rotate " + Rotate.ToString("R", CultureInfo.InvariantCulture));
            if (Supersample != 1) parts.Add("supersample " + Supersample.ToString(CultureInfo.InvariantCulture));
            if (Symmetry == Symmetry.Radial) parts.Add("Radial " + Folds.ToString(CultureInfo.InvariantCulture));
            else if (Symmetry != Symmetry.None) parts.Add(Symmetry.ToString());
            return parts.Count == 0 ? "none" : string.Join(", ", parts);
        }
    }
}
