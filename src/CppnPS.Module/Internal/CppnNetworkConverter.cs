using System;
using System.Management.Automation;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;

namespace CppnPS.Module.Internal
{
    /// <summary>Rebuilds a <see cref="CppnNetwork"/> from its deserialised property bag.</summary>
    public sealed class CppnNetworkConverter : PSTypeConverter
    {
        /// <inheritdoc />
        public override bool CanConvertFrom(object sourceValue, Type destinationType)
            => destinationType == typeof(CppnNetwork) && SerializationSupport.StringProperty(sourceValue, "GenomeJson") != null;

        /// <inheritdoc />
        public override object ConvertFrom(object sourceValue, Type destinationType, IFormatProvider formatProvider, bool ignoreCase)
        {
            string json = SerializationSupport.StringProperty(sourceValue, "GenomeJson")
                ?? throw new PSInvalidCastException("The object has no GenomeJson property to rebuild a CppnNetwork from.");
            return GenomeJson.Read(json).Network;
        }

        /// <inheritdoc />
        public override bool CanConvertTo(object sourceValue, Type destinationType) => false;

        /// <inheritdoc />
        public override object ConvertTo(object sourceValue, Type destinationType, IFormatProvider formatProvider, bool ignoreCase)
            => throw new NotSupportedException();
    }
}
