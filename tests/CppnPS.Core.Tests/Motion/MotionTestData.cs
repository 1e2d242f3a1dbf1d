using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Motion;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Motion
{
    /// <summary>Small networks and animations of every kind, and a bit-for-bit comparison of pictures.</summary>
    internal static class MotionTestData
    {
        /// <summary>A small picture, not square, so a mixed-up axis shows.</summary>
        public static readonly RenderOptions Picture = new RenderOptions { Width = 19, Height = 12 };

        public static CppnNetwork Network(int seed, int latent = 0, bool radius = true) =>
            CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 8, 8 }, Seed = seed, LatentSize = latent, IncludeRadius = radius });

        public static Animation Of(MotionKind kind, int frames = 6)
        {
            var animation = new Animation { Kind = kind, FrameCount = frames, Picture = Picture, Networks = new[] { Network(1) } };
            switch (kind)
            {
                case MotionKind.Morph:
                    return animation with { Networks = new[] { Network(1), Network(2) } };
                case MotionKind.Keyframes:
                    return animation with { Networks = new[] { Network(1), Network(2), Network(3) } };
                case MotionKind.LatentWalk:
                case MotionKind.LatentLoop:
                    return animation with
                    {
                        Networks = new[] { Network(4, latent: 3) },
                        LatentFrom = new[] { 0.5f, -1f, 0.25f },
                        LatentTo = new[] { -0.75f, 0.5f, 1f },
                    };
                case MotionKind.Sweep:
                    return animation with { SweepLayer = 1, SweepNeuron = 2, SweepFrom = -1, SweepTo = 3 };
                default:
                    return animation;
            }
        }

        public static IEnumerable<object[]> AllKinds()
        {
            foreach (MotionKind kind in Enum.GetValues<MotionKind>()) yield return new object[] { kind };
        }

        /// <summary>The kinds whose view is all in <see cref="RenderOptions"/> and whose network is <see cref="CppnImage.Network"/>, so a still of a frame's settings is the frame.</summary>
        public static IEnumerable<object[]> KindsWithoutTransform()
        {
            foreach (MotionKind kind in new[] { MotionKind.Morph, MotionKind.Zoom, MotionKind.Pan, MotionKind.LatentWalk, MotionKind.LatentLoop, MotionKind.Keyframes, MotionKind.Sweep })
                yield return new object[] { kind };
        }

        public static IEnumerable<object[]> KindsWithTransform()
        {
            foreach (MotionKind kind in new[] { MotionKind.Rotate, MotionKind.Wave, MotionKind.Spiral, MotionKind.Combo })
                yield return new object[] { kind };
        }

        public static void AssertBitEqual(CppnImage expected, CppnImage actual, string what)
        {
            Assert.Equal(expected.Width, actual.Width);
            Assert.Equal(expected.Height, actual.Height);
            ReadOnlySpan<int> a = MemoryMarshal.Cast<float, int>(expected.Samples.Span);
            ReadOnlySpan<int> b = MemoryMarshal.Cast<float, int>(actual.Samples.Span);
            for (int i = 0; i < a.Length; i++)
                if (a[i] != b[i])
                    Assert.Fail($"{what}: sample {i} differs: {expected.Samples.Span[i]:R} vs {actual.Samples.Span[i]:R}");
        }

        public static bool BitEqual(CppnImage a, CppnImage b) =>
            MemoryMarshal.Cast<float, int>(a.Samples.Span).SequenceEqual(MemoryMarshal.Cast<float, int>(b.Samples.Span));
    }
}
