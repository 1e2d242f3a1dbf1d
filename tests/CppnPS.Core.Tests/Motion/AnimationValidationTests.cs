using System;
using System.Linq;
using CppnPS.Core.Model;
using CppnPS.Core.Motion;
using Xunit;
using static CppnPS.Core.Tests.Motion.MotionTestData;

namespace CppnPS.Core.Tests.Motion
{
    public class AnimationValidationTests
    {
        [Theory]
        [InlineData(0)]
        [InlineData(-3)]
        [InlineData(Animation.MaxFrameCount + 1)]
        public void FrameCount_OutsideTheRange_IsRefused(int frames)
        {
            var ex = Assert.Throws<InvalidAnimationException>(() => (Of(MotionKind.Zoom) with { FrameCount = frames }).Validate());
            Assert.Equal(AnimationProblem.FrameCount, ex.Problem);
            Assert.Equal(nameof(Animation.FrameCount), ex.ParamName);
            Assert.EndsWith("Give a frame count of at least 1.", ex.Message);
        }

        [Theory]
        [InlineData(0.0)]
        [InlineData(double.NaN)]
        [InlineData(double.PositiveInfinity)]
        [InlineData(1001.0)]
        public void FrameRate_OutsideTheRange_IsRefused(double rate)
        {
            var ex = Assert.Throws<InvalidAnimationException>(() => (Of(MotionKind.Zoom) with { FrameRate = rate }).Validate());
            Assert.Equal(AnimationProblem.FrameRate, ex.Problem);
        }

