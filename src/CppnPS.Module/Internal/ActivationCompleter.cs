using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using CppnPS.Core.Activations;

namespace CppnPS.Module.Internal
{
    /// <summary>Tab completion for activation names.</summary>
    public sealed class ActivationCompleter : IArgumentCompleter
    {
        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return Enum.GetValues(typeof(Activation)).Cast<Activation>()
                .Select(ActivationFunctions.ToName)
                .Where(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(n => new CompletionResult(n, n, CompletionResultType.ParameterValue, n));
        }
    }

    /// <summary>Parses activation names into error records with the ErrorId UnknownActivation.</summary>
    internal static class ActivationArguments
    {
        public static Activation Parse(string name, string parameterName)
        {
            if (ActivationFunctions.TryParse(name, out Activation activation)) return activation;
            var names = string.Join(", ", Enum.GetValues(typeof(Activation)).Cast<Activation>().Select(ActivationFunctions.ToName));
            throw new ErrorRecordException(Errors.Create(new ArgumentException(
                $"Unknown activation '{name}' for -{parameterName}. Use one of: {names}."),
                ErrorIds.UnknownActivation, ErrorCategory.InvalidArgument, name));
        }
    }
}
