namespace CppnPS.Core.Initialization
{
    /// <summary>How weights are drawn.</summary>
    public enum InitScheme
    {
        /// <summary>PyTorch's nn.Linear default, U(-1/sqrt(fan_in), +1/sqrt(fan_in)). Gives the article's grey square (E1).</summary>
        TorchDefault,
        /// <summary>U(-scale, +scale). The article uses scale 100 (E2-E4) and 3 (E5).</summary>
        Uniform,
        /// <summary>N(0, scale^2). The article's main style (E6 onward) uses scale 1.</summary>
        Normal,
    }
}
