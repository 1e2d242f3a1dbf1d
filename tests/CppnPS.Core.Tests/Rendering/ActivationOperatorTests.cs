using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using CppnPS.Core.Activations;
using Xunit;

namespace CppnPS.Core.Tests.Rendering
{
    /// <summary>
    /// Every activation, through the one generic loop: vector lanes, the span's scalar tail and the
    /// scalar twin give the same bits for every input, and each stays within its stated bound of
    /// the double-precision function.
    /// </summary>
    public class ActivationOperatorTests
    {
        public static TheoryData<Activation> EveryActivation()
        {
            var data = new TheoryData<Activation>();
            foreach (Activation a in Enum.GetValues<Activation>()) data.Add(a);
            return data;
        }

        /// <summary>
        /// Dense sweeps, the special values (NaNs with payloads and a signalling NaN, signed zeros,
        /// infinities, subnormals, the largest floats, every activation's switch points and their
        /// neighbours), and random bit patterns, which reach every exponent.
        /// </summary>
        private static readonly float[] Inputs = BuildInputs();

        private static float[] BuildInputs()
        {
            var values = new List<float>();
            for (float x = -64f; x <= 64f; x += 1f / 256) values.Add(x);
            for (float x = -4f; x <= 4f; x += 1f / 8192) values.Add(x);
            values.AddRange(new[]
            {
                float.NaN, -float.NaN, Bits(0x7FC00001), Bits(unchecked((int)0xFFC12345)), Bits(0x7F800001), Bits(0x7FA00000),
                0f, -0f, float.PositiveInfinity, float.NegativeInfinity,
                float.Epsilon, -float.Epsilon, Bits(0x007FFFFF), Bits(unchecked((int)0x807FFFFF)), Bits(0x00400000),
                1.17549435e-38f, -1.17549435e-38f, float.MaxValue, float.MinValue, 3e38f, -3e38f, 1e30f, 1e20f, 1e-20f, 1e-30f,
                FastActivations.SinExactBeyond, -FastActivations.SinExactBeyond, 5e9f, 2e9f, 123456789f, 1e6f + 0.5f,
                7.90531110763549805f, -7.90531110763549805f, 9.3454f, -9.3454f, 9.35f, 13.2f, 18.7f, 87.33654f,
            });
            foreach (float v in values.ToArray())
                if (!float.IsNaN(v) && !float.IsInfinity(v))
                {
                    values.Add(NextUp(v));
                    values.Add(NextDown(v));
                }
            var random = new Random(2024);
            var bytes = new byte[4];
            for (int i = 0; i < 200_000; i++)
            {
                random.NextBytes(bytes);
                values.Add(BitConverter.ToSingle(bytes, 0));
            }
            return values.ToArray();
        }

        [Theory]
        [MemberData(nameof(EveryActivation))]
        public void VectorLanes_EqualTheScalarTwin_BitForBit(Activation activation)
        {
            // Trim to whole vectors so that every value goes through a vector lane.
            int whole = Inputs.Length - Inputs.Length % Vector<float>.Count;
            var lanes = Inputs.AsSpan(0, whole).ToArray();
            FastActivations.Apply(activation, lanes);
            for (int i = 0; i < whole; i++)
                AssertSameBits(FastActivations.Apply(activation, Inputs[i]), lanes[i], activation, Inputs[i]);
        }

        [Theory]
        [MemberData(nameof(EveryActivation))]
        public void SpansOfEveryLength_GiveTheLanesBits_InTheTailToo(Activation activation)
        {
            // Every length from 0 to three vectors and a bit, at several offsets into the inputs:
            // the values past the last whole vector take the scalar path.
            int width = Vector<float>.Count;
            float[] special = Inputs.Where(v => float.IsNaN(v) || float.IsInfinity(v) || v == 0 || Math.Abs(v) < 1.2e-38f || Math.Abs(v) > 1e9f).ToArray();
            var sources = new[] { special, Inputs.Skip(1000).ToArray(), Inputs.Skip(Inputs.Length - 4 * width).ToArray() };
            foreach (float[] source in sources)
                for (int length = 0; length <= Math.Min(source.Length, 3 * width + 1); length++)
                    for (int offset = 0; offset + length <= source.Length && offset < 2 * width; offset += 3)
                    {
                        float[] span = source.AsSpan(offset, length).ToArray();
                        FastActivations.Apply(activation, span);
                        for (int i = 0; i < length; i++)
                        {
                            float x = source[offset + i];
                            AssertSameBits(Lane(activation, x), span[i], activation, x);
                        }
                    }
        }

        [Theory]
        [MemberData(nameof(EveryActivation))]
        public void EveryActivation_IsWithinItsStatedBound_OfFloat64(Activation activation)
        {
            double bound = FastActivations.MaxError(activation), worst = 0;
            float worstAt = 0;
            foreach (float x in Inputs)
            {
                double expected = Float64(activation, x);
                float actual = FastActivations.Apply(activation, x);
                if (double.IsNaN(expected))
                {
                    Assert.True(float.IsNaN(actual), $"{activation}({x:R}) = {actual:R}; expected NaN.");
                    continue;
                }
                Assert.False(float.IsNaN(actual), $"{activation}({x:R}) is NaN; expected {expected:R}.");
                // Relative to the result beyond 1: activations that grow like x keep float's own rounding there.
                // A result equal to the float nearest the true value (infinity beyond the float range) is exact.
                double error = actual == expected || actual == (float)expected ? 0 : Math.Abs(actual - expected) / Math.Max(1, Math.Abs(expected));
                if (error > worst) { worst = error; worstAt = x; }
            }
            Assert.True(worst <= bound, $"{activation}: worst error {worst:E3} at x = {worstAt:R}; stated bound {bound:E1}.");
        }

