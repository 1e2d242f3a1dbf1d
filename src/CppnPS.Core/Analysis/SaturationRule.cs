using CppnPS.Core.Activations;

namespace CppnPS.Core.Analysis
{
    /// <summary>
    /// When a unit counts as saturated (stuck on a flat part of its activation, where a change of
    /// input barely changes the output) or as near zero (its weighted sum has collapsed to 0).
    /// </summary>
    /// <remarks>
    /// Saturation is tanh's |a| &gt; 0.99, where tanh' = 1 - a^2 &lt; 0.02, and the same rule for the
    /// other bounded activations: sigmoid(x) = (1 + tanh(x / 2)) / 2, so its equivalent is
    /// |2a - 1| &gt; 0.99; gaussian exp(-x^2) is flat in its tails, a &lt; 0.01. Relu, identity and sin
    /// have no flat tail and never count as saturated (a dead relu unit is near zero instead).
    /// Near zero is judged on the pre-activation, |sum| &lt; 0.01: the article's argument is about
    /// the sums collapsing to 0, where tanh gives 0 and sigmoid gives 0.5 whatever the input.
    /// </remarks>
    public static class SaturationRule
    {
        /// <summary>|tanh| above this counts as saturated.</summary>
        public const double TanhLimit = 0.99;

        /// <summary>A pre-activation whose magnitude is below this counts as near zero.</summary>
        public const double NearZeroLimit = 0.01;

        /// <summary>True when the activated value <paramref name="activated"/> sits on a flat tail of <paramref name="activation"/>.</summary>
        public static bool IsSaturated(Activation activation, double activated)
        {
            switch (activation)
            {
                case Activation.Tanh: return activated > TanhLimit || activated < -TanhLimit;
                case Activation.Sigmoid:
                    double centred = 2.0 * activated - 1.0;
                    return centred > TanhLimit || centred < -TanhLimit;
                case Activation.Gaussian: return activated < 1.0 - TanhLimit;
                default: return false;
            }
        }

        /// <summary>True when the weighted sum <paramref name="preActivation"/> has collapsed to about 0.</summary>
        public static bool IsNearZero(double preActivation) => preActivation < NearZeroLimit && preActivation > -NearZeroLimit;
    }
}
