using System;
using System.Linq;
using System.Threading;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Motion;
using CppnPS.Core.Rendering;
using Xunit;
using static CppnPS.Core.Tests.Motion.MotionTestData;

namespace CppnPS.Core.Tests.Motion
{
    public class AnimationRendererTests
    {
        private static readonly ExecutionOptions Reference = new ExecutionOptions { Engine = RenderEngineKind.Reference };

        [Theory]
        [MemberData(nameof(MotionTestData.KindsWithoutTransform), MemberType = typeof(MotionTestData))]
        public void EveryFrame_IsTheStillOfItsNetworkAndView(MotionKind kind)
        {
            Animation animation = Of(kind);
            foreach (CppnImage frame in AnimationRenderer.Render(animation))
            {
                CppnImage still = CppnRenderer.Render(frame.Network!, frame.Options!);
                AssertBitEqual(still, frame, $"{kind} frame {frame.Frame!.Index}");
            }
        }

        [Theory]
        [MemberData(nameof(MotionTestData.AllKinds), MemberType = typeof(MotionTestData))]
        public void FrameK_RenderedAlone_IsFrameKOfTheAnimation(MotionKind kind)
        {
            Animation animation = Of(kind, frames: 5);
            CppnImage[] all = AnimationRenderer.Render(animation, execution: new ExecutionOptions { ThrottleLimit = 3 }).ToArray();
            Assert.Equal(5, all.Length);
            for (int k = 0; k < all.Length; k++)
            {
                Assert.Equal(k, all[k].Frame!.Index);
                Assert.Equal(5, all[k].Frame!.Count);
                Assert.Equal(animation.TimeOf(k), all[k].Frame!.Time);
                CppnImage alone = AnimationRenderer.RenderFrame(animation, k, execution: new ExecutionOptions { ThrottleLimit = 1 });
                AssertBitEqual(all[k], alone, $"{kind} frame {k}");
            }
        }

        [Theory]
        [MemberData(nameof(MotionTestData.AllKinds), MemberType = typeof(MotionTestData))]
        public void FrameK_ReRenderedFromItsDescription_IsTheSameBits(MotionKind kind)
        {
            Animation animation = Of(kind, frames: 4);
            CppnImage frame = AnimationRenderer.RenderFrame(animation, 2);
            Animation fromDescription = AnimationJson.Read(frame.Frame!.Description);
            AssertBitEqual(frame, AnimationRenderer.RenderFrame(fromDescription, 2), $"{kind} frame 2 from its description");
        }

        [Theory]
        [MemberData(nameof(MotionTestData.AllKinds), MemberType = typeof(MotionTestData))]
        public void BothEngines_RenderEveryFrameToTheSameBits(MotionKind kind)
        {
            // With the same activation arithmetic, as EngineAgreementTests holds the engines for stills.
            Animation animation = Of(kind, frames: 4);
            for (int k = 0; k < animation.FrameCount; k++)
            {
                double t = animation.TimeOf(k);
                CppnImage fast = AnimationRenderer.RenderAtTime(animation, t, ExecutionOptions.Default);
                CppnImage reference = AnimationRenderer.RenderAtTime(animation, t, Reference, exactReferenceActivations: false);
                AssertBitEqual(fast, reference, $"{kind} frame {k}, fast vs reference");
            }
        }

        [Theory]
        [InlineData(CoordinateMode.Normalized)]
        [InlineData(CoordinateMode.AspectCorrect)]
        [InlineData(CoordinateMode.Pixel)]
        public void BothEngines_Agree_OnTransformedRowsWiderThanATile(CoordinateMode mode)
        {
            // Wider than the fast engine's tile, so the per-pixel coordinates are read from an offset into the row.
            var picture = new RenderOptions { Width = TiledEngine.DefaultTileSize + 37, Height = 3, CoordinateMode = mode, Zoom = mode == CoordinateMode.Pixel ? 0.01 : 1 };
            Animation combo = Of(MotionKind.Combo, frames: 4) with { Picture = picture };
            CppnImage fast = AnimationRenderer.RenderAtTime(combo, 0.3, ExecutionOptions.Default);
            CppnImage reference = AnimationRenderer.RenderAtTime(combo, 0.3, Reference, exactReferenceActivations: false);
            AssertBitEqual(fast, reference, $"{mode}, fast vs reference");
        }

