using System;
using System.Collections.Generic;
using System.Globalization;

namespace CppnPS.Core.Activations
{
    /// <summary>
    /// The catalogue of activation names, and the exact (double precision, rounded once to float)
    /// forms of every activation: the ground truth the fast engines are held against.
    /// </summary>
    /// <remarks>
    /// Every activation has one canonical spelling, lower case, used in genome files, summaries,
    /// views, completion and error messages; names are parsed case-insensitively.
    /// </remarks>
    public static class ActivationFunctions
    {
        // In the order of the enum, which is the order the names are listed everywhere.
        private static readonly string[] CanonicalNames =
        {
            "tanh", "sigmoid", "relu", "identity", "sin", "gaussian",
            "leakyrelu", "elu", "gelu", "gelutanh", "softplus", "silu", "cos", "abs", "square", "hat", "sawtooth",
        };

        // Other names accepted when parsing (PyTorch and Keras spellings), never written.
        private static readonly KeyValuePair<string, Activation>[] AliasNames =
        {
            new KeyValuePair<string, Activation>("none", Activation.Identity),
            new KeyValuePair<string, Activation>("linear", Activation.Identity),
            new KeyValuePair<string, Activation>("logistic", Activation.Sigmoid),
            new KeyValuePair<string, Activation>("swish", Activation.Silu),
            new KeyValuePair<string, Activation>("triangle", Activation.Hat),
            new KeyValuePair<string, Activation>("gelu_tanh", Activation.GeluTanh),
        };

        /// <summary>PyTorch's default LeakyReLU negative_slope.</summary>
        public const float DefaultLeakySlope = 0.01f;

        /// <summary>PyTorch's default ELU alpha.</summary>
        public const float DefaultEluAlpha = 1f;

        /// <summary>True for the activations that take a parameter: leakyrelu (negative slope) and elu (alpha).</summary>
        public static bool TakesParameter(Activation activation) => activation == Activation.LeakyRelu || activation == Activation.Elu;

        /// <summary>The parameter an activation has when none is given: PyTorch's defaults, 0 for those without one.</summary>
        public static float DefaultParameter(Activation activation) => activation switch
        {
            Activation.LeakyRelu => DefaultLeakySlope,
            Activation.Elu => DefaultEluAlpha,
            _ => 0f,
        };

        /// <summary>The canonical name of every activation, in the order of <see cref="Activation"/>.</summary>
        public static IReadOnlyList<string> Names => CanonicalNames;

        /// <summary>"tanh, sigmoid, relu, identity, sin, gaussian": the names as error messages and help list them.</summary>
        public static string NameList => string.Join(", ", CanonicalNames);

        /// <summary>"none and linear mean identity, ...": the aliases, as help and error messages describe them.</summary>
        public static string AliasList => "names in any case, PyTorch's class names too; none and linear mean identity, logistic means sigmoid, swish means silu, triangle means hat, gelu_tanh means gelutanh; leakyrelu(slope) and elu(alpha) take a parameter";

        /// <summary>The canonical (lower-case) name, used in genome files and summaries.</summary>
        public static string ToName(Activation activation)
        {
            int index = (int)activation;
            if (index < 0 || index >= CanonicalNames.Length)
                throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation.");
            return CanonicalNames[index];
        }

        /// <summary>Parses an activation name or alias, case-insensitively, ignoring surrounding white space.</summary>
        public static bool TryParse(string? name, out Activation activation)
        {
            activation = Activation.Identity;
            if (string.IsNullOrWhiteSpace(name)) return false;
            string n = name!.Trim();
            for (int i = 0; i < CanonicalNames.Length; i++)
                if (string.Equals(CanonicalNames[i], n, StringComparison.OrdinalIgnoreCase))
                {
                    activation = (Activation)i;
                    return true;
                }
            foreach (KeyValuePair<string, Activation> alias in AliasNames)
                if (string.Equals(alias.Key, n, StringComparison.OrdinalIgnoreCase))
                {
                    activation = alias.Value;
                    return true;
                }
            return false;
        }

