namespace CppnPS.Core.Activations
{
    /// <summary>The activation applied after a layer's weighted sum.</summary>
    public enum Activation
    {
        /// <summary>Hyperbolic tangent: the article's hidden-layer activation, range (-1, 1).</summary>
        Tanh,
        /// <summary>Logistic sigmoid 1 / (1 + e^-x): the article's output activation, range (0, 1).</summary>
        Sigmoid,
        /// <summary>max(0, x).</summary>
        Relu,
        /// <summary>x unchanged.</summary>
        Identity,
        /// <summary>sin(x): periodic, gives repeating stripes.</summary>
        Sin,
        /// <summary>exp(-x^2): a bump, gives symmetric blobs (a classic CPPN activation).</summary>
        Gaussian,
    }
}
