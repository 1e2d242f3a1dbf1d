namespace CppnPS.Core.Initialization
{
    /// <summary>The distribution variance scaling draws from; each has variance scale / fan.</summary>
    public enum InitDistribution
    {
        /// <summary>N(0, scale / fan) truncated at two standard deviations and widened (by 1 / 0.8796...) so that the variance stays scale / fan, as Keras does.</summary>
        TruncatedNormal,
        /// <summary>N(0, scale / fan).</summary>
        Normal,
        /// <summary>U(-sqrt(3 scale / fan), +sqrt(3 scale / fan)).</summary>
        Uniform,
    }
}
