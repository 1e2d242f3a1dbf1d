using System;
using System.Linq;
using CppnPS.Core.Genome;
using Xunit;

namespace CppnPS.Core.Tests.Genome
{
    public class PackedFloatsTests
    {
        [Fact]
        public void Encode_IsBase64OfLittleEndianFloat32()
        {
            // 1.0f = 0x3F800000, -2.5f = 0xC0200000: bytes 00 00 80 3F, 00 00 20 C0.
            Assert.Equal(Convert.ToBase64String(new byte[] { 0, 0, 0x80, 0x3F, 0, 0, 0x20, 0xC0 }), PackedFloats.Encode(new[] { 1f, -2.5f }, "w"));
            Assert.Equal("", PackedFloats.Encode(Array.Empty<float>(), "w"));
        }

        [Fact]
        public void RoundTripsEveryFiniteBitPattern_IncludingNegativeZeroAndSubnormals()
        {
            var random = new Random(11);
            float[] values = Enumerable.Range(0, 5000).Select(_ => GenomeTestNetworks.RandomFiniteFloat(random))
                .Concat(new[] { -0f, 0f, float.Epsilon, -float.Epsilon, float.MaxValue, float.MinValue, 7.038531E-26f }).ToArray();
            float[] back = PackedFloats.TryDecode(PackedFloats.Encode(values, "w"), out string problem)!;
            Assert.Equal("", problem);
            Assert.Equal(values.Select(BitConverter.SingleToInt32Bits), back.Select(BitConverter.SingleToInt32Bits));
        }

        [Fact]
        public void RefusesNonFiniteValuesAndDamagedText()
        {
            Assert.StartsWith("layers[1].weight[1] is NaN;", Assert.Throws<ArgumentException>(() => PackedFloats.Encode(new[] { 1f, float.NaN }, "layers[1].weight")).Message);
            Assert.Null(PackedFloats.TryDecode("not base64!", out string problem));
            Assert.Contains("not base64", problem);
            Assert.Null(PackedFloats.TryDecode(Convert.ToBase64String(new byte[6]), out problem));
            Assert.Contains("6 bytes", problem);
            Assert.Null(PackedFloats.TryDecode(Convert.ToBase64String(BitConverter.GetBytes(float.PositiveInfinity)), out problem));
            Assert.Contains("Infinity", problem);
        }
    }
}
