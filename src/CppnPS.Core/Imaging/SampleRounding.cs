namespace CppnPS.Core.Imaging
{
    /// <summary>How a sample in [0, 1] becomes an integer level of an 8-bit or 16-bit file.</summary>
    public enum SampleRounding
    {
        /// <summary>
        /// To the nearest level: floor(clamp(v, 0, 1) * max + 0.5) in double precision (max = 255 or 65535),
        /// the reference renderer's rule. NaN gives 0.
        /// </summary>
        Nearest,

        /// <summary>
        /// Down: floor(clamp(v, 0, 1) * max), the product rounded to float32 first, exactly as NumPy computes
        /// <c>(frame * 255).astype(uint8)</c> for a float32 frame and as matplotlib's <c>imsave</c> turns a float
        /// RGB array into bytes (the article's code). 1.0 gives max; NaN gives 0.
        /// </summary>
        Truncate,
    }
}