        [Fact]
        public void Relu_KeepsNaN_InTheLanesAndInTheTail()
        {
            // A vector max and the old scalar tail disagreed on NaN (one gave NaN, the other 0).
            int width = Vector<float>.Count;
            var values = new float[width + 1];
            for (int i = 0; i < values.Length; i++) values[i] = float.NaN;
            FastActivations.Apply(Activation.Relu, values);
            Assert.All(values, v => Assert.True(float.IsNaN(v)));
            Assert.True(float.IsNaN(FastActivations.Apply(Activation.Relu, float.NaN)));
            Assert.True(float.IsNaN(ActivationFunctions.Apply(Activation.Relu, float.NaN)));
            var zeros = new[] { -0f, -0f };
            FastActivations.Apply(Activation.Relu, zeros);
            Assert.All(zeros, v => Assert.Equal(0, BitConverter.SingleToInt32Bits(v)));
        }

        [Theory]
        [MemberData(nameof(EveryActivation))]
        public void TheExactForms_AreTheFloat64FunctionsRoundedOnce(Activation activation)
        {
            foreach (float x in Inputs)
            {
                double expected = Float64(activation, x);
                float exact = ActivationFunctions.Apply(activation, x);
                if (double.IsNaN(expected)) Assert.True(float.IsNaN(exact));
                else Assert.Equal(BitConverter.SingleToInt32Bits((float)expected), BitConverter.SingleToInt32Bits(exact));
            }
        }

        /// <summary>The value in one lane of a whole vector of <paramref name="x"/>.</summary>
        private static float Lane(Activation activation, float x)
        {
            var vector = new float[Vector<float>.Count];
            for (int i = 0; i < vector.Length; i++) vector[i] = x;
            FastActivations.Apply(activation, vector);
            return vector[vector.Length - 1];
        }

        /// <summary>The functions in double precision, written here independently of the library.</summary>
        private static double Float64(Activation activation, float value)
        {
            double x = value;
            switch (activation)
            {
                case Activation.Tanh: return Math.Tanh(x);
                case Activation.Sigmoid: return 1 / (1 + Math.Exp(-x));
                case Activation.Relu: return double.IsNaN(x) ? x : Math.Max(0, x);
                case Activation.Identity: return x;
                case Activation.Sin: return Math.Sin(x);
                case Activation.Gaussian: return Math.Exp(-x * x);
                case Activation.LeakyRelu: return x > 0 ? x : 0.01f * x;
                case Activation.Elu: return x > 0 ? x : Math.Exp(x) - 1 + (Math.Abs(x) < 1e-5 ? -(Math.Exp(x) - 1) + x + x * x / 2 + x * x * x / 6 : 0);
                case Activation.Gelu: return x * MathNet.Numerics.Distributions.Normal.CDF(0, 1, x);
                case Activation.GeluTanh: return 0.5 * x * (1 + Math.Tanh(Math.Sqrt(2 / Math.PI) * (x + 0.044715 * Math.Pow(x, 3))));
                case Activation.Softplus:
                    {
                        double y = Math.Exp(-Math.Abs(x));
                        return Math.Max(x, 0) + (y < 1e-4 ? y - y * y / 2 + y * y * y / 3 : Math.Log(1 + y));
                    }
                case Activation.Silu: return x * (1 / (1 + Math.Exp(-x)));
                case Activation.Cos: return Math.Cos(x);
                case Activation.Abs: return Math.Abs(x);
                case Activation.Square: return x * x;
                case Activation.Hat: return double.IsNaN(x) ? x : Math.Max(0, 1 - Math.Abs(x));
                case Activation.Sawtooth: return 2 * (x - Math.Floor(x + 0.5));
                default: throw new ArgumentOutOfRangeException(nameof(activation), activation, "Add the new activation here.");
            }
        }

        private static void AssertSameBits(float expected, float actual, Activation activation, float x)
        {
            int e = BitConverter.SingleToInt32Bits(expected), a = BitConverter.SingleToInt32Bits(actual);
            Assert.True(e == a, $"{activation}({x:R} = 0x{BitConverter.SingleToInt32Bits(x):X8}): expected 0x{e:X8} ({expected:R}), got 0x{a:X8} ({actual:R}).");
        }

        private static float Bits(int bits) => BitConverter.Int32BitsToSingle(bits);

        private static float NextUp(float x) => x == 0 ? float.Epsilon : Bits(BitConverter.SingleToInt32Bits(x) + (x > 0 ? 1 : -1));

        private static float NextDown(float x) => x == 0 ? -float.Epsilon : Bits(BitConverter.SingleToInt32Bits(x) - (x > 0 ? 1 : -1));
    }
}
