using System;
using CppnPS.Core.Activations;

namespace CppnPS.Core.Analysis
{
    /// <summary>
    /// When a unit counts as saturated (stuck on a flat tail of its activation, where a change of
    /// input barely changes the output) or as near zero (its weighted sum has collapsed to 0).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Saturation is tanh's |a| &gt; 0.99, where tanh' = 1 - a^2 &lt; 0.02: the output has gone 99% of
    /// the way from tanh(0) to its limit. Every activation with a flat tail gets the same rule: a
    /// pre-activation counts as saturated beyond the point where the tail has gone 99% of the way to
    /// its limit, from f(0), or for the tails that dip first (silu, gelu) from the bottom of the dip.
    /// The rule is judged on the pre-activation, where the tails lie; the points are:
    /// </para>
    /// <list type="bullet">
    /// <item>tanh, bounded (-1, 1), both tails: |z| &gt; atanh(0.99) = 2.647 (|a| &gt; 0.99);</item>
    /// <item>sigmoid = (1 + tanh(z / 2)) / 2, bounded (0, 1), both tails: |z| &gt; 5.293 (|2a - 1| &gt; 0.99);</item>
    /// <item>gaussian exp(-z^2), bounded (0, 1], both tails flatten to 0: |z| &gt; sqrt(ln 100) = 2.146 (a &lt; 0.01);</item>
    /// <item>hat max(0, 1 - |z|), bounded [0, 1], both tails exactly 0 from |z| = 1: |z| &gt; 0.99;</item>
    /// <item>elu, unbounded above, its negative tail flattens to -alpha: z &lt; ln 0.01 = -4.605 whatever alpha (none when alpha is 0, which is relu);</item>
    /// <item>softplus, unbounded above, its negative tail flattens to 0 from ln 2: z &lt; -4.968;</item>
    /// <item>silu, unbounded above, dips to -0.278 at z = -1.278 and its negative tail climbs back to 0: z &lt; -7.96;</item>
    /// <item>gelu and gelutanh, unbounded above, dip to -0.170 at z = -0.752, negative tail back to 0: z &lt; -3.28 (gelutanh -3.23).</item>
    /// </list>
    /// <para>
    /// The others never count as saturated. relu and leakyrelu are unbounded, and relu's zero half is
    /// reached by the sign of the sum, not its size: relu(k z) = k relu(z), so larger weights never move
    /// a unit onto it (a unit dead everywhere shows as a UnitRange of 0 instead). identity, abs and
    /// square are unbounded and have no flat part; sin, cos and sawtooth are bounded but periodic: they
    /// never settle on a limit, and a larger sum only runs through more periods (sin and cos are flat
    /// only at their tops, which recur, sawtooth nowhere).
    /// </para>
    /// <para>
    /// Near zero is judged on the pre-activation, |sum| &lt; 0.01: the article's argument is about
    /// the sums collapsing to 0, where tanh gives 0 and sigmoid gives 0.5 whatever the input.
    /// </para>
    /// </remarks>
    public static class SaturationRule
    {
        /// <summary>
        /// |tanh| above this counts as saturated: the share of the way from f(0) to its limit that
        /// a flat tail of any activation must have gone to count as saturated.
        /// </summary>
        public const double TanhLimit = 0.99;

        /// <summary>A pre-activation whose magnitude is below this counts as near zero.</summary>
        public const double NearZeroLimit = 0.01;

        // Where each activation's flat tails begin, on the pre-activation, in the order of Activation;
        // worked out once from the exact forms (ActivationFunctions.Exact), so the rule and the functions
        // cannot drift apart.
        private static readonly FlatTails?[] Tails = ComputeTails();

        /// <summary>
        /// True when the weighted sum <paramref name="preActivation"/> puts a unit with
        /// <paramref name="activation"/> on a flat tail (see the remarks for each activation).
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">An activation the rule does not know.</exception>
        public static bool IsSaturated(ActivationSpec activation, double preActivation)
        {
            FlatTails tails = TailsOf(activation);
            return preActivation < tails.Below || preActivation > tails.Above;
        }

        /// <summary>True when the weighted sum <paramref name="preActivation"/> has collapsed to about 0.</summary>
        public static bool IsNearZero(double preActivation) => preActivation < NearZeroLimit && preActivation > -NearZeroLimit;

        /// <summary>
        /// The pre-activations beyond which <paramref name="activation"/> is saturated: below
        /// <see cref="FlatTails.Below"/> or above <see cref="FlatTails.Above"/> (infinite on a side that never flattens).
        /// </summary>
        internal static FlatTails TailsOf(ActivationSpec activation)
        {
            int index = (int)activation.Kind;
            if (index < 0 || index >= Tails.Length || Tails[index] is not FlatTails known)
                throw new ArgumentOutOfRangeException(nameof(activation), activation.Kind, "The saturation rule does not know this activation.");
            // elu with alpha 0 is relu, whose zero half is not a tail (see the remarks).
            if (activation.Kind == Activation.Elu && activation.Parameter == 0f) return FlatTails.None;
            return known;
        }

