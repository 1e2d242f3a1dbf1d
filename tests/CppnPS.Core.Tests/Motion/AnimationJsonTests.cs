using System;
using System.Linq;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Motion;
using CppnPS.Core.Rendering;
using Xunit;
using static CppnPS.Core.Tests.Motion.MotionTestData;

namespace CppnPS.Core.Tests.Motion
{
    public class AnimationJsonTests
    {
        [Theory]
        [MemberData(nameof(MotionTestData.AllKinds), MemberType = typeof(MotionTestData))]
        public void Description_RoundTrips_ToTheSameTextAndFrames(MotionKind kind)
        {
            Animation animation = Of(kind, frames: 3) with { PingPong = kind == MotionKind.Wave, FrameRate = 24.5 };
            string text = AnimationJson.Write(animation);
            Animation back = AnimationJson.Read(text);
            Assert.Equal(text, AnimationJson.Write(back));
            Assert.Equal(kind, back.Kind);
            Assert.Equal(3, back.FrameCount);
            Assert.Equal(24.5, back.FrameRate);
            Assert.Equal(animation.EffectiveEasing, back.EffectiveEasing);
            Assert.Equal(animation.Networks.Count, back.Networks.Count);
            CppnImage[] original = AnimationRenderer.Render(animation).ToArray();
            CppnImage[] reread = AnimationRenderer.Render(back).ToArray();
            for (int k = 0; k < original.Length; k++) AssertBitEqual(original[k], reread[k], $"{kind} frame {k}");
        }

        [Fact]
        public void Description_KeepsAwkwardNumbers_BitForBit()
        {
            Animation animation = Of(MotionKind.LatentWalk) with
            {
                FrameRate = 1.0 / 3,
                ZoomFrom = 0.1 + 0.2,
                Turns = -2,
                LatentFrom = new[] { -0f, 7.038531E-26f, float.Epsilon },
                LatentTo = new[] { float.MaxValue, -float.MinValue, 1e-7f },
                Picture = Picture with { CenterX = -1.0 / 7, Zoom = 1e-300, CoordinateMode = CoordinateMode.AspectCorrect, Latent = new[] { 0.1f, 0.2f, 0.3f } },
                Easing = Easing.Sinusoid,
            };
            Animation back = AnimationJson.Read(AnimationJson.Write(animation, indented: true));
            Assert.Equal(animation.FrameRate, back.FrameRate);
            Assert.Equal(animation.ZoomFrom, back.ZoomFrom);
            Assert.Equal(animation.Turns, back.Turns);
            Assert.Equal(animation.Picture, back.Picture with { Latent = animation.Picture.Latent });
            Assert.Equal(animation.Picture.Latent, back.Picture.Latent);
            Assert.Equal(Easing.Sinusoid, back.Easing);
            for (int i = 0; i < 3; i++)
            {
                Assert.Equal(Bits(animation.LatentFrom[i]), Bits(back.LatentFrom[i]));
                Assert.Equal(Bits(animation.LatentTo[i]), Bits(back.LatentTo[i]));
            }
        }

        [Fact]
        public void Description_IsCompactAscii_AndStartsWithTheGifCommentStart()
        {
            string text = AnimationJson.Write(Of(MotionKind.Morph));
            Assert.StartsWith(AnimationFileText.GifCommentStart, text);
            Assert.DoesNotContain('\n', text);
            Assert.All(text, c => Assert.True(c < 128));
        }

        [Fact]
        public void Description_LeftOutFields_TakeTheDefaults()
        {
            string genome = GenomeJson.Write(Network(1), indented: false);
            Animation a = AnimationJson.Read("{\"format\":\"cppnps-animation\",\"version\":1,\"kind\":\"rotate\",\"frames\":60,\"networks\":[" + genome + "]}");
            Assert.Equal(MotionKind.Rotate, a.Kind);
            Assert.Equal(30.0, a.FrameRate);
            Assert.Equal(1.0, a.Turns);
            Assert.Equal(256, a.Picture.Width);
            Assert.Equal(Easing.Linear, a.EffectiveEasing);
        }

        [Theory]
        [InlineData("\"easing\":\"bouncy\"", "easing")]
        [InlineData("\"frames\":0", "frames")]
        [InlineData("\"kind\":\"teleport\"", "kind")]
        [InlineData("\"format\":\"cppnps-genome\"", "format")]
        [InlineData("\"version\":2", "version")]
        [InlineData("\"frameRate\":-1", "frameRate")]
        [InlineData("\"parameters\":{\"turns\":\"two\"}", "parameters.turns")]
        public void Description_WithABadField_NamesTheField(string field, string path)
        {
            string text = AnimationJson.Write(Of(MotionKind.Rotate));
            string name = field.Substring(0, field.IndexOf(':', System.StringComparison.Ordinal));
            string bad = ReplaceField(text, name, field);
            var ex = Assert.Throws<GenomeFormatException>(() => AnimationJson.Read(bad, "spin.gif"));
            Assert.Equal(path, ex.JsonPath);
            Assert.StartsWith("spin.gif: " + path, ex.Message);
        }

        [Fact]
        public void Description_OfAMorphBetweenDifferentShapes_IsRefused()
        {
            string a = GenomeJson.Write(Network(1), indented: false);
            string b = GenomeJson.Write(CppnPS.Core.Model.CppnNetwork.Create(new CppnPS.Core.Model.NetworkOptions { HiddenWidths = new[] { 5 }, Seed = 2 }), indented: false);
            var ex = Assert.Throws<GenomeFormatException>(() => AnimationJson.Read(
                "{\"format\":\"cppnps-animation\",\"version\":1,\"kind\":\"Morph\",\"frames\":4,\"networks\":[" + a + "," + b + "]}"));
            Assert.Equal("networks", ex.JsonPath);
            Assert.IsType<InvalidAnimationException>(ex.InnerException);
        }

        /// <summary>Replaces the top-level member <paramref name="name"/> (with its value) by <paramref name="replacement"/>.</summary>
        private static string ReplaceField(string json, string name, string replacement)
        {
            int start = json.IndexOf(name + ":", System.StringComparison.Ordinal);
            Assert.True(start > 0, name + " is in the description");
            int depth = 0, end = start + name.Length + 1;
            for (; end < json.Length; end++)
            {
                char c = json[end];
                if (c == '{' || c == '[') depth++;
                else if (c == '}' || c == ']') { if (depth == 0) break; depth--; }
                else if (c == ',' && depth == 0) break;
            }
            return string.Concat(json.AsSpan(0, start), replacement, json.AsSpan(end));
        }

        private static int Bits(float f) => System.BitConverter.SingleToInt32Bits(f);
    }
}
