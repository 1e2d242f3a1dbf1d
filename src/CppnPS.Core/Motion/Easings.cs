using System;
using System.Globalization;
using CppnPS.Core.Coordinates;

namespace CppnPS.Core.Motion
{
    /// <summary>The easing curves, and their names as a user types them.</summary>
    public static class Easings
    {
        /// <summary>"Linear, Smoothstep, Sinusoid": the names <see cref="Parse"/> accepts.</summary>
        public static string NameList { get; } = string.Join(", ", Enum.GetNames(typeof(Easing)));

        /// <summary>
        /// The progress at time <paramref name="t"/> in [0, 1]. Every curve gives exactly 0 at 0 and exactly 1 at 1,
        /// so the first and last frames of an eased motion are exactly its ends.
        /// </summary>
        public static double Apply(Easing easing, double t)
        {
            switch (easing)
            {
                case Easing.Linear: return t;
                case Easing.Smoothstep: return t * t * (3.0 - 2.0 * t);
                case Easing.Sinusoid: return (1.0 - CanonicalMath.Cos(Math.PI * t)) / 2.0;
                default: throw new ArgumentOutOfRangeException(nameof(easing), easing, "Expected one of " + NameList + ".");
            }
        }

        /// <summary>The easing named <paramref name="name"/>, case-insensitively.</summary>
        /// <exception cref="InvalidAnimationException">The name is none of <see cref="NameList"/> (<see cref="AnimationProblem.Easing"/>).</exception>
        public static Easing Parse(string name)
        {
            if (name != null)
                foreach (string known in Enum.GetNames(typeof(Easing)))
                    if (string.Equals(known, name.Trim(), StringComparison.OrdinalIgnoreCase))
                        return (Easing)Enum.Parse(typeof(Easing), known);
            throw new InvalidAnimationException(AnimationProblem.Easing, string.Format(CultureInfo.InvariantCulture,
                "Unknown easing '{0}'. Use one of {1}.", name, NameList));
        }
    }
}
