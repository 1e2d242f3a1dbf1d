using System;
using System.Management.Automation;
using CppnPS.Core.Activations;

namespace CppnPS.Module.Internal
{
    /// <summary>Parses activation names into error records with the ErrorId UnknownActivation.</summary>
    internal static class ActivationArguments
    {
        public static Activation Parse(string name, string parameterName)
        {
            if (ActivationFunctions.TryParse(name, out Activation activation)) return activation;
            throw new ErrorRecordException(Errors.Create(new ArgumentException(ActivationFunctions.UnknownNameMessage(name, parameterName)),
                ErrorIds.UnknownActivation, ErrorCategory.InvalidArgument, name));
        }
    }
}
