namespace CppnPS.Core.Coordinates
{
    /// <summary>How pixel positions become the network's row and column inputs.</summary>
    public enum CoordinateMode
    {
        /// <summary>
        /// The article's scheme: (k / length - 0.5) * zoom on each axis, each axis divided by its own
        /// length, so both span [-0.5, 0.5) * zoom. A non-square image is stretched.
        /// </summary>
        Normalized,
        /// <summary>
        /// The shorter side spans [-0.5, 0.5) * zoom and the longer side extends at the same scale,
        /// so a non-square image is not stretched. Identical to Normalized for square images.
        /// </summary>
        AspectCorrect,
        /// <summary>Raw pixel indices 0..length-1, times zoom (the article's E2).</summary>
        Pixel,
    }
}
