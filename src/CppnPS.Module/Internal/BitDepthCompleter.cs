using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using CppnPS.Core.Imaging;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// Tab completion for Export-CppnImage -BitDepth: Core's list of bit depths. A completer rather than
    /// [ValidateSet], so the values are checked once, by Core, where the rule that 16 bits need PNG lives too.
    /// </summary>
    public sealed class BitDepthCompleter : IArgumentCompleter
    {
        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return ImageExportOptions.BitDepths
                .Select(depth => depth.ToString(CultureInfo.InvariantCulture))
                .Where(depth => depth.StartsWith(prefix, StringComparison.Ordinal))
                .Select(depth => new CompletionResult(depth, depth, CompletionResultType.ParameterValue, depth + " bits per channel"));
        }
    }
}
