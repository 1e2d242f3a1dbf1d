using System;
using System.Globalization;

namespace CppnPS.Core.Activations
{
    /// <summary>
    /// One neuron's activation: the function and, for the parameterised ones, its parameter
    /// (LeakyReLU's negative slope, ELU's alpha). Written as the canonical name, with the parameter
    /// in parentheses when it differs from PyTorch's default: <c>tanh</c>, <c>leakyrelu(0.2)</c>, <c>elu(0.5)</c>.
    /// </summary>
    public readonly struct ActivationSpec : IEquatable<ActivationSpec>
    {
        /// <summary>The activation with its default parameter (PyTorch's: slope 0.01, alpha 1).</summary>
        public ActivationSpec(Activation kind) : this(kind, ActivationFunctions.DefaultParameter(kind))
        {
        }

        /// <summary>
        /// The activation with the given parameter; the activations without one take 0 and refuse
        /// anything else.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The parameter is not finite, or is given to an activation that has none.</exception>
        public ActivationSpec(Activation kind, float parameter)
        {
            if (float.IsNaN(parameter) || float.IsInfinity(parameter))
                throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "The activation's parameter must be a finite number.");
            if (!ActivationFunctions.TakesParameter(kind) && parameter != 0f)
                throw new ArgumentOutOfRangeException(nameof(parameter), parameter, string.Format(CultureInfo.InvariantCulture,
                    "The activation {0} takes no parameter; only leakyrelu (negative slope) and elu (alpha) do.", ActivationFunctions.ToName(kind)));
            Kind = kind;
            // +0 for -0 too: one value, one text, one equality.
            Parameter = parameter == 0f ? 0f : parameter;
        }

        /// <summary>The function.</summary>
        public Activation Kind { get; }

        /// <summary>LeakyReLU's negative slope or ELU's alpha; 0 for the activations without a parameter.</summary>
        public float Parameter { get; }

        /// <summary>True when the parameter is the default one, so the name alone says it all.</summary>
        public bool HasDefaultParameter => Parameter.Equals(ActivationFunctions.DefaultParameter(Kind));

        /// <summary>The activation with its default parameter.</summary>
        public static implicit operator ActivationSpec(Activation kind) => new ActivationSpec(kind);

        /// <summary>The activation with its default parameter (the named form of the implicit conversion).</summary>
        public static ActivationSpec FromActivation(Activation kind) => new ActivationSpec(kind);

        /// <summary>
        /// Parses <c>name</c> or <c>name(parameter)</c>, case-insensitively (PyTorch's class names work:
        /// <c>LeakyReLU(0.2)</c>, <c>GELU</c>, <c>SiLU</c>).
        /// </summary>
        /// <exception cref="FormatException">Unknown name, or a parameter that is not a number or not allowed; the message lists the names.</exception>
        public static ActivationSpec Parse(string? text)
        {
            if (TryParse(text, out ActivationSpec spec, out string problem)) return spec;
            throw new FormatException(problem);
        }

        /// <summary>Parses <c>name</c> or <c>name(parameter)</c>; false for anything else.</summary>
        public static bool TryParse(string? text, out ActivationSpec spec) => TryParse(text, out spec, out _);

        internal static bool TryParse(string? text, out ActivationSpec spec, out string problem)
        {
            spec = default;
            string t = (text ?? "").Trim();
            int open = t.IndexOf('(');
            string name = open < 0 ? t : t.Substring(0, open).Trim();
            if (!ActivationFunctions.TryParse(name, out Activation kind))
            {
                problem = ActivationFunctions.UnknownNameMessage(text);
                return false;
            }
            if (open < 0)
            {
                spec = new ActivationSpec(kind);
                problem = "";
                return true;
            }
            string inner = t.Length > open + 1 && t[t.Length - 1] == ')' ? t.Substring(open + 1, t.Length - open - 2).Trim() : "";
            if (!ActivationFunctions.TakesParameter(kind))
            {
                problem = string.Format(CultureInfo.InvariantCulture,
                    "The activation '{0}' takes no parameter; write '{1}'. Only leakyrelu(slope) and elu(alpha) take one.", text, ActivationFunctions.ToName(kind));
                return false;
            }
            if (!double.TryParse(inner, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                || double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) > float.MaxValue)
            {
                problem = string.Format(CultureInfo.InvariantCulture,
                    "The activation '{0}' needs a finite number in parentheses, e.g. '{1}(0.2)'.", text, ActivationFunctions.ToName(kind));
                return false;
            }
            spec = new ActivationSpec(kind, (float)value);
            problem = "";
            return true;
        }

        /// <summary>The canonical text: the name, then the parameter in parentheses when it is not the default.</summary>
        public override string ToString() => HasDefaultParameter
            ? ActivationFunctions.ToName(Kind)
            : ActivationFunctions.ToName(Kind) + "(" + Genome.RoundTripNumber.Format(Parameter) + ")";

        /// <inheritdoc />
        public bool Equals(ActivationSpec other) => Kind == other.Kind && Parameter.Equals(other.Parameter);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ActivationSpec other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => ((int)Kind * 397) ^ Parameter.GetHashCode();

        /// <summary>Same function and parameter.</summary>
        public static bool operator ==(ActivationSpec left, ActivationSpec right) => left.Equals(right);

        /// <summary>Different function or parameter.</summary>
        public static bool operator !=(ActivationSpec left, ActivationSpec right) => !left.Equals(right);
    }
}
