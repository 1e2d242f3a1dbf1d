using System;
using System.Management.Automation;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;

namespace CppnPS.Module.Internal
{
    /// <summary>Rebuilds a <see cref="CppnImage"/> from its deserialised property bag.</summary>
    public sealed class CppnImageConverter : PSTypeConverter
    {
        /// <inheritdoc />
        public override bool CanConvertFrom(object sourceValue, Type destinationType)
            => destinationType == typeof(CppnImage)
               && SerializationSupport.StringProperty(sourceValue, "MetadataJson") != null
               && SerializationSupport.StringProperty(sourceValue, "SamplesBase64") != null;

        /// <inheritdoc />
        public override object ConvertFrom(object sourceValue, Type destinationType, IFormatProvider formatProvider, bool ignoreCase)
        {
            string? metadata = SerializationSupport.StringProperty(sourceValue, "MetadataJson");
            string? samples = SerializationSupport.StringProperty(sourceValue, "SamplesBase64");
            if (metadata == null || samples == null)
                throw new PSInvalidCastException("The object has no MetadataJson and SamplesBase64 properties to rebuild a CppnImage from.");
            return SerializationSupport.ImageFrom(metadata, samples, SerializationSupport.StringProperty(sourceValue, "TileRegion"));
        }

        /// <inheritdoc />
        public override bool CanConvertTo(object sourceValue, Type destinationType) => false;

        /// <inheritdoc />
        public override object ConvertTo(object sourceValue, Type destinationType, IFormatProvider formatProvider, bool ignoreCase)
            => throw new NotSupportedException();
    }
}
