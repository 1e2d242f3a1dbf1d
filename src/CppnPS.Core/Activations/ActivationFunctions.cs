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
        private static readonly string[] CanonicalNames = { "tanh", "sigmoid", "relu", "identity", "sin", "gaussian" };

        // Other names accepted when parsing (PyTorch and Keras spellings), never written.
        private static readonly KeyValuePair<string, Activation>[] AliasNames =
        {
            new KeyValuePair<string, Activation>("none", Activation.Identity),
            new KeyValuePair<string, Activation>("linear", Activation.Identity),
            new KeyValuePair<string, Activation>("logistic", Activation.Sigmoid),
        };

        /// <summary>The canonical name of every activation, in the order of <see cref="Activation"/>.</summary>
        public static IReadOnlyList<string> Names => CanonicalNames;

        /// <summary>"tanh, sigmoid, relu, identity, sin, gaussian": the names as error messages and help list them.</summary>
        public static string NameList => string.Join(", ", CanonicalNames);

        /// <summary>"none and linear mean identity, logistic means sigmoid": the aliases, as help and error messages describe them.</summary>
        public static string AliasList => "none and linear mean identity, logistic means sigmoid";

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
        public static float Apply(Activation activation, float value)
        {
            double x = value;
            switch (activation)
            {
                case Activation.Tanh: return (float)Math.Tanh(x);
                case Activation.Sigmoid: return (float)(1.0 / (1.0 + Math.Exp(-x)));
                case Activation.Relu: return value > 0f ? value : (float.IsNaN(value) ? value : 0f);
                case Activation.Identity: return value;
                case Activation.Sin: return (float)Math.Sin(x);
                case Activation.Gaussian: return (float)Math.Exp(-x * x);
                default: throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation.");
            }
        }
    }
}
