using System;
using System.Numerics;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Rendering
{
    public class CanonicalArithmeticTests
    {
        // Cases where a separate multiply and add (or a sloppy emulation) round differently from a true
        // fused multiply-add: cancellation, ties, subnormals, signed zeros, overflow, infinities.
        private static readonly float[][] EdgeCases =
        {
            new[] { 1f + P2(-23), 1f - P2(-23), -1f },
            new[] { P2(-12) + P2(-23), P2(-12) + P2(-23), -P2(-24) },
            new[] { 1f + P2(-12), 1f + P2(-12), P2(-24) },
            new[] { 3f, P2(-126), -P2(-125) },
            new[] { P2(-75), P2(-75), 0f },
            new[] { -0f, 5f, 0f },
            new[] { -0f, 5f, -0f },
            new[] { float.MaxValue, 2f, -float.MaxValue },
            new[] { float.MaxValue, float.MaxValue, 0f },
            new[] { float.PositiveInfinity, 0f, 1f },
            new[] { float.NegativeInfinity, 2f, 1f },
            new[] { 1.0000001f, 16777215f, 0.5f },
            // The product is exactly halfway between two floats and c nudges it away from the even one
            // by less than half a double's ulp: the double sum lands on the halfway point, and a second
            // rounding breaks the tie towards the even float, the wrong way.
            new[] { 1f + P2(-12), 1f + P2(-12), P2(-80) },
            new[] { -(1f + P2(-12)), 1f + P2(-12), -P2(-80) },
        };

        [Fact]
        public void HalfwayEdgeCases_DefeatANaiveDoubleRounding()
        {
            // The cases above that the emulation's fast path must hand to round-to-odd: rounding the
            // double sum straight to float gets each of them wrong.
            foreach (float[] c in EdgeCases.AsSpan(EdgeCases.Length - 2).ToArray())
                Assert.NotEqual(BitConverter.SingleToInt32Bits(MathF.FusedMultiplyAdd(c[0], c[1], c[2])),
                    BitConverter.SingleToInt32Bits((float)((double)c[0] * c[1] + c[2])));
        }

        [Fact]
        public void EmulatedFma_IsCorrectlyRounded_OnEdgeCases()
        {
            foreach (float[] c in EdgeCases)
                AssertSameBits(MathF.FusedMultiplyAdd(c[0], c[1], c[2]), CanonicalArithmetic.EmulatedFma(c[0], c[1], c[2]), c);
        }

        [Fact]
        public void EmulatedFma_IsCorrectlyRounded_OnRandomOperands()
        {
            // Random bit patterns over the whole float range, and operands near cancellation (c close to -a*b),
            // where rounding the sum twice goes wrong most often.
            var random = new Random(17);
            var bytes = new byte[4];
            int differ = 0;
            for (int n = 0; n < 400_000; n++)
            {
                float a = RandomFloat(random, bytes), b = RandomFloat(random, bytes);
                float c = n % 2 == 0 ? RandomFloat(random, bytes) : -(a * b) * (1f + (float)(random.NextDouble() - 0.5) * 1e-6f);
                if (BitConverter.SingleToInt32Bits(MathF.FusedMultiplyAdd(a, b, c)) != BitConverter.SingleToInt32Bits(CanonicalArithmetic.EmulatedFma(a, b, c))
                    && !float.IsNaN(MathF.FusedMultiplyAdd(a, b, c)))
                    differ++;
            }
            Assert.Equal(0, differ);
        }

        [Fact]
        public void VectorEmulatedFma_BreaksHalfwayTies_WhenEveryOtherLaneIsOrdinary()
        {
            // One halfway case among ordinary lanes, in each lane position: nothing else in the
            // vector sends it down the round-to-odd path, so the halfway test alone must.
            int lanes = Vector<float>.Count;
            foreach (float[] edge in EdgeCases.AsSpan(EdgeCases.Length - 2).ToArray())
                for (int position = 0; position < lanes; position++)
                {
                    var a = new float[lanes]; var b = new float[lanes]; var c = new float[lanes];
                    for (int k = 0; k < lanes; k++)
                    {
                        bool halfway = k == position;
                        a[k] = halfway ? edge[0] : 1.5f + k;
                        b[k] = halfway ? edge[1] : 0.25f;
                        c[k] = halfway ? edge[2] : 3f;
                    }
                    Vector<float> result = CanonicalArithmetic.EmulatedFma(new Vector<float>(a), new Vector<float>(b), new Vector<float>(c));
                    for (int k = 0; k < lanes; k++)
                        AssertSameBits(MathF.FusedMultiplyAdd(a[k], b[k], c[k]), result[k], new[] { a[k], b[k], c[k] });
                }
        }

        [Fact]
        public void VectorEmulatedFma_EqualsTheScalarEmulation_LaneByLane()
        {
            var random = new Random(3);
            var bytes = new byte[4];
            int lanes = Vector<float>.Count;
            var a = new float[lanes]; var b = new float[lanes]; var c = new float[lanes];
            for (int n = 0; n < 20_000; n++)
            {
                for (int k = 0; k < lanes; k++)
                {
                    float[] edge = EdgeCases[(n + k) % EdgeCases.Length];
                    bool useEdge = n % 5 == 0;
                    a[k] = useEdge ? edge[0] : RandomFloat(random, bytes);
                    b[k] = useEdge ? edge[1] : (float)(random.NextDouble() * 4 - 2);
                    c[k] = useEdge ? edge[2] : -(a[k] * b[k]) * (1f + (float)(random.NextDouble() - 0.5) * 1e-5f);
                }
                Vector<float> result = CanonicalArithmetic.EmulatedFma(new Vector<float>(a), new Vector<float>(b), new Vector<float>(c));
                for (int k = 0; k < lanes; k++)
                    AssertSameBits(MathF.FusedMultiplyAdd(a[k], b[k], c[k]), result[k], new[] { a[k], b[k], c[k] });
            }
        }

        private static float P2(int exponent) => MathF.ScaleB(1f, exponent);

        private static float RandomFloat(Random random, byte[] bytes)
        {
            float f;
            do
            {
                random.NextBytes(bytes);
                f = BitConverter.ToSingle(bytes, 0);
            } while (float.IsNaN(f));
            return f;
        }

        private static void AssertSameBits(float expected, float actual, float[] operands)
        {
            if (float.IsNaN(expected) && float.IsNaN(actual)) return;
            Assert.True(BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(actual),
                $"fma({operands[0]:R}, {operands[1]:R}, {operands[2]:R}): expected {expected:R}, got {actual:R}");
        }
    }
}
