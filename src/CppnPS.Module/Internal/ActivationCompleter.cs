using System.Collections.Generic;
using System.Linq;
using CppnPS.Core.Activations;

namespace CppnPS.Module.Internal
{
    /// <summary>Tab completion for activation names: the canonical names of Core's catalogue.</summary>
    public sealed class ActivationCompleter : ListCompleter
    {
        /// <inheritdoc />
        protected override IEnumerable<(string Value, string ToolTip)> Values => ActivationFunctions.Names.Select(n => (n, n));
    }
}
