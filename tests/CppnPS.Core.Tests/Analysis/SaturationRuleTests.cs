using System;
using System.Collections.Generic;
using System.Linq;
using CppnPS.Core.Activations;
using CppnPS.Core.Analysis;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using Xunit;

namespace CppnPS.Core.Tests.Analysis
{
    /// <summary>
    /// The saturation rule covers every activation of the catalogue, and what it says of each (bounded or
    /// not, where a tail flattens) is checked against the activation's exact form, not against the rule's
    /// own figures.
    /// </summary>
    public class SaturationRuleTests
    {
        public static IEnumerable<object[]> Catalogue()
            => Enum.GetValues<Activation>().Select(a => new object[] { a });

        private static double F(Activation activation, double x) => ActivationFunctions.Exact(new ActivationSpec(activation), x);

        [Fact]
        public void Catalogue_IsEveryActivation()
        {
            Assert.Equal(ActivationFunctions.Names.Count, Catalogue().Count());
        }

        [Theory]
        [MemberData(nameof(Catalogue))]
        public void EveryActivation_HasARule(Activation activation)
        {
            // Throws for an activation the rule has no case for.
            SaturationRule.IsSaturated(activation, 0);
            SaturationRule.IsBounded(activation);
        }

        [Fact]
        public void AnActivationWithoutARule_IsRefused_NotTakenAsNeverSaturated()
        {
            var unknown = (Activation)Enum.GetValues<Activation>().Length;
            Assert.Throws<ArgumentOutOfRangeException>(() => SaturationRule.IsSaturated(unknown, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => SaturationRule.IsBounded(unknown));
        }

        [Theory]
        [MemberData(nameof(Catalogue))]
        public void Bounded_IsWhatTheFunctionDoes(Activation activation)
        {
            double largest = 0;
            for (double x = -1e4; x <= 1e4; x += 0.37) largest = Math.Max(largest, Math.Abs(F(activation, x)));
            if (SaturationRule.IsBounded(activation)) Assert.True(largest <= 1.0 + 1e-12, $"{activation} reaches {largest}");
            else Assert.True(largest >= 1e3, $"{activation} stays within {largest}");
        }

        [Theory]
        [MemberData(nameof(Catalogue))]
        public void AFlatTail_StartsWhereTheFunctionHasGone99PercentOfTheWayToItsLimit(Activation activation)
        {
            var tails = SaturationRule.TailsOf(activation);
            foreach (int side in new[] { -1, 1 })
            {
                double start = side < 0 ? tails.Below : tails.Above;
                if (double.IsInfinity(start)) continue;
                // The limit as the function shows it far out, and the largest distance from it on the inner side
                // (from f(0), or from the bottom of a dip).
                double limit = F(activation, side * 1e4);
                double inner = 0;
                for (double x = 0; side * x < side * start; x += side * 1e-3) inner = Math.Max(inner, Math.Abs(F(activation, x) - limit));
                Assert.Equal(0.01 * inner, Math.Abs(F(activation, start) - limit), 6);
                Assert.True(Math.Abs(F(activation, start - side * 0.05) - limit) > 0.01 * inner, $"{activation} flattens before {start}");
                for (double x = start + side * 1e-3; side * x < 1e3; x += side * 0.25)
                    Assert.True(Math.Abs(F(activation, x) - limit) <= 0.01 * inner + 1e-12, $"{activation} leaves its tail at {x}");
                Assert.True(SaturationRule.IsSaturated(activation, start + side * 1e-6));
                Assert.False(SaturationRule.IsSaturated(activation, start - side * 1e-6));
            }
        }

        [Theory]
        [MemberData(nameof(Catalogue))]
        public void ASideWithoutATail_KeepsMoving_OrIsReluScaleFreeZeroHalf(Activation activation)
        {
            var tails = SaturationRule.TailsOf(activation);
            foreach (int side in new[] { -1, 1 })
            {
                if (!double.IsInfinity(side < 0 ? tails.Below : tails.Above)) continue;
                var far = Enumerable.Range(0, 401).Select(k => F(activation, side * (1000 + k * 0.25))).ToArray();
                if (far.Max() - far.Min() > 0.5) continue;
                // Only relu's zero half is flat without being a tail: relu(k x) = k relu(x), so larger weights
                // never move a unit onto it.
                Assert.Equal(Activation.Relu, activation);
                Assert.All(far, v => Assert.Equal(0, v));
                Assert.False(SaturationRule.IsSaturated(activation, side * 1e6));
            }
        }

        [Theory]
        [InlineData(Activation.Tanh, -2.647, 2.647)]
        [InlineData(Activation.Sigmoid, -5.293, 5.293)]
        [InlineData(Activation.Gaussian, -2.146, 2.146)]
        [InlineData(Activation.Hat, -0.99, 0.99)]
        [InlineData(Activation.Elu, -4.605, double.PositiveInfinity)]
        [InlineData(Activation.Softplus, -4.968, double.PositiveInfinity)]
        [InlineData(Activation.Silu, -7.96, double.PositiveInfinity)]
        [InlineData(Activation.Gelu, -3.28, double.PositiveInfinity)]
        [InlineData(Activation.GeluTanh, -3.23, double.PositiveInfinity)]
        public void TheTailsStartWhereTheDocumentationSays(Activation activation, double below, double above)
        {
            var tails = SaturationRule.TailsOf(activation);
            Assert.Equal(below, tails.Below, 2);
            if (double.IsInfinity(above)) Assert.Equal(above, tails.Above);
            else Assert.Equal(above, tails.Above, 2);
        }

        [Fact]
        public void TheBoundedSquashes_KeepTheirFormerThresholdsOnTheOutput()
        {
            static double Atanh(double a) => 0.5 * Math.Log((1 + a) / (1 - a));
            static double Logit(double a) => Math.Log(a / (1 - a));
            Assert.True(SaturationRule.IsSaturated(Activation.Tanh, Atanh(0.995)));
            Assert.True(SaturationRule.IsSaturated(Activation.Tanh, -Atanh(0.995)));
            Assert.False(SaturationRule.IsSaturated(Activation.Tanh, Atanh(0.98)));
            Assert.True(SaturationRule.IsSaturated(Activation.Sigmoid, Logit(0.996)));
            Assert.True(SaturationRule.IsSaturated(Activation.Sigmoid, Logit(0.004)));
            Assert.False(SaturationRule.IsSaturated(Activation.Sigmoid, Logit(0.99)));
            Assert.True(SaturationRule.IsSaturated(Activation.Gaussian, Math.Sqrt(-Math.Log(0.001))));
            Assert.False(SaturationRule.IsSaturated(Activation.Gaussian, Math.Sqrt(-Math.Log(0.02))));
            Assert.False(SaturationRule.IsSaturated(Activation.Relu, 1000));
            Assert.False(SaturationRule.IsSaturated(Activation.Sin, 1000));
        }

        [Fact]
        public void Elu_FlattensTowardsMinusAlphaWhateverAlpha_ButNotWithAlphaZero()
        {
            foreach (float alpha in new[] { 0.5f, 1f, 3f, -2f })
            {
                Assert.True(SaturationRule.IsSaturated(new ActivationSpec(Activation.Elu, alpha), -4.7));
                Assert.False(SaturationRule.IsSaturated(new ActivationSpec(Activation.Elu, alpha), -4.5));
            }
            Assert.False(SaturationRule.IsSaturated(new ActivationSpec(Activation.Elu, 0f), -100));
        }

        [Theory]
        [InlineData("silu")]
        [InlineData("elu")]
        [InlineData("softplus")]
        [InlineData("gelu")]
        [InlineData("hat")]
        public void Measure_CountsSaturationInTheNewerActivations(string activation)
        {
            // Large weights push the sums far out on both sides, onto the flat tails these activations have;
            // the rule knew only tanh, sigmoid and gaussian before, and counted 0 here.
            var net = CppnNetwork.Create(new NetworkOptions
            {
                Seed = 3, HiddenWidths = new[] { 16, 16 }, Scale = 20, HiddenActivationTexts = new[] { activation },
            });
            var layers = NetworkProbe.Measure(net, new RenderOptions { Width = 16, Height = 16 });
            Assert.True(layers[0].Saturated > 0.05, $"{activation}: {layers[0].Saturated}");
        }
    }
}
