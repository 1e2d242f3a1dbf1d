using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CppnPS.Core.Imaging;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// Tab completion for Export-CppnImage -BitDepth: Core's list of bit depths. A completer rather than
    /// [ValidateSet], so the values are checked once, by Core, where the rule that 16 bits need PNG lives too.
    /// </summary>
    public sealed class BitDepthCompleter : ListCompleter
    {
        /// <inheritdoc />
        protected override IEnumerable<(string Value, string ToolTip)> Values => ImageExportOptions.BitDepths
            .Select(depth => depth.ToString(CultureInfo.InvariantCulture))
            .Select(depth => (depth, depth + " bits per channel"));
    }
}
