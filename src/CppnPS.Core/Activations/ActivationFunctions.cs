using System;
using System.Globalization;

namespace CppnPS.Core.Activations
{
    /// <summary>
    /// Exact (double precision, rounded once to float) forms of every activation. These are the
    /// ground truth the fast engines are held against.
    /// </summary>
    public static class ActivationFunctions
    {
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

        /// <summary>Applies <paramref name="activation"/> in place to every value of <paramref name="values"/>.</summary>
        public static void Apply(Activation activation, Span<float> values)
        {
            for (int i = 0; i < values.Length; i++)
                values[i] = Apply(activation, values[i]);
        }

        /// <summary>
        /// Parses an activation name case-insensitively. Accepts the enum names and the aliases
        /// "none"/"linear" (identity) and "logistic" (sigmoid).
        /// </summary>
        public static bool TryParse(string? name, out Activation activation)
        {
            activation = Activation.Identity;
            if (string.IsNullOrWhiteSpace(name)) return false;
            string n = name!.Trim().ToLowerInvariant();
            switch (n)
            {
                case "none": case "linear": activation = Activation.Identity; return true;
                case "logistic": activation = Activation.Sigmoid; return true;
            }
            foreach (Activation candidate in (Activation[])Enum.GetValues(typeof(Activation)))
            {
                if (string.Equals(candidate.ToString(), n, StringComparison.OrdinalIgnoreCase))
                {
                    activation = candidate;
                    return true;
                }
            }
            return false;
        }

        /// <summary>Parses an activation name or throws a <see cref="FormatException"/> that lists the valid names.</summary>
        public static Activation Parse(string? name)
        {
            if (TryParse(name, out Activation a)) return a;
            throw new FormatException(string.Format(CultureInfo.InvariantCulture,
                "Unknown activation '{0}'. Use one of: {1}.", name, string.Join(", ", Enum.GetNames(typeof(Activation)))));
        }

        /// <summary>The lower-case name used in genome files and summaries.</summary>
        public static string ToName(Activation activation) => activation.ToString().ToLowerInvariant();
    }
}