        [Fact]
        public void Morph_FirstAndLastFrames_AreTheTwoNetworksStills()
        {
            Animation morph = Of(MotionKind.Morph, frames: 7);
            CppnImage[] frames = AnimationRenderer.Render(morph).ToArray();
            AssertBitEqual(CppnRenderer.Render(morph.Networks[0], Picture), frames[0], "t = 0");
            AssertBitEqual(CppnRenderer.Render(morph.Networks[1], Picture), frames[6], "t = 1");
            Assert.Equal(0.0, frames[0].Frame!.Time);
            Assert.Equal(1.0, frames[6].Frame!.Time);
            Assert.False(BitEqual(frames[0], frames[3]), "the middle frame is a blend, not network 0");
            Assert.False(BitEqual(frames[6], frames[3]), "the middle frame is a blend, not network 1");
        }

        [Fact]
        public void Keyframes_PassThroughEveryNetwork_AndLoopBackToTheFirst()
        {
            // Three networks looping: segments of 2 frames each, so frames 0, 2, 4 are the networks themselves.
            Animation keys = Of(MotionKind.Keyframes, frames: 6);
            CppnImage[] frames = AnimationRenderer.Render(keys).ToArray();
            for (int i = 0; i < 3; i++)
                AssertBitEqual(CppnRenderer.Render(keys.Networks[i], Picture), frames[2 * i], $"network {i}");
            AssertBitEqual(frames[0], AnimationRenderer.RenderAtIndex(keys, 6), "the frame after the last");

            Animation open = keys with { Loop = false, FrameCount = 5 };
            CppnImage last = AnimationRenderer.RenderFrame(open, 4);
            AssertBitEqual(CppnRenderer.Render(keys.Networks[2], Picture), last, "open keyframes end on the last network");
        }

        [Theory]
        [InlineData(MotionKind.Rotate)]
        [InlineData(MotionKind.Wave)]
        [InlineData(MotionKind.Spiral)]
        [InlineData(MotionKind.Pan)]
        [InlineData(MotionKind.Combo)]
        [InlineData(MotionKind.LatentLoop)]
        [InlineData(MotionKind.Keyframes)]
        public void SeamlessLoop_TheFrameAfterTheLast_IsTheFirst(MotionKind kind)
        {
            // Rendered at t = 1, the motion's own end: no index arithmetic folds it onto frame 0.
            Animation animation = Of(kind, frames: 8);
            Assert.True(animation.IsSeamless);
            CppnImage first = AnimationRenderer.RenderFrame(animation, 0);
            AssertBitEqual(first, AnimationRenderer.RenderAtTime(animation, 1.0, ExecutionOptions.Default), $"{kind} at t = 1");
            CppnImage last = AnimationRenderer.RenderFrame(animation, 7);
            Assert.False(BitEqual(first, last), "the last frame is one step before the first, not the first again");
            Assert.Equal(7.0 / 8, last.Frame!.Time);
        }

