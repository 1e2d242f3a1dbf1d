using System.Collections.Generic;
using System.Management.Automation;
using CppnPS.Core.Colour;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// The colour parameters of New-CppnNetwork and Invoke-CppnRender put over a colour scheme: each one given
    /// replaces the scheme's setting, each one left out keeps it. A palette alone implies the Palette mode.
    /// </summary>
    internal static class ColourArguments
    {
        /// <exception cref="ErrorRecordException">The palette is unknown or malformed (UnknownPalette, InvalidPalette).</exception>
        public static ColourScheme Apply(ColourScheme baseline, ColourMode? mode, string[]? palette, IDictionary<string, object> bound)
        {
            ColourPalette? colours = baseline.Palette;
            if (palette != null)
            {
                try
                {
                    colours = ColourPalette.Parse(palette);
                }
                catch (PaletteException ex)
                {
                    throw new ErrorRecordException(Errors.Create(ex, ex.IsUnknownName ? ErrorIds.UnknownPalette : ErrorIds.InvalidPalette,
                        ErrorCategory.InvalidArgument, palette));
                }
            }
            ColourMode chosen = mode ?? (palette != null ? ColourMode.Palette : baseline.Mode);
            if (chosen != ColourMode.Palette && palette == null) colours = null;
            return baseline with
            {
                Mode = chosen,
                Palette = colours,
                Invert = Switch(bound, "Invert", baseline.Invert),
                Alpha = Switch(bound, "Alpha", baseline.Alpha),
                SharedNeuron = Switch(bound, "SharedNeuron", baseline.SharedNeuron),
            };
        }

        private static bool Switch(IDictionary<string, object> bound, string name, bool fallback) =>
            bound.TryGetValue(name, out object? value) ? ((SwitchParameter)value).IsPresent : fallback;
    }
}