        /// <summary>True for the activations whose output stays within a bounded range, whatever the input.</summary>
        /// <exception cref="ArgumentOutOfRangeException">An activation the rule does not know.</exception>
        internal static bool IsBounded(Activation activation)
            => TryDescribe(activation, out bool bounded, out _, out _) ? bounded
                : throw new ArgumentOutOfRangeException(nameof(activation), activation, "The saturation rule does not know this activation.");

        /// <summary>
        /// Each activation's shape as the rule sees it: bounded or not, and for each flat tail the
        /// limit it flattens to and where it starts (the point from which the 99% is measured: 0, or
        /// the bottom of the dip before the tail). False for an activation without a case here, which
        /// <see cref="IsSaturated"/> then refuses, so a new activation cannot fall through the rule unnoticed.
        /// </summary>
        private static bool TryDescribe(Activation activation, out bool bounded, out TailShape? left, out TailShape? right)
        {
            left = null;
            right = null;
            switch (activation)
            {
                case Activation.Tanh: bounded = true; left = new TailShape(-1, 0); right = new TailShape(1, 0); return true;
                case Activation.Sigmoid: bounded = true; left = new TailShape(0, 0); right = new TailShape(1, 0); return true;
                case Activation.Gaussian:
                case Activation.Hat:
                    bounded = true; left = new TailShape(0, 0); right = new TailShape(0, 0); return true;
                case Activation.Elu: bounded = false; left = new TailShape(-1, 0); return true;
                case Activation.Softplus: bounded = false; left = new TailShape(0, 0); return true;
                case Activation.Silu:
                case Activation.Gelu:
                case Activation.GeluTanh:
                    bounded = false; left = new TailShape(0, Minimum(activation)); return true;
                case Activation.Relu:
                case Activation.LeakyRelu:
                case Activation.Identity:
                case Activation.Abs:
                case Activation.Square:
                    bounded = false; return true;
                case Activation.Sin:
                case Activation.Cos:
                case Activation.Sawtooth:
                    bounded = true; return true;
                default:
                    bounded = false; return false;
            }
        }

        private static FlatTails?[] ComputeTails()
        {
            Activation[] all = (Activation[])Enum.GetValues(typeof(Activation));
            var tails = new FlatTails?[all.Length];
            foreach (Activation activation in all)
            {
                if (!TryDescribe(activation, out _, out TailShape? left, out TailShape? right)) continue;
                tails[(int)activation] = new FlatTails(
                    left is TailShape l ? TailStart(activation, l, -1) : double.NegativeInfinity,
                    right is TailShape r ? TailStart(activation, r, +1) : double.PositiveInfinity);
            }
            return tails;
        }

        /// <summary>
        /// Where the tail on side <paramref name="side"/> (-1 left, +1 right) has gone <see cref="TanhLimit"/>
        /// of the way from its start to its limit, by bisection on the exact form (monotone there).
        /// </summary>
        private static double TailStart(Activation activation, TailShape shape, int side)
        {
            var spec = new ActivationSpec(activation);
            double from = shape.From;
            double start = ActivationFunctions.Exact(spec, from);
            double target = (1 - TanhLimit) * Math.Abs(start - shape.Limit);
            double inner = from, outer = from + side * 64;
            for (int k = 0; k < 200; k++)
            {
                double middle = (inner + outer) / 2;
                if (Math.Abs(ActivationFunctions.Exact(spec, middle) - shape.Limit) > target) inner = middle;
                else outer = middle;
            }
            return (inner + outer) / 2;
        }

        /// <summary>Where a dipping tail (silu, gelu) has its minimum, by golden-section search on the exact form.</summary>
        private static double Minimum(Activation activation)
        {
            var spec = new ActivationSpec(activation);
            double a = -4, b = 0;
            double g = (Math.Sqrt(5) - 1) / 2;
            for (int k = 0; k < 200; k++)
            {
                double c = b - g * (b - a), d = a + g * (b - a);
                if (ActivationFunctions.Exact(spec, c) < ActivationFunctions.Exact(spec, d)) b = d;
                else a = c;
            }
            return (a + b) / 2;
        }

        /// <summary>A flat tail: the value it flattens to, and the pre-activation its approach is measured from.</summary>
        private readonly struct TailShape
        {
            public TailShape(double limit, double from)
            {
                Limit = limit;
                From = from;
            }

            public double Limit { get; }

            public double From { get; }
        }

        /// <summary>The pre-activations beyond which a unit is saturated: below Below or above Above.</summary>
        internal readonly struct FlatTails
        {
            public FlatTails(double below, double above)
            {
                Below = below;
                Above = above;
            }

            /// <summary>Neither side flattens.</summary>
            public static FlatTails None => new FlatTails(double.NegativeInfinity, double.PositiveInfinity);

            /// <summary>Saturated below this; negative infinity when the left side never flattens.</summary>
            public double Below { get; }

            /// <summary>Saturated above this; positive infinity when the right side never flattens.</summary>
            public double Above { get; }
        }
    }
}
