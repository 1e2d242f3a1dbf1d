using System;
using System.Globalization;
using CppnPS.Core.Genome;
using Xunit;

namespace CppnPS.Core.Tests.Genome
{
    public class RoundTripNumberTests
    {
        [Fact]
        public void FloatText_ReadsBackBitExactlyThroughDoubleForRandomBitPatterns()
        {
            var random = new Random(20240607);
            for (int k = 0; k < 1_000_000; k++)
            {
                float value = GenomeTestNetworks.RandomFiniteFloat(random);
                string text = RoundTripNumber.Format(value);
                float back = (float)double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                Assert.True(BitConverter.SingleToInt32Bits(value) == BitConverter.SingleToInt32Bits(back), $"{value:R} was written as {text}");
            }
        }

        [Fact]
        public void FloatText_IsTheShortestRoundTripDecimal()
        {
            var random = new Random(5);
            for (int k = 0; k < 100_000; k++)
            {
                float value = GenomeTestNetworks.RandomFiniteFloat(random);
                string text = RoundTripNumber.Format(value);
                // .NET's own shortest round-trip text; ours must be no longer and read back to the same float.
                Assert.True(text.Length <= value.ToString(CultureInfo.InvariantCulture).Length, $"{text} is longer than {value}");
            }
            Assert.Equal("0.1", RoundTripNumber.Format(0.1f));
            Assert.Equal("-0", RoundTripNumber.Format(-0f));
            Assert.Equal("1E-45", RoundTripNumber.Format(float.Epsilon));
            Assert.Equal("3.4028235E+38", RoundTripNumber.Format(float.MaxValue));
            Assert.Equal("16777216", RoundTripNumber.Format(16777216f));
        }

        [Fact]
        public void FloatText_AvoidsTheShortestDecimalWhenReadingThroughDoubleWouldRoundItWrongly()
        {
            // 0x15AE43FD is 7.038531E-26 to the shortest float decimal, but that decimal read as a double lies
            // exactly on a float midpoint and rounds (to even) to the neighbour 0x15AE43FE: the double-then-float
            // path every reader uses (and numpy's own repr) would lose it. Nine digits keep it.
            float value = BitConverter.Int32BitsToSingle(0x15AE43FD);
            Assert.Equal("7.038531E-26", value.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(0x15AE43FE, BitConverter.SingleToInt32Bits((float)double.Parse("7.038531E-26", CultureInfo.InvariantCulture)));
            string text = RoundTripNumber.Format(value);
            Assert.NotEqual("7.038531E-26", text);
            Assert.Equal(0x15AE43FD, BitConverter.SingleToInt32Bits((float)double.Parse(text, CultureInfo.InvariantCulture)));
        }

        [Fact]
        public void DoubleText_RoundTripsBitExactly()
        {
            var random = new Random(11);
            for (int k = 0; k < 200_000; k++)
            {
                double value = BitConverter.Int64BitsToDouble(random.NextInt64());
                if (!double.IsFinite(value)) continue;
                string text = RoundTripNumber.Format(value);
                Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)));
            }
            Assert.Equal("0.30000000000000004", RoundTripNumber.Format(0.1 + 0.2));
            Assert.Equal("1", RoundTripNumber.Format(1.0));
        }

        [Fact]
        public void FloatText_DoesNotDependOnTheCurrentCulture()
        {
            var saved = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = new CultureInfo("de-DE");
                Assert.Equal("-1.5", RoundTripNumber.Format(-1.5f));
                Assert.Equal("2.25", RoundTripNumber.Format(2.25));
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }
    }
}
