using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// Tab completion from a closed list that Core owns: the values that start with what was typed (quotes
    /// ignored, any case), each with a tooltip.
    /// </summary>
    public abstract class ListCompleter : IArgumentCompleter
    {
        /// <summary>The values offered, in order, with their tooltips.</summary>
        protected abstract IEnumerable<(string Value, string ToolTip)> Values { get; }

        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return Values
                .Where(v => v.Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(v => new CompletionResult(v.Value, v.Value, CompletionResultType.ParameterValue, v.ToolTip));
        }
    }
}
