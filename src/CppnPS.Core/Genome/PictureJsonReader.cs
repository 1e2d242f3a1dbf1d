using System;
using System.Text.Json;
using CppnPS.Core.Colour;
using CppnPS.Core.Coordinates;

namespace CppnPS.Core.Genome
{
    /// <summary>
    /// Reads the <c>colour</c> and <c>framing</c> objects that <see cref="PictureJsonWriter"/> writes; either may be
    /// missing (the defaults: RGB, no framing), so documents written before they existed read as they always did.
    /// Every field is checked and a bad one named by its path.
    /// </summary>
    internal static class PictureJsonReader
    {
        /// <summary>The colour scheme and framing held by <paramref name="owner"/> (the object at <paramref name="path"/>).</summary>
        public static (ColourScheme Colour, Framing Framing) Read(JsonInput input, JsonElement owner, string path)
        {
            ColourScheme colour = ColourScheme.Rgb;
            Framing framing = Framing.None;
            JsonElement? colourElement = JsonInput.OptionalNonNull(owner, "colour");
            if (colourElement.HasValue) colour = ReadColour(input, colourElement.Value, JsonInput.Child(path, "colour"));
            JsonElement? framingElement = JsonInput.OptionalNonNull(owner, "framing");
            if (framingElement.HasValue) framing = ReadFraming(input, framingElement.Value, JsonInput.Child(path, "framing"));
            return (colour, framing);
        }

        private static ColourScheme ReadColour(JsonInput input, JsonElement element, string path)
        {
            input.RequireObject(element, path, "the colour scheme");
            JsonElement? mode = JsonInput.OptionalNonNull(element, "mode");
            JsonElement? palette = JsonInput.OptionalNonNull(element, "palette");
            ColourPalette? colours = null;
            if (palette.HasValue)
            {
                string palettePath = JsonInput.Child(path, "palette");
                string text = input.ReadString(palette.Value, palettePath, "a palette name or hex colours");
                try
                {
                    colours = ColourPalette.Parse(text);
                }
                catch (PaletteException ex)
                {
                    throw input.Error(palettePath, ex.Message);
                }
            }
            var scheme = new ColourScheme
            {
                Mode = mode.HasValue ? input.ReadEnum<ColourMode>(mode.Value, JsonInput.Child(path, "mode")) : ColourMode.Rgb,
                Palette = colours,
                Invert = Flag(input, element, path, "invert"),
                SharedNeuron = Flag(input, element, path, "sharedNeuron"),
                Alpha = Flag(input, element, path, "alpha"),
            };
            try
            {
                scheme.Validate();
            }
            catch (ArgumentException ex)
            {
                throw input.Error(path, ex.Message);
            }
            return scheme;
        }

        private static Framing ReadFraming(JsonInput input, JsonElement element, string path)
        {
            input.RequireObject(element, path, "the framing");
            JsonElement? rotate = JsonInput.OptionalNonNull(element, "rotate");
            JsonElement? supersample = JsonInput.OptionalNonNull(element, "supersample");
            JsonElement? symmetry = JsonInput.OptionalNonNull(element, "symmetry");
            JsonElement? folds = JsonInput.OptionalNonNull(element, "folds");
            var framing = new Framing
            {
                Rotate = rotate.HasValue ? input.ReadDouble(rotate.Value, JsonInput.Child(path, "rotate"), "a rotation in degrees") : 0,
                Supersample = supersample.HasValue ? input.ReadInt32(supersample.Value, JsonInput.Child(path, "supersample"), "the supersampling factor") : 1,
                Symmetry = symmetry.HasValue ? input.ReadEnum<Symmetry>(symmetry.Value, JsonInput.Child(path, "symmetry")) : Symmetry.None,
                Folds = folds.HasValue ? input.ReadInt32(folds.Value, JsonInput.Child(path, "folds"), "the folds of a radial symmetry") : 0,
            };
            try
            {
                framing.Validate();
            }
            catch (ArgumentException ex)
            {
                throw input.Error(path, ex.Message);
            }
            return framing;
        }

        private static bool Flag(JsonInput input, JsonElement element, string path, string name)
        {
            JsonElement? value = JsonInput.OptionalNonNull(element, name);
            return value.HasValue && input.ReadBool(value.Value, JsonInput.Child(path, name));
        }
    }
}
