using System;
using CppnPS.Core.Imaging;
using Xunit;

namespace CppnPS.Core.Tests.Imaging
{
    public class ImageFormatsTests
    {
        [Theory]
        [InlineData("/tmp/picture.png", ImageFormatKind.Png)]
        [InlineData("PICTURE.PNG", ImageFormatKind.Png)]
        [InlineData(".png", ImageFormatKind.Png)]
        [InlineData("a.b/photo.Jpg", ImageFormatKind.Jpeg)]
        [InlineData("photo.JPEG", ImageFormatKind.Jpeg)]
        [InlineData("raw.bmp", ImageFormatKind.Bmp)]
        [InlineData("raw.BmP", ImageFormatKind.Bmp)]
        public void FromFileName_MapsKnownExtensionsIgnoringCase(string fileName, ImageFormatKind expected)
        {
            Assert.True(ImageFormats.TryFromFileName(fileName, out var format));
            Assert.Equal(expected, format);
            Assert.Equal(expected, ImageFormats.FromFileName(fileName));
        }

        [Theory]
        [InlineData("picture.gif")]
        [InlineData("picture")]
        [InlineData("picture.png.txt")]
        [InlineData("png")]
        [InlineData("")]
        [InlineData(null)]
        public void TryFromFileName_IsFalseForUnknownOrMissingExtension(string? fileName)
        {
            Assert.False(ImageFormats.TryFromFileName(fileName, out _));
        }

        [Fact]
        public void FromFileName_ErrorListsTheKnownExtensions()
        {
            var error = Assert.Throws<ArgumentException>(() => ImageFormats.FromFileName("picture.tiff"));
            Assert.Contains("picture.tiff", error.Message);
            foreach (string extension in new[] { ".png", ".jpg", ".jpeg", ".bmp" }) Assert.Contains(extension, error.Message);
        }

        [Theory]
        [InlineData(ImageFormatKind.Png)]
        [InlineData(ImageFormatKind.Jpeg)]
        [InlineData(ImageFormatKind.Bmp)]
        public void DefaultExtension_MapsBackToTheSameFormat(ImageFormatKind format)
        {
            Assert.Equal(format, ImageFormats.FromFileName("x" + ImageFormats.DefaultExtension(format)));
        }
    }
}
