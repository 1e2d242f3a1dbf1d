using System;
using System.Collections.Generic;
using System.Globalization;

namespace CppnPS.Core.Colour
{
    /// <summary>
    /// How a picture's colours come from the network's outputs: the <see cref="ColourMode"/>, its palette,
    /// and the options every mode takes (invert, an alpha output, a shared additive output). Immutable; the
    /// default is the article's RGB. It owns the rule of how many outputs a picture reads
    /// (<see cref="OutputCount"/>), which also sizes a new network's output layer.
    /// </summary>
    /// <remarks>
    /// The outputs are read in this order: the mode's colour outputs (<see cref="ColourOutputs"/>), then the
    /// shared neuron when <see cref="SharedNeuron"/>, then alpha when <see cref="Alpha"/>. Outputs beyond
    /// those are left unread.
    /// </remarks>
    public sealed record ColourScheme
    {
        /// <summary>The article's colours: outputs 0, 1, 2 as red, green, blue, unchanged.</summary>
        public static ColourScheme Rgb { get; } = new ColourScheme();

        /// <summary>How the outputs become a colour.</summary>
        public ColourMode Mode { get; init; } = ColourMode.Rgb;

        /// <summary>The palette of <see cref="ColourMode.Palette"/>; null in every other mode.</summary>
        public ColourPalette? Palette { get; init; }

        /// <summary>Replaces every colour channel c by 1 - c (after clamping to [0, 1]): with Grey, white becomes black.</summary>
        public bool Invert { get; init; }

        /// <summary>One more output is the opacity, written as an alpha channel (an RGBA or grey-alpha PNG).</summary>
        public bool Alpha { get; init; }

        /// <summary>
        /// neurogram's shared additive neuron: one more output s is added to every colour output before the mode
        /// reads it, each becoming (o + s) / 2, so the channels move together and the colours stay coherent.
        /// </summary>
        public bool SharedNeuron { get; init; }

        /// <summary>The outputs <paramref name="mode"/> reads for its colour: 1 for Grey and Palette, 3 for Rgb, Hsv and Hsl, 4 for Cmyk.</summary>
        public static int ColourOutputs(ColourMode mode)
        {
            switch (mode)
            {
                case ColourMode.Grey:
                case ColourMode.Palette:
                    return 1;
                case ColourMode.Rgb:
                case ColourMode.Hsv:
                case ColourMode.Hsl:
                    return 3;
                case ColourMode.Cmyk:
                    return 4;
                default:
                    throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown colour mode.");
            }
        }

        /// <summary>Every output this scheme reads: the mode's, plus one for the shared neuron, plus one for alpha.</summary>
        public int OutputCount => ColourOutputs(Mode) + (SharedNeuron ? 1 : 0) + (Alpha ? 1 : 0);

        /// <summary>The channels the picture is written with: Grey (or GreyAlpha) in Grey mode, otherwise Rgb (or Rgba).</summary>
        public ChannelLayout Layout => Mode == ColourMode.Grey
            ? (Alpha ? ChannelLayout.GreyAlpha : ChannelLayout.Grey)
            : (Alpha ? ChannelLayout.Rgba : ChannelLayout.Rgb);

        /// <summary>True for the default, <see cref="Rgb"/>: the outputs are the samples as they are.</summary>
        public bool IsDefault => Equals(Rgb);

        /// <summary>Checks the scheme and throws an <see cref="ArgumentException"/> that says what to change.</summary>
        public void Validate()
        {
            if (!Enum.IsDefined(typeof(ColourMode), Mode)) throw new ArgumentOutOfRangeException(nameof(Mode), Mode, "Unknown colour mode.");
            if (Mode == ColourMode.Palette && Palette is null)
                throw new ArgumentException("The Palette colour mode needs a palette: give -Palette with a name (" +
                    string.Join(", ", ColourPalette.KnownNames) + ") or two or more hex colours.", nameof(Palette));
            if (Mode != ColourMode.Palette && Palette != null)
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "A palette is used only by the Palette colour mode, not {0}. Give -ColourMode Palette, or leave the palette out.", Mode), nameof(Palette));
        }

        /// <summary>Throws <see cref="ColourOutputsException"/> when a network with <paramref name="outputs"/> outputs has too few for this scheme.</summary>
        public void CheckOutputs(int outputs)
        {
            if (outputs >= OutputCount) return;
            throw new ColourOutputsException(string.Format(CultureInfo.InvariantCulture,
                "The colour scheme {0} reads {1} network output(s), but the network has {2}. Render it with a scheme that reads at most {2} " +
                "(Grey or Palette read 1; Rgb, Hsv and Hsl 3; Cmyk 4; -SharedNeuron and -Alpha one more each), or make a network for it with New-CppnNetwork -ColourMode.",
                this, OutputCount, outputs), OutputCount, outputs);
        }

        /// <summary>"Rgb", "Palette viridis, inverted", "Hsv, shared neuron, alpha".</summary>
        public override string ToString()
        {
            var parts = new List<string> { Palette is null ? Mode.ToString() : Mode + " " + Palette.Name };
            if (Invert) parts.Add("inverted");
            if (SharedNeuron) parts.Add("shared neuron");
            if (Alpha) parts.Add("alpha");
            return string.Join(", ", parts);
        }
    }
}
