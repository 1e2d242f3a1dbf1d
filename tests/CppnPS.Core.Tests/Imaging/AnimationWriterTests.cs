using System;
using System.IO;
using System.Linq;
using System.Threading;
using CppnPS.Core.Imaging;
using CppnPS.Core.Motion;
using CppnPS.Core.Rendering;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace CppnPS.Core.Tests.Imaging
{
    public class AnimationWriterTests
    {
        private const string Description = "{\"format\":\"cppnps-animation\",\"frames\":5}";

        // Frames that differ from one another: the gradient shifted by k / n.
        private static CppnImage Frame(int k, int n, int width = 24, int height = 16)
        {
            var samples = ImagingTestData.Gradient(width, height).ToArray();
            for (int i = 0; i < samples.Length; i++) samples[i] = (samples[i] + (float)k / n) % 1f;
            return ImagingTestData.Image(width, height, samples).WithFrame(new FrameInfo(k, n, n == 1 ? 0 : (double)k / (n - 1), Description));
        }

        private static void WriteAll(string path, AnimationExportOptions options, int count)
        {
            using var writer = AnimationWriter.Start(path, options, overwrite: false);
            for (int k = 0; k < count; k++) writer.Add(Frame(k, count));
            writer.Complete();
        }

        [Fact]
        public void Gif_ReadsBackWithItsFramesDelaysLoopAndDescription()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("a.gif");
            WriteAll(path, new AnimationExportOptions { FrameRate = 25 }, 5);

            using var gif = Image.Load<Rgb24>(path);
            Assert.Equal(5, gif.Frames.Count);
            Assert.Equal(24, gif.Width);
            Assert.Equal(16, gif.Height);
            Assert.All(Enumerable.Range(0, 5), k => Assert.Equal(4, gif.Frames[k].Metadata.GetGifMetadata().FrameDelay));
            GifMetadata metadata = gif.Metadata.GetGifMetadata();
            Assert.Equal(0, metadata.RepeatCount);
            Assert.Equal(Description, Assert.Single(metadata.Comments));
            Assert.Equal(new[] { path }, folder.Entries());
        }

        [Fact]
        public void Gif_PlayOnceHasNoLoopExtension_AndThirtyFpsDelaysAddUpToTheExactTimes()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("once.gif");
            WriteAll(path, new AnimationExportOptions { FrameRate = 30, Loop = false }, 9);

            byte[] bytes = File.ReadAllBytes(path);
            Assert.DoesNotContain("NETSCAPE2.0", System.Text.Encoding.ASCII.GetString(bytes));
            using var gif = Image.Load<Rgb24>(path);
            Assert.NotEqual(0, gif.Metadata.GetGifMetadata().RepeatCount);
            int[] delays = Enumerable.Range(0, gif.Frames.Count).Select(k => gif.Frames[k].Metadata.GetGifMetadata().FrameDelay).ToArray();
            Assert.Equal(new[] { 3, 4, 3, 3, 4, 3, 3, 4, 3 }, delays);
            Assert.Equal(30, delays.Sum());     // 9 frames at 30 fps: 0.30 s
        }

        [Fact]
        public void Gif_FramesKeepTheirPixelsWithinThePaletteError()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("pixels.gif");
            WriteAll(path, new AnimationExportOptions(), 3);
            using var gif = Image.Load<Rgb24>(path);
            for (int k = 0; k < 3; k++)
            {
                CppnImage expected = Frame(k, 3);
                using var frame = gif.Frames.CloneFrame(k);
                double error = 0;
                for (int y = 0; y < expected.Height; y++)
                    for (int x = 0; x < expected.Width; x++)
                    {
                        Rgb24 p = frame[x, y];
                        error += Math.Abs(p.R - SampleLevels.ToByte(expected.GetSample(y, x, 0)))
                            + Math.Abs(p.G - SampleLevels.ToByte(expected.GetSample(y, x, 1)))
                            + Math.Abs(p.B - SampleLevels.ToByte(expected.GetSample(y, x, 2)));
                    }
                // The frame's own 256-colour palette keeps each sample within a few levels (3.1 on average here); a
                // shared or fixed palette, or the wrong frame, is far off.
                Assert.True(error / (expected.Width * expected.Height * 3) < 4, $"frame {k}: mean error {error / (expected.Width * expected.Height * 3)}");
            }
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Gif_IsTheSameBytesWhateverTheThreadCountOrTheOrderFramesFinishIn(bool dither)
        {
            // Frames render on one thread or all, and are encoded several at a time, finishing in any order: the
            // file depends on the frames and the options alone.
            var animation = new Animation
            {
                Kind = MotionKind.Zoom,
                FrameCount = 12,
                Networks = new[] { CppnPS.Core.Model.CppnNetwork.Create(new CppnPS.Core.Model.NetworkOptions { Seed = 7 }) },
                Picture = new CppnPS.Core.Coordinates.RenderOptions { Width = 40, Height = 40 },
            };
            var options = new AnimationExportOptions { Dither = dither };
            using var folder = new ImagingTestData.TempFolder();
            byte[] Write(string name, ExecutionOptions execution, int pauseEvery)
            {
                using var writer = AnimationWriter.Start(folder.File(name), options, overwrite: false);
                foreach (CppnImage frame in AnimationRenderer.Render(animation, execution: execution))
                {
                    writer.Add(frame);
                    if (pauseEvery > 0 && frame.Frame!.Index % pauseEvery == 0) Thread.Sleep(20);
                }
                writer.Complete();
                return File.ReadAllBytes(folder.File(name));
            }
            byte[] one = Write("one.gif", new ExecutionOptions { ThrottleLimit = 1 }, 0);
            byte[] all = Write("all.gif", new ExecutionOptions { ThrottleLimit = Math.Max(2, Environment.ProcessorCount) }, 0);
            byte[] uneven = Write("uneven.gif", new ExecutionOptions { ThrottleLimit = 2 }, 3);
            Assert.Equal(one, all);
            Assert.Equal(one, uneven);
            using var gif = Image.Load<Rgb24>(folder.File("one.gif"));
            Assert.Equal(12, gif.Frames.Count);
        }

        [Fact]
        public void Frames_AreNumberedPngsWithTheDescriptionAndTheNetwork()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("frames");
            WriteAll(path, new AnimationExportOptions { Format = AnimationFormat.Frames }, 3);

            Assert.Equal(new[] { path }, folder.Entries());
            string[] names = Directory.GetFiles(path).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
            Assert.Equal(new[] { "frame-0000.png", "frame-0001.png", "frame-0002.png" }, names);
            byte[] png = File.ReadAllBytes(Path.Combine(path, names[1]));
            var texts = ImagingTestData.Chunks(png).Where(c => c.Type == "tEXt" || c.Type == "zTXt" || c.Type == "iTXt")
                .Select(c => System.Text.Encoding.Latin1.GetString(c.Data)).ToList();
            Assert.Contains(texts, t => t == "cppnps-animation\0" + Description);
            Assert.NotNull(ImagingTestData.ReadNetworkText(Path.Combine(path, names[1])));
        }

        [Fact]
        public void NoFrames_ThrowsAndLeavesNothing()
        {
            foreach (AnimationFormat format in new[] { AnimationFormat.Gif, AnimationFormat.Frames })
            {
                using var folder = new ImagingTestData.TempFolder();
                using var writer = AnimationWriter.Start(folder.File("empty"), new AnimationExportOptions { Format = format }, overwrite: false);
                Assert.Throws<EmptyAnimationException>(writer.Complete);
                Assert.Empty(folder.Entries());
            }
        }

        [Fact]
        public void AFrameOfAnotherSize_ThrowsAndDisposingLeavesNothing()
        {
            using var folder = new ImagingTestData.TempFolder();
            using (var writer = AnimationWriter.Start(folder.File("a.gif"), new AnimationExportOptions(), overwrite: false))
            {
                writer.Add(Frame(0, 2));
                var ex = Assert.Throws<FrameSizeMismatchException>(() => writer.Add(Frame(1, 2, width: 23)));
                Assert.Equal(1, ex.Index);
            }
            Assert.Empty(folder.Entries());
        }

        [Fact]
        public void AnExistingFile_IsReportedAtStart_AndKept()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("a.gif");
            File.WriteAllBytes(path, new byte[] { 1, 2, 3 });
            Assert.Throws<TargetExistsException>(() => AnimationWriter.Start(path, new AnimationExportOptions(), overwrite: false));
            Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(path));
            Assert.Equal(new[] { path }, folder.Entries());
        }

        [Fact]
        public void Cancelling_LeavesNothingAndKeepsTheOldFile()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("a.gif");
            File.WriteAllBytes(path, new byte[] { 1, 2, 3 });
            using var cancel = new CancellationTokenSource();
            using (var writer = AnimationWriter.Start(path, new AnimationExportOptions(), overwrite: true, cancel.Token))
            {
                writer.Add(Frame(0, 3));
                writer.Add(Frame(1, 3));
                cancel.Cancel();
                Assert.ThrowsAny<OperationCanceledException>(writer.Complete);
            }
            Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(path));
            Assert.Equal(new[] { path }, folder.Entries());
        }

        [Theory]
        [InlineData(AnimationFormat.Gif, 0.0)]
        [InlineData(AnimationFormat.Gif, 101.0)]
        [InlineData(AnimationFormat.Mp4, 241.0)]
        [InlineData(AnimationFormat.Frames, double.NaN)]
        public void BadFrameRates_AreRefused(AnimationFormat format, double rate)
        {
            var ex = Assert.ThrowsAny<ArgumentException>(() => new AnimationExportOptions { Format = format, FrameRate = rate }.Validate());
            Assert.Contains("FrameRate", ex.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("frame.png")]
        [InlineData("frame-{0}.jpg")]
        [InlineData("sub/frame-{0}.png")]
        [InlineData("frame-{1}.png")]
        public void BadNamePatterns_AreRefused(string pattern)
        {
            Assert.ThrowsAny<ArgumentException>(() => new AnimationExportOptions { Format = AnimationFormat.Frames, FrameNamePattern = pattern }.Validate());
        }

        [Fact]
        public void Mp4_WithoutFfmpegOnPath_IsRefusedBeforeAnythingIsWritten()
        {
            using var folder = new ImagingTestData.TempFolder();
            string? path = Environment.GetEnvironmentVariable("PATH");
            try
            {
                Environment.SetEnvironmentVariable("PATH", folder.Path);
                var ex = Assert.Throws<FfmpegNotFoundException>(() => AnimationWriter.Start(folder.File("a.mp4"), new AnimationExportOptions { Format = AnimationFormat.Mp4 }, overwrite: false));
                Assert.Contains("apt-get install ffmpeg", ex.Message, StringComparison.Ordinal);
            }
            finally
            {
                Environment.SetEnvironmentVariable("PATH", path);
            }
            Assert.Empty(folder.Entries());
        }
    }
}
