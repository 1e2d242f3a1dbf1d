using System;
using CppnPS.Core.Activations;

namespace CppnPS.Core.Fitting
{
    /// <summary>
    /// Each activation and its derivative in double precision, for training. The catalogue's forms
    /// (<see cref="ActivationFunctions.Apply(Activation, float)"/>) are these rounded to float, which is too coarse for
    /// gradients; a test holds the two to agree for every activation, so an activation added to the
    /// catalogue without a derivative here fails it.
    /// </summary>
    internal static class ActivationGradients
    {
        public static double Value(Activation activation, double z)
        {
            switch (activation)
            {
                case Activation.Tanh: return Math.Tanh(z);
                case Activation.Sigmoid: return 1.0 / (1.0 + Math.Exp(-z));
                case Activation.Relu: return z > 0 ? z : 0;
                case Activation.Identity: return z;
                case Activation.Sin: return Math.Sin(z);
                case Activation.Gaussian: return Math.Exp(-z * z);
                default: throw Unsupported(activation);
            }
        }

        /// <summary>f'(z), given z and a = f(z).</summary>
        public static double Derivative(Activation activation, double z, double a)
        {
            switch (activation)
            {
                case Activation.Tanh: return 1 - a * a;
                case Activation.Sigmoid: return a * (1 - a);
                case Activation.Relu: return z > 0 ? 1 : 0;
                case Activation.Identity: return 1;
                case Activation.Sin: return Math.Cos(z);
                case Activation.Gaussian: return -2 * z * a;
                default: throw Unsupported(activation);
            }
        }

        private static NotSupportedException Unsupported(Activation activation) =>
            new NotSupportedException("Fitting does not support the activation '" + ActivationFunctions.ToName(activation) + "' yet.");
    }
}