        /// <summary>Parses an activation name or throws a <see cref="FormatException"/> that lists the valid names.</summary>
        public static Activation Parse(string? name)
        {
            if (TryParse(name, out Activation a)) return a;
            throw new FormatException(UnknownNameMessage(name));
        }

        /// <summary>"Unknown activation 'x'. Use one of: tanh, ... (none and linear mean identity, ...)."</summary>
        public static string UnknownNameMessage(string? name, string? parameterName = null)
            => string.Format(CultureInfo.InvariantCulture, "Unknown activation '{0}'{1}. Use one of: {2} ({3}).",
                name, parameterName == null ? "" : " for -" + parameterName, NameList, AliasList);

        /// <summary>Applies <paramref name="activation"/> to one value, evaluated in double and rounded to float.</summary>
        public static float Apply(Activation activation, float value) => Apply(new ActivationSpec(activation), value);

        /// <summary>Applies <paramref name="activation"/> (with its parameter) to one value, evaluated in double and rounded to float.</summary>
        public static float Apply(ActivationSpec activation, float value) => (float)Exact(activation, value);

        /// <summary>
        /// The exact form of <paramref name="activation"/> in double precision: <see cref="Apply(ActivationSpec, float)"/>
        /// is this rounded once to float, and training (Fitting) uses it unrounded, so the two cannot disagree.
        /// </summary>
        internal static double Exact(ActivationSpec activation, double x)
        {
            double p = activation.Parameter;
            switch (activation.Kind)
            {
                case Activation.Tanh: return Math.Tanh(x);
                case Activation.Sigmoid: return 1.0 / (1.0 + Math.Exp(-x));
                case Activation.Relu: return x > 0 ? x : (double.IsNaN(x) ? x : 0);
                case Activation.Identity: return x;
                case Activation.Sin: return Math.Sin(x);
                case Activation.Gaussian: return Math.Exp(-x * x);
                case Activation.LeakyRelu: return x > 0 ? x : x * p;
                case Activation.Elu: return x > 0 ? x : p * ExpMinusOne(x);
                // Phi(x) through erfc for negative x, where 1 + erf(x) would cancel.
                case Activation.Gelu:
                    return x >= 0 ? 0.5 * x * (1 + MathNet.Numerics.SpecialFunctions.Erf(x / Math.Sqrt(2)))
                        : 0.5 * x * MathNet.Numerics.SpecialFunctions.Erfc(-x / Math.Sqrt(2));
                case Activation.GeluTanh:
                    return 0.5 * x * (1 + Math.Tanh(Math.Sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)));
                case Activation.Softplus: return Math.Max(x, 0) + LogOnePlus(Math.Exp(-Math.Abs(x)));
                case Activation.Silu: return x / (1 + Math.Exp(-x));
                case Activation.Cos: return Math.Cos(x);
                case Activation.Abs: return Math.Abs(x);
                case Activation.Square: return x * x;
                case Activation.Hat: { double h = 1 - Math.Abs(x); return h <= 0 ? 0 : h; }
                case Activation.Sawtooth: return 2 * (x - Math.Floor(x + 0.5));
                default: throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation.");
            }
        }

        /// <summary>e^x - 1 without the cancellation near 0 (for ELU's exact form).</summary>
        private static double ExpMinusOne(double x)
        {
            if (Math.Abs(x) >= 1e-5) return Math.Exp(x) - 1;
            return x + 0.5 * x * x + x * x * x / 6;
        }

        /// <summary>ln(1 + y) without the cancellation near 0 (netstandard2.0 has no Math.Log1P): the classic correction by (1 + y) - 1.</summary>
        private static double LogOnePlus(double y)
        {
            double u = 1 + y;
            return u == 1 ? y : Math.Log(u) * y / (u - 1);
        }
    }
}
