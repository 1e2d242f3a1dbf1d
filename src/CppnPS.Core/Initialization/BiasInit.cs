namespace CppnPS.Core.Initialization
{
    /// <summary>How biases are drawn.</summary>
    public enum BiasInit
    {
        /// <summary>U(-1/sqrt(fan_in), +1/sqrt(fan_in)) whatever the weight scheme: what the article actually had,
        /// because its init only re-drew the weights.</summary>
        TorchDefault,
        /// <summary>The same scheme and scale as the weights.</summary>
        Same,
        /// <summary>All zero.</summary>
        Zero,
        /// <summary>N(0, s^2) with s the bias scale (hardmaru's biases).</summary>
        Normal,
    }
}
