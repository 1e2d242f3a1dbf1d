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
        /// <summary>
        /// SIREN (Sitzmann et al.), for sine activations: the paper's forward is sin(w0 (W x + b)) with the first
        /// layer's W ~ U(-1/fan_in, 1/fan_in) and later layers' U(-sqrt(6/fan_in)/w0, +sqrt(6/fan_in)/w0). The engine
        /// has no w0 factor, so w0 is folded into the stored weights: the first layer is U(-w0/fan_in, +w0/fan_in),
        /// the hidden layers U(-sqrt(6/fan_in), +sqrt(6/fan_in)), and the output layer (linear in the paper, no w0)
        /// U(-sqrt(6/fan_in)/w0, +sqrt(6/fan_in)/w0).
        /// </summary>
        Siren,
        /// <summary>Variance scaling (Keras): variance scale / fan, with the fan and the distribution chosen (<see cref="FanMode"/>, <see cref="InitDistribution"/>).</summary>
        VarianceScaling,
    }
}
