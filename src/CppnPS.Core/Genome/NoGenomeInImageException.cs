using System;

namespace CppnPS.Core.Genome
{
    /// <summary>
    /// The file is a picture that carries no CppnPS network: a PNG without CppnPS metadata, or a
    /// JPEG, BMP, GIF, WebP or TIFF file, which CppnPS never writes a network into.
    /// </summary>
    public sealed class NoGenomeInImageException : FormatException
    {
        /// <summary>Creates the exception for the image at <paramref name="path"/>, whose format is <paramref name="imageFormat"/> ("PNG", "JPEG", ...).</summary>
        public NoGenomeInImageException(string path, string imageFormat)
            : base(imageFormat == "PNG"
                ? $"'{path}' is a PNG without a CppnPS network. Only PNGs written by CppnPS (Export-CppnImage) carry their network."
                : $"'{path}' is a {imageFormat} image, which carries no network. Only PNGs written by CppnPS (Export-CppnImage) carry their network; export the picture as .png to keep it.")
        {
            Path = path;
            ImageFormat = imageFormat;
        }

        /// <summary>The file.</summary>
        public string Path { get; }

        /// <summary>The image format found in the file: "PNG", "JPEG", "BMP", "GIF", "WebP" or "TIFF".</summary>
        public string ImageFormat { get; }
    }
}