        [Theory]
        [InlineData(MotionKind.Rotate)]
        [InlineData(MotionKind.Wave)]
        [InlineData(MotionKind.Spiral)]
        [InlineData(MotionKind.Pan)]
        [InlineData(MotionKind.Combo)]
        [InlineData(MotionKind.LatentLoop)]
        [InlineData(MotionKind.Keyframes)]
        public void SeamlessLoop_AtTimeOne_RendersExactlyWhatItRendersAtZero(MotionKind kind)
        {
            // A picture can hide a difference of 1e-16 in one input (the float sums absorb it), so the loop's
            // closure is pinned on what is rendered: the same network bits, view and transform.
            Animation animation = Of(kind, frames: 8) with { Turns = 3, PanPath = kind == MotionKind.Pan ? PanPath.Circular : PanPath.Horizontal };
            FrameState start = animation.StateAt(0.0), end = animation.StateAt(1.0);
            Assert.Equal(start.Transform, end.Transform);
            Assert.Equal(start.View with { Latent = null! }, end.View with { Latent = null! });
            Assert.Equal(start.View.Latent, end.View.Latent);
            for (int l = 0; l < start.Network.Layers.Count; l++)
            {
                var a = start.Network.Layers[l];
                var b = end.Network.Layers[l];
                for (int o = 0; o < a.OutputCount; o++)
                {
                    for (int i = 0; i < a.InputCount; i++) Assert.Equal(BitConverter.SingleToInt32Bits(a[o, i]), BitConverter.SingleToInt32Bits(b[o, i]));
                    Assert.Equal(BitConverter.SingleToInt32Bits(a.GetBias(o)), BitConverter.SingleToInt32Bits(b.GetBias(o)));
                }
            }
        }

        [Fact]
        public void PingPong_GoesToTheEndAndBack_AndLoops()
        {
            Animation zoom = Of(MotionKind.Zoom, frames: 8) with { PingPong = true };
            Assert.True(zoom.IsSeamless);
            CppnImage[] frames = AnimationRenderer.Render(zoom).ToArray();
            Assert.Equal(1.0, frames[4].Frame!.Time);
            Assert.Equal(0.2, frames[4].Options!.Zoom);
            for (int k = 1; k < 4; k++) AssertBitEqual(frames[k], frames[8 - k], $"frame {k} and {8 - k}");
            AssertBitEqual(frames[0], AnimationRenderer.RenderAtIndex(zoom, 8), "the frame after the last");
        }

        [Fact]
        public void Zoom_RunsFromOneToAFifth_ByDefault_TimesThePicturesZoom()
        {
            Animation zoom = Of(MotionKind.Zoom, frames: 5) with { Picture = Picture with { Zoom = 2 } };
            CppnImage[] frames = AnimationRenderer.Render(zoom).ToArray();
            Assert.Equal(2.0, frames[0].Options!.Zoom);
            Assert.Equal(0.4, frames[4].Options!.Zoom);
            Assert.Equal(2.0 * (1.0 + (0.2 - 1.0) * 0.5), frames[2].Options!.Zoom);
        }

        [Fact]
        public void Pan_Circular_MovesTheCentreOnACircleOfTheRadius()
        {
            Animation pan = Of(MotionKind.Pan, frames: 4);
            CppnImage[] frames = AnimationRenderer.Render(pan).ToArray();
            foreach (CppnImage frame in frames)
            {
                double x = frame.Options!.CenterX, y = frame.Options.CenterY;
                Assert.Equal(0.3, Math.Sqrt(x * x + y * y), 12);
            }
            Assert.Equal(0.3, frames[0].Options!.CenterX);
            Assert.Equal(0.3, frames[1].Options!.CenterY, 12);
        }

        [Fact]
        public void LatentWalk_StartsAndEndsOnItsTwoVectors()
        {
            Animation walk = Of(MotionKind.LatentWalk, frames: 3);
            CppnImage[] frames = AnimationRenderer.Render(walk).ToArray();
            Assert.Equal(walk.LatentFrom, frames[0].Options!.Latent);
            Assert.Equal(walk.LatentTo, frames[2].Options!.Latent);
            Assert.Equal(new[] { -0.125f, -0.25f, 0.625f }, frames[1].Options!.Latent);
        }

        [Fact]
        public void Sweep_ScalesOneNeuron_LeavingTheOthers()
        {
            Animation sweep = Of(MotionKind.Sweep, frames: 3);
            CppnImage first = AnimationRenderer.RenderFrame(sweep, 0);
            var before = sweep.Networks[0].Layers[1];
            var after = first.Network!.Layers[1];
            for (int o = 0; o < before.OutputCount; o++)
                for (int i = 0; i < before.InputCount; i++)
                    Assert.Equal(o == 2 ? -before[o, i] : before[o, i], after[o, i]);
            Assert.Equal(-before.GetBias(2), after.GetBias(2));
            Assert.Equal(before.GetBias(1), after.GetBias(1));
        }

