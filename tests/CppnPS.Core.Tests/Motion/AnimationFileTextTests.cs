using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CppnPS.Core.Motion;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;
using static CppnPS.Core.Tests.Motion.MotionTestData;

namespace CppnPS.Core.Tests.Motion
{
    public sealed class AnimationFileTextTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "cppnps-motion-" + Guid.NewGuid().ToString("N"));

        public AnimationFileTextTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void Gif_CommentHoldingTheDescription_IsRead_AmongOtherComments()
        {
            string description = AnimationJson.Write(Of(MotionKind.Morph));
            string path = Write("a.gif", Gif("made by hand", description));
            Assert.Equal(description, AnimationFileText.Read(path));
            using (Image image = Image.Load(path)) Assert.Equal(1, image.Width);   // the crafted file is a GIF others read too
        }

        [Fact]
        public void Gif_WrittenByImageSharp_WithTheDescriptionAsAComment_IsRead()
        {
            // A description is thousands of bytes: the encoder splits it into 255-byte sub-blocks, the reader joins them.
            string description = AnimationJson.Write(Of(MotionKind.Keyframes));
            Assert.True(description.Length > 1000);
            string path = Path.Combine(_folder, "imagesharp.gif");
            using (var image = new Image<Rgb24>(3, 2))
            {
                image.Frames.AddFrame(image.Frames.RootFrame);
                GifMetadata gif = image.Metadata.GetGifMetadata();
                gif.Comments.Add("made by a test");
                gif.Comments.Add(description);
                image.SaveAsGif(path);
            }
            Assert.Equal(description, AnimationFileText.Read(path));
        }

        [Fact]
        public void Gif_WithoutTheDescription_GivesNull()
            => Assert.Null(AnimationFileText.Read(Write("b.gif", Gif("just a comment"))));

        [Fact]
        public void Gif_Truncated_IsInvalidData()
        {
            byte[] gif = Gif(AnimationJson.Write(Of(MotionKind.Zoom)));
            Assert.Throws<InvalidDataException>(() => AnimationFileText.Read(Write("c.gif", gif.AsSpan(0, gif.Length / 2).ToArray())));
        }

        [Fact]
        public void Png_TextChunkWithTheKeyword_IsRead()
        {
            string description = AnimationJson.Write(Of(MotionKind.Wave));
            string path = Path.Combine(_folder, "frame-0001.png");
            using (var image = new Image<Rgb24>(2, 2))
            {
                PngMetadata png = image.Metadata.GetPngMetadata();
                png.TextData.Add(new PngTextData("cppnps", "a network", "", ""));
                png.TextData.Add(new PngTextData(AnimationFileText.PngKeyword, description, "", ""));
                image.SaveAsPng(path);
            }
            Assert.Equal(description, AnimationFileText.Read(path));
            Animation back = AnimationJson.Read(AnimationFileText.Read(path)!);
            AssertBitEqual(AnimationRenderer.RenderFrame(Of(MotionKind.Wave), 3), AnimationRenderer.RenderFrame(back, 3), "frame 3 from the PNG");
        }

        [Fact]
        public void Png_WithoutTheKeyword_GivesNull()
        {
            string path = Path.Combine(_folder, "plain.png");
            using (var image = new Image<Rgb24>(1, 1)) image.SaveAsPng(path);
            Assert.Null(AnimationFileText.Read(path));
        }

        [Fact]
        public void OtherFile_IsInvalidData_NamingIt()
        {
            var ex = Assert.Throws<InvalidDataException>(() => AnimationFileText.Read(Write("notes.txt", Encoding.ASCII.GetBytes("hello, world"))));
            Assert.Contains("notes.txt", ex.Message);
        }

        private string Write(string name, byte[] bytes)
        {
            string path = Path.Combine(_folder, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        /// <summary>A 1 x 1 GIF89a with a two-colour global table, the given comments, and one image.</summary>
        private static byte[] Gif(params string[] comments)
        {
            var bytes = new List<byte>();
            bytes.AddRange(Encoding.ASCII.GetBytes("GIF89a"));
            bytes.AddRange(new byte[] { 1, 0, 1, 0, 0x80, 0, 0 });              // 1 x 1, global table of 2 colours
            bytes.AddRange(new byte[] { 0, 0, 0, 255, 255, 255 });
            foreach (string comment in comments)
            {
                bytes.Add(0x21);
                bytes.Add(0xFE);
                byte[] text = Encoding.UTF8.GetBytes(comment);
                for (int at = 0; at < text.Length; at += 255)
                {
                    int size = Math.Min(255, text.Length - at);
                    bytes.Add((byte)size);
                    bytes.AddRange(new ArraySegment<byte>(text, at, size));
                }
                bytes.Add(0);
            }
            bytes.AddRange(new byte[] { 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0 });   // image descriptor, no local table
            bytes.AddRange(new byte[] { 2, 2, 0x44, 0x01, 0 });                 // LZW: one pixel of colour 0
            bytes.Add(0x3B);
            return bytes.ToArray();
        }
    }
}
