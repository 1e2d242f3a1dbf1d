namespace CppnPS.Core.Imaging
{
    /// <summary>The file formats an image can be exported to.</summary>
    public enum ImageFormatKind
    {
        /// <summary>Lossless PNG, 8 or 16 bits per channel, with the network's genome as embedded text.</summary>
        Png,

        /// <summary>Lossy JPEG, 8 bits per channel; no embedded text.</summary>
        Jpeg,

        /// <summary>Uncompressed 24-bit BMP; no embedded text.</summary>
        Bmp,
    }
}