        [Fact]
        public void Sweep_OfOneWeight_ChangesThatWeightAlone()
        {
            Animation sweep = Of(MotionKind.Sweep, frames: 3) with { SweepInput = 4 };
            CppnImage last = AnimationRenderer.RenderFrame(sweep, 2);
            var before = sweep.Networks[0].Layers[1];
            var after = last.Network!.Layers[1];
            for (int o = 0; o < before.OutputCount; o++)
                for (int i = 0; i < before.InputCount; i++)
                    Assert.Equal(o == 2 && i == 4 ? (float)(before[o, i] * 3.0) : before[o, i], after[o, i]);
            Assert.Equal(before.GetBias(2), after.GetBias(2));
        }

        [Fact]
        public void Render_ValidatesBeforeTheFirstFrameIsAskedFor()
        {
            Animation bad = Of(MotionKind.Zoom) with { FrameCount = 0 };
            var ex = Assert.Throws<InvalidAnimationException>(() => AnimationRenderer.Render(bad));
            Assert.Equal(AnimationProblem.FrameCount, ex.Problem);
        }

        [Fact]
        public void RenderFrame_OutsideTheAnimation_SaysWhichFramesExist()
        {
            var ex = Assert.Throws<InvalidAnimationException>(() => AnimationRenderer.RenderFrame(Of(MotionKind.Zoom, frames: 6), 6));
            Assert.Equal(AnimationProblem.FrameCount, ex.Problem);
            Assert.Contains("0 to 5", ex.Message);
        }

        [Fact]
        public void Render_Cancelled_ThrowsOperationCanceled()
        {
            using var cts = new CancellationTokenSource();
            var frames = AnimationRenderer.Render(Of(MotionKind.Rotate, frames: 40), cancellationToken: cts.Token);
            int seen = 0;
            Assert.ThrowsAny<OperationCanceledException>(() =>
            {
                foreach (CppnImage unused in frames)
                {
                    if (++seen == 2) cts.Cancel();
                }
            });
            Assert.Equal(2, seen);
        }

        [Fact]
        public void Render_AtAnotherPicture_DescribesThatPicture()
        {
            var picture = new RenderOptions { Width = 8, Height = 5, Zoom = 3 };
            CppnImage frame = AnimationRenderer.Render(Of(MotionKind.Zoom, frames: 2), picture).First();
            Assert.Equal(8, frame.Width);
            Assert.Equal(5, frame.Height);
            Animation described = AnimationJson.Read(frame.Frame!.Description);
            Assert.Equal(picture.Width, described.Picture.Width);
            Assert.Equal(picture.Zoom, described.Picture.Zoom);
        }

        [Fact]
        public void Frames_AreOfTheNetworksAsTheyWereWhenRenderWasCalled()
        {
            Animation rotate = Of(MotionKind.Rotate, frames: 4);
            CppnImage[] expected = AnimationRenderer.Render(rotate).ToArray();
            CppnPS.Core.Model.CppnNetwork network = rotate.Networks[0].Clone();
            var frames = AnimationRenderer.Render(rotate with { Networks = new[] { network } }, execution: new ExecutionOptions { ThrottleLimit = 1 });
            network.Multiply(0);
            int k = 0;
            foreach (CppnImage frame in frames) AssertBitEqual(expected[k], frame, $"frame {k++}");
            Assert.Equal(4, k);
        }

        [Fact]
        public void Progress_CountsEveryRowOfEveryFrame()
        {
            var rows = new RowCounter();
            Assert.Equal(3, AnimationRenderer.Render(Of(MotionKind.Wave, frames: 3), rowsDone: rows).Count());
            Assert.Equal(3L * Picture.Height, rows.Total);
        }

        private sealed class RowCounter : IProgress<long>
        {
            private long _total;
            public long Total => Interlocked.Read(ref _total);
            public void Report(long value) => Interlocked.Add(ref _total, value);
        }
    }
}
