using System;
using CppnPS.Core.Activations;

namespace CppnPS.Core.Fitting
{
    /// <summary>
    /// Each activation (with its parameter) and its derivative in double precision, for training.
    /// The values are the catalogue's exact forms (<see cref="ActivationFunctions.Apply(ActivationSpec, float)"/>
    /// is them rounded to float, which is too coarse for gradients); a test holds every derivative
    /// to finite differences, so an activation added to the catalogue without one here fails it.
    /// </summary>
    internal static class ActivationGradients
    {
        private static readonly double SqrtTwoOverPi = Math.Sqrt(2 / Math.PI);
        private static readonly double InverseSqrtTwoPi = 1 / Math.Sqrt(2 * Math.PI);

        public static double Value(ActivationSpec activation, double z) => ActivationFunctions.Exact(activation, z);

        /// <summary>f'(z), given z and a = f(z); at a kink (relu, abs, hat) or a jump (sawtooth) the one-sided value the code picks.</summary>
        public static double Derivative(ActivationSpec activation, double z, double a)
        {
            double p = activation.Parameter;
            switch (activation.Kind)
            {
                case Activation.Tanh: return 1 - a * a;
                case Activation.Sigmoid: return a * (1 - a);
                case Activation.Relu: return z > 0 ? 1 : 0;
                case Activation.Identity: return 1;
                case Activation.Sin: return Math.Cos(z);
                case Activation.Gaussian: return -2 * z * a;
                case Activation.LeakyRelu: return z > 0 ? 1 : p;
                case Activation.Elu: return z > 0 ? 1 : p * Math.Exp(z);
                case Activation.Gelu:
                    // Phi(z) + z phi(z), Phi and phi the standard normal's distribution and density.
                    return Phi(z) + z * InverseSqrtTwoPi * Math.Exp(-0.5 * z * z);
                case Activation.GeluTanh:
                    {
                        double t = Math.Tanh(SqrtTwoOverPi * (z + 0.044715 * z * z * z));
                        return 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * SqrtTwoOverPi * (1 + 3 * 0.044715 * z * z);
                    }
                case Activation.Softplus: return Sigmoid(z);
                case Activation.Silu: { double s = Sigmoid(z); return s + z * s * (1 - s); }
                case Activation.Cos: return -Math.Sin(z);
                case Activation.Abs: return z > 0 ? 1 : z < 0 ? -1 : 0;
                case Activation.Square: return 2 * z;
                case Activation.Hat: return Math.Abs(z) >= 1 ? 0 : z > 0 ? -1 : z < 0 ? 1 : 0;
                case Activation.Sawtooth: return 2;
                default: throw new NotSupportedException("Fitting does not support the activation '" + activation + "'.");
            }
        }

        private static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));

        private static double Phi(double z) => z >= 0
            ? 0.5 * (1 + MathNet.Numerics.SpecialFunctions.Erf(z / Math.Sqrt(2)))
            : 0.5 * MathNet.Numerics.SpecialFunctions.Erfc(-z / Math.Sqrt(2));
    }
}
