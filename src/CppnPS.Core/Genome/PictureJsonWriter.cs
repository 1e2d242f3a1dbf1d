using System.Text.Json;
using CppnPS.Core.Colour;
using CppnPS.Core.Coordinates;

namespace CppnPS.Core.Genome
{
    /// <summary>
    /// Writes a picture's colour scheme and framing as the <c>colour</c> and <c>framing</c> objects
    /// (docs/genome-format.md), each only when it is not the default, so that a plain RGB picture's
    /// documents are the bytes they always were. Used by the genome (the network's own view) and by every
    /// render settings object (image metadata, an animation's picture).
    /// </summary>
    internal static class PictureJsonWriter
    {
        public static void Write(Utf8JsonWriter writer, ColourScheme? colour, Framing? framing)
        {
            if (colour != null && !colour.IsDefault)
            {
                writer.WriteStartObject("colour");
                writer.WriteString("mode", colour.Mode.ToString());
                if (colour.Palette is null) writer.WriteNull("palette");
                else writer.WriteString("palette", colour.Palette.Name);
                writer.WriteBoolean("invert", colour.Invert);
                writer.WriteBoolean("sharedNeuron", colour.SharedNeuron);
                writer.WriteBoolean("alpha", colour.Alpha);
                writer.WriteEndObject();
            }
            if (framing != null && !framing.IsPlain)
            {
                writer.WriteStartObject("framing");
                writer.WritePropertyName("rotate");
                writer.WriteRawValue(RoundTripNumber.Format(framing.Rotate));
                writer.WriteNumber("supersample", framing.Supersample);
                writer.WriteString("symmetry", framing.Symmetry.ToString());
                writer.WriteNumber("folds", framing.Folds);
                writer.WriteEndObject();
            }
        }
    }
}
