using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using CppnPS.Core.Activations;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// Tab completion for activation texts: the canonical names of Core's catalogue, for a whole text
    /// ('ta' -> tanh) and for the last name of a count or choice list ('tanh:8,si' -> 'tanh:8,sin',
    /// 'tanh|ga' -> 'tanh|gaussian'), keeping what comes before it.
    /// </summary>
    public sealed class ActivationCompleter : IArgumentCompleter
    {
        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string word = wordToComplete ?? string.Empty;
            char quote = word.Length > 0 && (word[0] == '\'' || word[0] == '"') ? word[0] : '\0';
            string text = quote == '\0' ? word : word.Substring(1).TrimEnd(quote);
            if (!NeuronActivations.TrySplitLastName(text, out string before, out string partial)) yield break;
            foreach (string name in ActivationFunctions.Names)
            {
                if (!name.StartsWith(partial, StringComparison.OrdinalIgnoreCase)) continue;
                // A list (with ',' or '|') must stay one quoted string: '|' unquoted would be a pipe.
                string value = before + name;
                string completion = quote != '\0' ? quote + value + quote : before.Length > 0 ? "'" + value + "'" : value;
                yield return new CompletionResult(completion, name, CompletionResultType.ParameterValue, name);
            }
        }
    }
}
