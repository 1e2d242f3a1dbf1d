using System;
using System.Collections.Generic;
using System.Text.Json;
using CppnPS.Core.Activations;

namespace CppnPS.Core.Genome
{
    /// <summary>
    /// The activations of <c>cppn-weights-v1</c>: PyTorch's activation modules, named by their class
    /// names in any case (the reference's lower-case names are the same names), with the module
    /// arguments as fields of the layer: <c>negative_slope</c> (LeakyReLU), <c>alpha</c> (ELU),
    /// <c>approximate</c> (GELU: "none" or "tanh").
    /// </summary>
    internal static class WeightsV1Activations
    {
        public const string NegativeSlope = "negative_slope";
        public const string Alpha = "alpha";
        public const string Approximate = "approximate";

        // Class name as PyTorch spells it, and the activation; "none" is the reference's spelling of identity.
        private static readonly KeyValuePair<string, Activation>[] Modules =
        {
            new KeyValuePair<string, Activation>("Tanh", Activation.Tanh),
            new KeyValuePair<string, Activation>("Sigmoid", Activation.Sigmoid),
            new KeyValuePair<string, Activation>("ReLU", Activation.Relu),
            new KeyValuePair<string, Activation>("LeakyReLU", Activation.LeakyRelu),
            new KeyValuePair<string, Activation>("ELU", Activation.Elu),
            new KeyValuePair<string, Activation>("GELU", Activation.Gelu),
            new KeyValuePair<string, Activation>("SiLU", Activation.Silu),
            new KeyValuePair<string, Activation>("Softplus", Activation.Softplus),
            new KeyValuePair<string, Activation>("Identity", Activation.Identity),
            new KeyValuePair<string, Activation>("none", Activation.Identity),
        };

        /// <summary>"Tanh, Sigmoid, ReLU, ...": the names as messages list them.</summary>
        public static string ModuleList => "Tanh, Sigmoid, ReLU, LeakyReLU (negative_slope), ELU (alpha), GELU (approximate: none or tanh), SiLU, Softplus, Identity (or none)";

        public static bool TryParseModule(string name, out Activation activation)
        {
            string n = name.Trim();
            foreach (KeyValuePair<string, Activation> module in Modules)
                if (string.Equals(module.Key, n, StringComparison.OrdinalIgnoreCase))
                {
                    activation = module.Value;
                    return true;
                }
            activation = Activation.Identity;
            return false;
        }

        /// <summary>True when a PyTorch module computes <paramref name="activation"/> (GELU's tanh form included).</summary>
        public static bool HasModule(Activation activation)
        {
            if (activation == Activation.GeluTanh) return true;
            foreach (KeyValuePair<string, Activation> module in Modules)
                if (module.Value == activation) return true;
            return false;
        }

        /// <summary>
        /// Writes the layer's <c>activation</c> and module arguments. The reference's own three keep
        /// their lower-case names (tanh, sigmoid, identity), so files it reads stay the same; the
        /// others are written as PyTorch's class names, with every argument spelled out.
        /// </summary>
        public static void Write(Utf8JsonWriter writer, ActivationSpec activation)
        {
            switch (activation.Kind)
            {
                case Activation.Tanh: case Activation.Sigmoid: case Activation.Identity:
                    writer.WriteString("activation", ActivationFunctions.ToName(activation.Kind));
                    return;
                case Activation.LeakyRelu:
                    writer.WriteString("activation", "LeakyReLU");
                    writer.WritePropertyName(NegativeSlope);
                    writer.WriteRawValue(RoundTripNumber.Format(activation.Parameter));
                    return;
                case Activation.Elu:
                    writer.WriteString("activation", "ELU");
                    writer.WritePropertyName(Alpha);
                    writer.WriteRawValue(RoundTripNumber.Format(activation.Parameter));
                    return;
                case Activation.Gelu:
                case Activation.GeluTanh:
                    writer.WriteString("activation", "GELU");
                    writer.WriteString(Approximate, activation.Kind == Activation.GeluTanh ? "tanh" : "none");
                    return;
                default:
                    foreach (KeyValuePair<string, Activation> module in Modules)
                        if (module.Value == activation.Kind)
                        {
                            writer.WriteString("activation", module.Key);
                            return;
                        }
                    throw new ArgumentOutOfRangeException(nameof(activation), activation.Kind, "No PyTorch module computes this activation.");
            }
        }
    }
}
