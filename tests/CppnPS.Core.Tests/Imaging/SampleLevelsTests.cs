using System;
using System.Collections.Generic;
using CppnPS.Core.Imaging;
using Xunit;

namespace CppnPS.Core.Tests.Imaging
{
    /// <summary>The row conversions (vector lanes where the runtime has them) give exactly the bytes of the one-sample rules.</summary>
    public class SampleLevelsTests
    {
        // Special values, both sides of every level's half-way point (where nearest rounding turns) and of every level
        // itself (where truncation turns), a sweep of float bit patterns over [0, 1], and random values.
        private static float[] Samples(int max)
        {
            var values = new List<float>
            {
                0f, -0f, 1f, -1f, float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon, -float.Epsilon,
                BitConverter.Int32BitsToSingle(0x3F7FFFFF), 1.0000001f, 2f, float.MaxValue, float.MinValue, 0.5f,
            };
            for (int k = 0; k <= max; k++)
            {
                foreach (double edge in new[] { (k + 0.5) / max, (double)k / max })
                {
                    float f = (float)edge;
                    float below = f, above = f;
                    for (int step = 0; step < 3; step++)
                    {
                        values.Add(below);
                        values.Add(above);
                        below = MathF.BitDecrement(below);
                        above = MathF.BitIncrement(above);
                    }
                }
            }
            for (int bits = 0; bits <= 0x3F800000; bits += 977) values.Add(BitConverter.Int32BitsToSingle(bits));
            var random = new Random(11);
            for (int i = 0; i < 100000; i++) values.Add((float)(random.NextDouble() * 1.2 - 0.1));
            values.Add(0.25f);    // an odd count, so the last vector is followed by a scalar tail
            return values.ToArray();
        }

        [Theory]
        [InlineData(SampleRounding.Nearest)]
        [InlineData(SampleRounding.Truncate)]
        public void ToBytes_EqualsToByteForEverySample(SampleRounding rounding)
        {
            float[] samples = Samples(255);
            var levels = new byte[samples.Length];
            SampleLevels.ToBytes(samples, levels, rounding);
            for (int i = 0; i < samples.Length; i++)
                if (levels[i] != SampleLevels.ToByte(samples[i], rounding))
                    Assert.Fail($"sample {samples[i]:R} (bits 0x{BitConverter.SingleToInt32Bits(samples[i]):X8}) at {i}: {levels[i]}, not {SampleLevels.ToByte(samples[i], rounding)}");
        }

        [Theory]
        [InlineData(SampleRounding.Nearest)]
        [InlineData(SampleRounding.Truncate)]
        public void ToBigEndianUInt16_EqualsToUInt16ForEverySample(SampleRounding rounding)
        {
            float[] samples = Samples(65535);
            var levels = new byte[2 * samples.Length];
            SampleLevels.ToBigEndianUInt16(samples, levels, rounding);
            for (int i = 0; i < samples.Length; i++)
            {
                int level = levels[2 * i] << 8 | levels[2 * i + 1];
                if (level != SampleLevels.ToUInt16(samples[i], rounding))
                    Assert.Fail($"sample {samples[i]:R} (bits 0x{BitConverter.SingleToInt32Bits(samples[i]):X8}) at {i}: {level}, not {SampleLevels.ToUInt16(samples[i], rounding)}");
            }
        }

        [Fact]
        public void RowConversionsWriteNothingBeyondTheirSamples()
        {
            // One whole block of vector lanes (four float vectors) and one more sample.
            var samples = new float[4 * System.Numerics.Vector<float>.Count + 1];
            for (int i = 0; i < samples.Length; i++) samples[i] = i / (float)samples.Length;
            var levels = new byte[2 * samples.Length + 5];
            levels.AsSpan().Fill(7);
            SampleLevels.ToBytes(samples, levels, SampleRounding.Nearest);
            for (int i = 0; i < samples.Length; i++) Assert.Equal(SampleLevels.ToByte(samples[i]), levels[i]);
            Assert.All(levels[samples.Length..], b => Assert.Equal(7, b));

            levels.AsSpan().Fill(7);
            SampleLevels.ToBigEndianUInt16(samples, levels, SampleRounding.Nearest);
            Assert.All(levels[(2 * samples.Length)..], b => Assert.Equal(7, b));
            Assert.Throws<ArgumentException>(() => SampleLevels.ToBigEndianUInt16(samples, new byte[2 * samples.Length - 1], SampleRounding.Nearest));
            Assert.Throws<ArgumentException>(() => SampleLevels.ToBytes(samples, new byte[samples.Length - 1], SampleRounding.Nearest));
        }
    }
}
