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
    }
}
