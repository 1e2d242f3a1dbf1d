namespace CppnPS.Core.Motion
{
    /// <summary>How an animation's progress follows time (see <see cref="Easings.Apply"/>).</summary>
    public enum Easing
    {
        /// <summary>Progress equals time: constant speed.</summary>
        Linear,
        /// <summary>3t^2 - 2t^3: starts and ends at rest.</summary>
        Smoothstep,
        /// <summary>(1 - cos(pi t)) / 2: a half cosine, starts and ends at rest.</summary>
        Sinusoid,
    }
}
