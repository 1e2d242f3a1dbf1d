namespace CppnPS.Core.Model
{
    /// <summary>Where a network input's value comes from, as <see cref="InputName.KindOf"/> decides it from the input's name.</summary>
    internal enum InputKind
    {
        /// <summary>The pixel's row coordinate (input name <c>row</c>).</summary>
        Row,
        /// <summary>The pixel's column coordinate (input name <c>col</c>).</summary>
        Column,
        /// <summary>The pixel's radius sqrt(row^2 + col^2) (input name <c>r</c>).</summary>
        Radius,
        /// <summary>A constant for the whole picture, the next value of the latent vector (every other name).</summary>
        Latent,
        /// <summary>The constant 1 (input name <c>bias</c>).</summary>
        Bias,
        /// <summary>Picbreeder's distance d = 1.4 r (input name <c>d</c>).</summary>
        Distance,
        /// <summary>The polar angle atan2(row, col) in radians, in [-pi, pi] (input name <c>theta</c>).</summary>
        Theta,
        /// <summary>sin theta = row / r, 0 at the centre (input name <c>sin_theta</c>): the angle without its seam.</summary>
        SinTheta,
        /// <summary>cos theta = col / r, 0 at the centre (input name <c>cos_theta</c>).</summary>
        CosTheta,
        /// <summary>A Fourier feature sin(2 pi (b_row row + b_col col)) (input name <c>sin2pi:b_row:b_col</c>).</summary>
        FourierSin,
        /// <summary>A Fourier feature cos(2 pi (b_row row + b_col col)) (input name <c>cos2pi:b_row:b_col</c>).</summary>
        FourierCos,
    }
}
