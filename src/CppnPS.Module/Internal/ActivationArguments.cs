using System;
using System.Management.Automation;
using CppnPS.Core.Activations;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// Parses activation texts into error records: an unknown name or a bad parameter has the
    /// ErrorId UnknownActivation, counts that do not add up to the layer's width ActivationCountMismatch.
    /// </summary>
    internal static class ActivationArguments
    {
        public static Activation Parse(string name, string parameterName)
        {
            if (ActivationFunctions.TryParse(name, out Activation activation)) return activation;
            throw new ErrorRecordException(Errors.Create(new ArgumentException(ActivationFunctions.UnknownNameMessage(name, parameterName)),
                ErrorIds.UnknownActivation, ErrorCategory.InvalidArgument, name));
        }

        /// <summary>
        /// The activations of a layer of <paramref name="width"/> neurons that <paramref name="text"/>
        /// gives (one name, counts such as 'tanh:8,sin:8', or a seeded choice such as 'tanh|sin').
        /// </summary>
        public static ActivationSpec[] ParseLayer(string text, int width, int seed, string parameterName, string layerName)
        {
            try
            {
                return NeuronActivations.Parse(text, width, seed);
            }
            catch (ActivationCountMismatchException ex)
            {
                throw new ErrorRecordException(Errors.Create(new ArgumentException("-" + parameterName + " for " + layerName + ": " + ex.Message, ex),
                    ErrorIds.ActivationCountMismatch, ErrorCategory.InvalidArgument, text));
            }
            catch (FormatException ex)
            {
                throw new ErrorRecordException(Errors.Create(new ArgumentException("-" + parameterName + ": " + ex.Message, ex),
                    ErrorIds.UnknownActivation, ErrorCategory.InvalidArgument, text));
            }
        }
    }
}
