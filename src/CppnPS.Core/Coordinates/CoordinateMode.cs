namespace CppnPS.Core.Coordinates
{
    /// <summary>How pixel positions become the network's row and column inputs.</summary>
    public enum CoordinateMode
    {
        /// <summary>
        /// (k / length - 0.5) * zoom on each axis, each axis divided by its own length, so both span
        /// [-0.5, 0.5) * zoom and a non-square image is stretched. The article's coordinates for a
        /// square image; for a non-square one the article's code differs (see <see cref="Article"/>).
        /// </summary>
        Normalized,
        /// <summary>
        /// The shorter side spans [-0.5, 0.5) * zoom and the longer side extends at the same scale,
        /// so a non-square image is not stretched. Identical to Normalized for square images.
        /// </summary>
        AspectCorrect,
        /// <summary>Raw pixel indices 0..length-1, times zoom (the article's E2).</summary>
        Pixel,
        /// <summary>
        /// Exactly what the article's code computes: each axis divided by the other axis's length,
        /// row r gets (r / width - 0.5) * zoom and column c gets (c / height - 0.5) * zoom. Its
        /// <c>run_net(net, size_x, size_y)</c> makes a picture size_x rows tall and size_y columns
        /// wide, so a <c>width x height</c> render in this mode is, pixel for pixel, its
        /// <c>run_net(net, size_x = height, size_y = width)</c>. Identical to Normalized for square images.
        /// </summary>
        Article,
    }
}
