using System;
using CppnPS.Core.Imaging;
using Xunit;

namespace CppnPS.Core.Tests.Imaging
{
    public class PaethFilterTests
    {
        // Bytes a pixel for 1 to 4 channels at 8 and 16 bits.
        public static TheoryData<int> PixelSizes => new TheoryData<int> { 1, 2, 3, 4, 6, 8 };

        [Theory]
        [InlineData(1, 2, 3, 1)]        // p = 0: |p - a| = 1 is the least
        [InlineData(10, 20, 10, 20)]    // p = 20 = b
        [InlineData(20, 10, 10, 20)]    // p = 20 = a
        [InlineData(3, 7, 5, 5)]        // p = 5 = c: a and b tie at 2, both lose to c
        [InlineData(14, 2, 10, 2)]      // p = 6: b and c tie at 4, b wins
        [InlineData(5, 9, 3, 9)]        // p = 11: 6, 2, 8
        [InlineData(0, 255, 255, 0)]    // p = 0 = a
        [InlineData(255, 0, 128, 128)]  // p = 127: 128, 127, 1
        public void PredictorFollowsTheSpecification(int a, int b, int c, int expected) =>
            Assert.Equal(expected, PaethFilter.Predict(a, b, c));

        [Theory]
        [MemberData(nameof(PixelSizes))]
        public void VectorFilterEqualsTheReferenceOnEveryNeighbourTriple(int bytesPerPixel)
        {
            // Pixel 2t + 1 of a row has left a = row k's value, upper-left c = t >> 8, upper b = t & 255 (t < 65536), in
            // every byte of the pixel; over k = 0..255 every (a, b, c) triple comes up, in every lane position.
            const int pixels = 2 * 65536;
            int length = pixels * bytesPerPixel;
            var above = new byte[length];
            for (int t = 0; t < 65536; t++)
                for (int j = 0; j < bytesPerPixel; j++)
                {
                    above[(2 * t) * bytesPerPixel + j] = (byte)(t >> 8);
                    above[(2 * t + 1) * bytesPerPixel + j] = (byte)t;
                }
            var current = new byte[length];
            var vector = new byte[length + 1];
            var reference = new byte[length + 1];
            for (int k = 0; k < 256; k++)
            {
                for (int i = 0; i < length; i++) current[i] = (byte)(k + (i / bytesPerPixel % 2 == 1 ? 77 * (i / bytesPerPixel) : 0));
                for (int t = 0; t < 65536; t++)
                    for (int j = 0; j < bytesPerPixel; j++) current[(2 * t) * bytesPerPixel + j] = (byte)k;
                PaethFilter.Vectorized(current, above, bytesPerPixel, vector, 1);
                PaethFilter.Reference(current, above, bytesPerPixel, reference, 1);
                if (!vector.AsSpan().SequenceEqual(reference))
                    Assert.Fail($"a = {k}: byte {vector.AsSpan().CommonPrefixLength(reference) - 1} differs");
            }
        }

        [Theory]
        [MemberData(nameof(PixelSizes))]
        public void VectorFilterEqualsTheReferenceOnRandomRows(int bytesPerPixel)
        {
            var random = new Random(bytesPerPixel);
            // Lengths below one pixel, below one vector, with every remainder, and a long row.
            for (int length = 1; length <= 3 * 64 + 9; length++) Check(length);
            Check(4096 * bytesPerPixel);

            void Check(int length)
            {
                var current = new byte[length];
                var above = new byte[length + 5];   // the row above may be longer; only its first bytes count
                random.NextBytes(current);
                random.NextBytes(above);
                // Runs of equal and near values, where the ties of the predictor decide.
                for (int i = 0; i < length; i += 7) current[i] = above[i];
                var vector = new byte[length + 3];
                var reference = new byte[length + 3];
                PaethFilter.Vectorized(current, above, bytesPerPixel, vector, 2);
                PaethFilter.Reference(current, above, bytesPerPixel, reference, 2);
                Assert.Equal(reference, vector);
                var applied = new byte[length + 3];
                PaethFilter.Apply(current, above, bytesPerPixel, applied, 2);
                Assert.Equal(reference, applied);
                Assert.Equal(Unfilter(reference.AsSpan(2, length).ToArray(), above, bytesPerPixel), current);
            }
        }

        [Fact]
        public void RowsThatDoNotFitAreRefused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => PaethFilter.Vectorized(new byte[8], new byte[8], 3, new byte[8], 1));
            Assert.Throws<ArgumentException>(() => PaethFilter.Reference(new byte[8], new byte[7], 3, new byte[8], 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => PaethFilter.Apply(new byte[8], new byte[8], 0, new byte[8], 0));
        }

        // A decoder's side, written independently: each byte plus the prediction from the bytes already restored.
        private static byte[] Unfilter(byte[] filtered, byte[] above, int bytesPerPixel)
        {
            var row = new byte[filtered.Length];
            for (int i = 0; i < row.Length; i++)
            {
                int a = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
                int b = above[i];
                int c = i >= bytesPerPixel ? above[i - bytesPerPixel] : 0;
                int pa = Math.Abs(b - c), pb = Math.Abs(a - c), pc = Math.Abs(a + b - 2 * c);
                int prediction = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
                row[i] = (byte)(filtered[i] + prediction);
            }
            return row;
        }
    }
}
