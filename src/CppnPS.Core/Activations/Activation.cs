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
        /// <summary>x for x &gt; 0, else slope * x (PyTorch LeakyReLU; the slope is a parameter, 0.01 by default).</summary>
        LeakyRelu,
        /// <summary>x for x &gt; 0, else alpha * (e^x - 1) (PyTorch ELU; alpha is a parameter, 1 by default).</summary>
        Elu,
        /// <summary>x * Phi(x) = 0.5 x (1 + erf(x / sqrt 2)): PyTorch GELU, the exact (erf) form.</summary>
        Gelu,
        /// <summary>0.5 x (1 + tanh(sqrt(2 / pi) (x + 0.044715 x^3))): PyTorch GELU(approximate='tanh').</summary>
        GeluTanh,
        /// <summary>ln(1 + e^x): a smooth relu (PyTorch Softplus).</summary>
        Softplus,
        /// <summary>x / (1 + e^-x), also called swish (PyTorch SiLU).</summary>
        Silu,
        /// <summary>cos(x): periodic, even.</summary>
        Cos,
        /// <summary>|x|: folds the plane into mirror images.</summary>
        Abs,
        /// <summary>x^2.</summary>
        Square,
        /// <summary>max(0, 1 - |x|): a triangle bump of half-width 1.</summary>
        Hat,
        /// <summary>2 (x - floor(x + 1/2)): a sawtooth of period 1 and range [-1, 1), linear (2x) through the origin.</summary>
        Sawtooth,
    }
}
