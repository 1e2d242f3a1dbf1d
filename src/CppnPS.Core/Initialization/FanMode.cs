namespace CppnPS.Core.Initialization
{
    /// <summary>Which fan variance scaling divides its scale by.</summary>
    public enum FanMode
    {
        /// <summary>The layer's inputs (Keras and He's default).</summary>
        FanIn,
        /// <summary>The layer's outputs.</summary>
        FanOut,
        /// <summary>The mean of inputs and outputs (Glorot's).</summary>
        FanAvg,
    }
}
