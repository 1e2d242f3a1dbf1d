using System;
using System.Linq;
using CppnPS.Core.Imaging;
using Xunit;

namespace CppnPS.Core.Tests.Imaging
{
    public class ImageExportOptionsTests
    {
        [Fact]
        public void Defaults_Are8BitPngQuality90WithoutText()
        {
            var options = new ImageExportOptions();
            Assert.Equal(ImageFormatKind.Png, options.Format);
            Assert.Equal(8, options.BitDepth);
            Assert.Equal(90, options.JpegQuality);
            Assert.Null(options.TextMetadata);
            Assert.True(options.IncludeMetadata);
            Assert.Equal(SampleRounding.Nearest, options.Rounding);
            Assert.Equal(PngDeflate.DefaultLevel, options.PngCompressionLevel);
            options.Validate();
        }

        [Theory]
        [InlineData(ImageFormatKind.Jpeg)]
        [InlineData(ImageFormatKind.Bmp)]
        public void Validate_Refuses16BitOutsidePng(ImageFormatKind format)
        {
            var error = Assert.Throws<ArgumentException>(() => new ImageExportOptions { Format = format, BitDepth = 16 }.Validate());
            Assert.Contains("PNG", error.Message);
            new ImageExportOptions { Format = ImageFormatKind.Png, BitDepth = 16 }.Validate();
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(12)]
        [InlineData(24)]
        [InlineData(32)]
        public void Validate_RefusesBitDepthsOtherThan8And16(int bitDepth)
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ImageExportOptions { BitDepth = bitDepth }.Validate());
            Assert.Equal(nameof(ImageExportOptions.BitDepth), error.ParamName);
        }

        [Fact]
        public void BitDepths_AreTheOnesValidateAccepts_8ForEveryFormatAnd16ForPng()
        {
            Assert.Equal(new[] { 8, 16 }, ImageExportOptions.BitDepths);
            foreach (int depth in ImageExportOptions.BitDepths)
                new ImageExportOptions { Format = ImageFormatKind.Png, BitDepth = depth }.Validate();
            for (int depth = -1; depth <= 64; depth++)
            {
                if (ImageExportOptions.BitDepths.Contains(depth)) continue;
                var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ImageExportOptions { BitDepth = depth }.Validate());
                Assert.StartsWith("BitDepth must be 8 or 16.", error.Message, StringComparison.Ordinal);
            }
            Assert.IsNotType<int[]>(ImageExportOptions.BitDepths);    // a script cannot change the list
        }

        [Fact]
        public void ValidatedExportOptions_AppliesValidateOnce_AndHoldsTheSameOptions()
        {
            var options = new ImageExportOptions { Format = ImageFormatKind.Jpeg, JpegQuality = 50 };
            var validated = ValidatedExportOptions.Validate(options);
            Assert.Same(options, validated.Options);
            Assert.Equal(options.ToString(), validated.ToString());
            var bad = new ImageExportOptions { Format = ImageFormatKind.Jpeg, BitDepth = 16 };
            var error = Assert.Throws<ArgumentException>(() => ValidatedExportOptions.Validate(bad));
            Assert.Equal(Assert.Throws<ArgumentException>(() => bad.Validate()).Message, error.Message);
            Assert.Throws<ArgumentNullException>(() => ValidatedExportOptions.Validate(null!));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-1)]
        [InlineData(101)]
        public void Validate_RefusesJpegQualityOutside1To100(int quality)
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ImageExportOptions { Format = ImageFormatKind.Jpeg, JpegQuality = quality }.Validate());
            Assert.Equal(nameof(ImageExportOptions.JpegQuality), error.ParamName);
        }

        [Theory]
        [InlineData(-1)]
        [InlineData(10)]
        public void Validate_RefusesPngCompressionLevelOutside0To9(int level)
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ImageExportOptions { PngCompressionLevel = level }.Validate());
            Assert.Equal(nameof(ImageExportOptions.PngCompressionLevel), error.ParamName);
        }

        [Fact]
        public void Validate_RefusesTextThatCannotBeStoredExactly()
        {
            var error = Assert.Throws<ArgumentException>(() => new ImageExportOptions { TextMetadata = "half a pair \uD83D here" }.Validate());
            Assert.Equal(nameof(ImageExportOptions.TextMetadata), error.ParamName);
            new ImageExportOptions { TextMetadata = "a whole pair \uD83D\uDE00 here" }.Validate();
        }

        [Fact]
        public void Validate_RefusesUnknownFormat()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new ImageExportOptions { Format = (ImageFormatKind)7 }.Validate());
        }

        [Fact]
        public void Validate_RefusesUnknownRounding()
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ImageExportOptions { Rounding = (SampleRounding)5 }.Validate());
            Assert.Equal(nameof(ImageExportOptions.Rounding), error.ParamName);
        }

        [Theory]
        [InlineData(ImageFormatKind.Png, 8, SampleRounding.Nearest, true, "Png, 8-bit")]
        [InlineData(ImageFormatKind.Png, 16, SampleRounding.Truncate, false, "Png, 16-bit, truncated, without metadata")]
        [InlineData(ImageFormatKind.Jpeg, 8, SampleRounding.Nearest, false, "Jpeg, 8-bit, quality 90")]
        [InlineData(ImageFormatKind.Bmp, 8, SampleRounding.Truncate, true, "Bmp, 8-bit, truncated")]
        public void ToString_SaysWhatIsWritten(ImageFormatKind format, int bitDepth, SampleRounding rounding, bool metadata, string expected)
        {
            Assert.Equal(expected, new ImageExportOptions { Format = format, BitDepth = bitDepth, Rounding = rounding, IncludeMetadata = metadata }.ToString());
        }
    }
}