        [Fact]
        public void Morph_OfNetworksOfDifferentShapes_SaysWhereTheyDiffer()
        {
            CppnNetwork wide = CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 8, 9 }, Seed = 2, IncludeRadius = true });
            var ex = Assert.Throws<InvalidAnimationException>(() => (Of(MotionKind.Morph) with { Networks = new[] { Network(1), wide } }).Validate());
            Assert.Equal(AnimationProblem.NetworkShapes, ex.Problem);
            Assert.Contains("its layer 1 is 8->9, network 0's is 8->8", ex.Message);
        }

        [Fact]
        public void Morph_OfNetworksWithOtherInputs_IsRefused()
        {
            var ex = Assert.Throws<InvalidAnimationException>(() =>
                (Of(MotionKind.Morph) with { Networks = new[] { Network(1), Network(2, radius: false) } }).Validate());
            Assert.Equal(AnimationProblem.NetworkShapes, ex.Problem);
            Assert.Contains("inputs", ex.Message);
        }

        [Fact]
        public void Keyframes_OfNetworksWithOtherActivations_AreRefused()
        {
            CppnNetwork sine = Network(3);
            sine.SetLayerActivation(0, CppnPS.Core.Activations.Activation.Sin);
            var ex = Assert.Throws<InvalidAnimationException>(() =>
                (Of(MotionKind.Keyframes) with { Networks = new[] { Network(1), Network(2), sine } }).Validate());
            Assert.Equal(AnimationProblem.NetworkShapes, ex.Problem);
            Assert.Contains("Network 2", ex.Message);
        }

        [Theory]
        [InlineData(MotionKind.Morph, 1)]
        [InlineData(MotionKind.Morph, 3)]
        [InlineData(MotionKind.Keyframes, 1)]
        [InlineData(MotionKind.Zoom, 2)]
        [InlineData(MotionKind.Rotate, 0)]
        public void WrongNumberOfNetworks_IsRefused(MotionKind kind, int count)
        {
            var networks = new CppnNetwork[count];
            for (int i = 0; i < count; i++) networks[i] = Network(i + 1);
            var ex = Assert.Throws<InvalidAnimationException>(() => (Of(kind) with { Networks = networks }).Validate());
            Assert.Equal(AnimationProblem.NetworkCount, ex.Problem);
        }

        [Theory]
        [InlineData("bouncy")]
        [InlineData("")]
        [InlineData(null)]
        public void UnknownEasing_IsRefused_ListingTheKnownOnes(string? name)
        {
            var ex = Assert.Throws<InvalidAnimationException>(() => Easings.Parse(name!));
            Assert.Equal(AnimationProblem.Easing, ex.Problem);
            Assert.Contains(Easings.NameList, ex.Message);
        }

        [Fact]
        public void UndefinedEasingValue_IsRefused()
        {
            var ex = Assert.Throws<InvalidAnimationException>(() => (Of(MotionKind.Zoom) with { Easing = (Easing)42 }).Validate());
            Assert.Equal(AnimationProblem.Easing, ex.Problem);
        }

        [Theory]
        [InlineData("smoothstep", Easing.Smoothstep)]
        [InlineData(" LINEAR ", Easing.Linear)]
        [InlineData("Sinusoid", Easing.Sinusoid)]
        public void Easing_ParsesAnyCase(string name, Easing expected) => Assert.Equal(expected, Easings.Parse(name));

        [Theory]
        [InlineData(Easing.Linear)]
        [InlineData(Easing.Smoothstep)]
        [InlineData(Easing.Sinusoid)]
        public void Easing_EndsExactlyAtZeroAndOne_AndRises(Easing easing)
        {
            Assert.Equal(0.0, Easings.Apply(easing, 0.0));
            Assert.Equal(1.0, Easings.Apply(easing, 1.0));
            Assert.Equal(0.5, Easings.Apply(easing, 0.5), 15);
            double previous = 0;
            for (int k = 1; k <= 20; k++)
            {
                double v = Easings.Apply(easing, k / 20.0);
                Assert.True(v > previous, $"{easing} rises at {k / 20.0}");
                previous = v;
            }
        }

        [Fact]
        public void Easing_SmoothstepAndSinusoid_StartAtRest()
        {
            // Their slope at 0 is 0: the first step is far smaller than linear's.
            Assert.True(Easings.Apply(Easing.Smoothstep, 0.01) < 0.001);
            Assert.True(Easings.Apply(Easing.Sinusoid, 0.01) < 0.001);
        }

        [Fact]
        public void LatentMotion_OfANetworkWithoutLatentInputs_SaysHowToMakeOne()
        {
            var ex = Assert.Throws<InvalidAnimationException>(() =>
                (Of(MotionKind.LatentWalk) with { Networks = new[] { Network(1) } }).Validate());
            Assert.Equal(AnimationProblem.Latent, ex.Problem);
            Assert.Contains("-LatentSize", ex.Message);
        }

        [Fact]
        public void LatentMotion_WithAVectorOfTheWrongSize_IsRefused()
        {
            var ex = Assert.Throws<InvalidAnimationException>(() => (Of(MotionKind.LatentLoop) with { LatentTo = new[] { 1f } }).Validate());
            Assert.Equal(AnimationProblem.Latent, ex.Problem);
            Assert.Equal(nameof(Animation.LatentTo), ex.ParamName);
        }

        [Theory]
        [InlineData(3, null, null)]
        [InlineData(1, 8, null)]
        [InlineData(1, null, 2)]
        [InlineData(1, 2, 8)]
        public void Sweep_OfAWeightThatIsNotThere_IsRefused(int layer, int? neuron, int? input)
        {
            var ex = Assert.Throws<InvalidAnimationException>(() =>
                (Of(MotionKind.Sweep) with { SweepLayer = layer, SweepNeuron = neuron, SweepInput = input }).Validate());
            Assert.Equal(AnimationProblem.Parameter, ex.Problem);
        }

        [Fact]
        public void NonFiniteParameter_IsRefused_ByName()
        {
            var ex = Assert.Throws<InvalidAnimationException>(() => (Of(MotionKind.Wave) with { WaveAmplitude = double.NaN }).Validate());
            Assert.Equal(AnimationProblem.Parameter, ex.Problem);
            Assert.Equal(nameof(Animation.WaveAmplitude), ex.ParamName);
        }

        [Fact]
        public void Defaults_AreTheArticleRepositorys()
        {
            var a = new Animation();
            Assert.Equal(60, a.FrameCount);
            Assert.Equal(30.0, a.FrameRate);
            Assert.Equal(256, a.Picture.Width);
            Assert.Equal(256, a.Picture.Height);
            Assert.Equal((1.0, 0.2), (a.ZoomFrom, a.ZoomTo));
            Assert.Equal((0.1, 2.0), (a.WaveAmplitude, a.WaveFrequency));
            Assert.Equal(10.0, a.SpiralStrength);
            Assert.Equal(0.3, a.PanRadius);
            Assert.Equal(PanPath.Circular, a.PanPath);
            Assert.Equal(Easing.Smoothstep, (a with { Kind = MotionKind.Morph }).EffectiveEasing);
            Assert.Equal(Easing.Linear, (a with { Kind = MotionKind.Zoom }).EffectiveEasing);
        }

        [Theory]
        [InlineData(1.5, false)]
        [InlineData(2.0, true)]
        [InlineData(-1.0, true)]
        public void Rotate_IsSeamless_OnlyForWholeTurns(double turns, bool seamless)
            => Assert.Equal(seamless, (Of(MotionKind.Rotate) with { Turns = turns }).IsSeamless);

        [Fact]
        public void TimeOf_SpacesOpenMotionsToReachTheEnd_AndLoopsToComeBack()
        {
            Animation zoom = Of(MotionKind.Zoom, frames: 5);
            Assert.Equal(new[] { 0, 0.25, 0.5, 0.75, 1.0 }, new[] { 0, 1, 2, 3, 4 }.Select(zoom.TimeOf));
            Animation rotate = Of(MotionKind.Rotate, frames: 4);
            Assert.Equal(new[] { 0, 0.25, 0.5, 0.75 }, new[] { 0, 1, 2, 3 }.Select(rotate.TimeOf));
            Assert.Equal(0.0, (zoom with { FrameCount = 1 }).TimeOf(0));
        }
    }
}
