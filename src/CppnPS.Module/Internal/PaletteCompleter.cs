using System.Collections.Generic;
using System.Linq;
using CppnPS.Core.Colour;

namespace CppnPS.Module.Internal
{
    /// <summary>Tab completion for -Palette: Core's named palettes (hex colours are typed as they are).</summary>
    public sealed class PaletteCompleter : ListCompleter
    {
        /// <inheritdoc />
        protected override IEnumerable<(string Value, string ToolTip)> Values => ColourPalette.KnownNames
            .Select(name => (name, name + ": matplotlib's 256-colour perceptual palette"));
    }
}
