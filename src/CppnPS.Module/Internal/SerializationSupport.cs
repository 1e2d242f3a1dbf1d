using System;
using System.Management.Automation;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// Lets networks and images cross process boundaries (Export-Clixml, Start-Job, remoting).
    /// PowerShell serialises only the properties named in CppnPS.Types.ps1xml: a network travels
    /// as its genome JSON, an image as its metadata JSON plus its float samples in base64. On the
    /// receiving side, TargetTypeForDeserialization sends the property bag to the converters
    /// below, which rebuild the real objects, so every cmdlet accepts them unchanged. The code
    /// properties are hidden members: the serializer finds them by name, while Format-List *,
    /// Select-Object * and ConvertTo-Json, which enumerate only visible members, never see the
    /// megabytes they hold.
    /// </summary>
    public static class SerializationSupport
    {
        /// <summary>Code property: the network's genome as compact JSON.</summary>
        public static string GetGenomeJson(PSObject instance) => GenomeJson.Write((CppnNetwork)instance.BaseObject, NetworkFileFormat.Genome, indented: false);

        /// <summary>Code property: the image's network and render settings as JSON; null for a montage, which has no network of its own.</summary>
        public static string? GetMetadataJson(PSObject instance)
        {
            var image = (CppnImage)instance.BaseObject;
            if (image.Network is null || image.Options is null) return null;
            return GenomeJson.WriteImageMetadata(image.Network, image.Options);
        }

        /// <summary>
        /// Code property: the image's samples, little-endian float32, in base64, followed by its alpha samples when it has
        /// them; empty for a deferred picture, which has none.
        /// </summary>
        public static string GetSamplesBase64(PSObject instance)
        {
            var image = (CppnImage)instance.BaseObject;
            if (image.IsDeferred) return string.Empty;
            float[] samples = image.ToArray();
            float[] alpha = image.Alpha.ToArray();
            if (alpha.Length > 0)
            {
                Array.Resize(ref samples, samples.Length + alpha.Length);
                Array.Copy(alpha, 0, samples, samples.Length - alpha.Length, alpha.Length);
            }
            var bytes = new byte[samples.Length * sizeof(float)];
            Buffer.BlockCopy(samples, 0, bytes, 0, bytes.Length);
            if (!BitConverter.IsLittleEndian) SwapFloatBytes(bytes);
            return Convert.ToBase64String(bytes);
        }

        /// <summary>Code property: for a tile of a poster, the region of the whole picture it holds ("x, y, width, height"); null for a whole picture.</summary>
        public static string? GetTileRegion(PSObject instance) => ((CppnImage)instance.BaseObject).Region?.ToString();

        internal static CppnImage ImageFrom(string metadataJson, string samplesBase64, string? tileRegion = null)
        {
            GenomeReadResult metadata = GenomeJson.Read(metadataJson);
            if (metadata.Format != NetworkFileFormat.Png || metadata.Network.View is null)
                throw new PSInvalidCastException("MetadataJson is not CppnPS image metadata (cppnps-image).");
            CppnNetwork network = metadata.Network;
            RenderOptions render = network.View;
            // A deferred picture travels as what to render; it is rendered where it is exported.
            if (samplesBase64.Length == 0) return CppnRenderer.Defer(network, render);
            byte[] bytes = Convert.FromBase64String(samplesBase64);
            if (!BitConverter.IsLittleEndian) SwapFloatBytes(bytes);
            var samples = new float[bytes.Length / sizeof(float)];
            Buffer.BlockCopy(bytes, 0, samples, 0, samples.Length * sizeof(float));
            if (!string.IsNullOrEmpty(tileRegion)) return new CppnImage(samples, network, render, ParseRegion(tileRegion!));
            long colours = (long)render.Width * render.Height * 3;
            if (samples.LongLength == colours + (long)render.Width * render.Height && render.Colour.Alpha)
            {
                var rgb = new float[colours];
                var alpha = new float[samples.LongLength - colours];
                Array.Copy(samples, rgb, colours);
                Array.Copy(samples, colours, alpha, 0, alpha.LongLength);
                return new CppnImage(render.Width, render.Height, rgb, alpha, network, render);
            }
            return new CppnImage(render.Width, render.Height, samples, network, render);
        }

        private static CanvasRegion ParseRegion(string text)
        {
            string[] parts = text.Split(',');
            var values = new int[4];
            if (parts.Length != 4) throw new PSInvalidCastException("TileRegion is not \"x, y, width, height\".");
            for (int i = 0; i < 4; i++)
                if (!int.TryParse(parts[i].Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out values[i]))
                    throw new PSInvalidCastException("TileRegion is not \"x, y, width, height\".");
            return new CanvasRegion(values[0], values[1], values[2], values[3]);
        }

        private static void SwapFloatBytes(byte[] bytes)
        {
            for (int i = 0; i + 3 < bytes.Length; i += 4)
            {
                (bytes[i], bytes[i + 3]) = (bytes[i + 3], bytes[i]);
                (bytes[i + 1], bytes[i + 2]) = (bytes[i + 2], bytes[i + 1]);
            }
        }

        internal static string? StringProperty(object? value, string name)
        {
            if (!(value is PSObject pso)) return null;
            return pso.Properties[name]?.Value as string;
        }
    }
}
