namespace CppnPS.Core.Coordinates
{
    /// <summary>A symmetry the picture is given by folding its coordinates before the network sees them.</summary>
    public enum Symmetry
    {
        /// <summary>None: the plain picture.</summary>
        None,
        /// <summary>The right half mirrors the left: pixel (row, column) equals (row, width - 1 - column).</summary>
        MirrorX,
        /// <summary>The bottom half mirrors the top: pixel (row, column) equals (height - 1 - row, column).</summary>
        MirrorY,
        /// <summary>Both mirrors: each quarter mirrors the top-left one.</summary>
        MirrorXY,
        /// <summary>
        /// n-fold turning symmetry about the picture's centre (<see cref="Framing.Folds"/>): the picture repeats every
        /// 360/n degrees. Turns that map pixels onto pixels (a half turn; a quarter turn of a square picture, when n
        /// is a multiple of 4) hold pixel for pixel.
        /// </summary>
        Radial,
    }
}
