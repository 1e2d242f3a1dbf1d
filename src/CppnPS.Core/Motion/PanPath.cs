namespace CppnPS.Core.Motion
{
    /// <summary>The path of the view's centre in a <see cref="MotionKind.Pan"/>.</summary>
    public enum PanPath
    {
        /// <summary>Once round a circle of <see cref="Animation.PanRadius"/> about the picture's centre, starting to its right.</summary>
        Circular,
        /// <summary>Right, back through the centre to the left, and back: radius * sin(2 pi t) on the column axis.</summary>
        Horizontal,
        /// <summary>The same to and fro on the row axis.</summary>
        Vertical,
    }
}
