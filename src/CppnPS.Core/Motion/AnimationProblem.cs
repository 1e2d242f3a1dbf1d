namespace CppnPS.Core.Motion
{
    /// <summary>What is wrong with an animation, so that a caller can tell the cases apart (<see cref="InvalidAnimationException.Problem"/>).</summary>
    public enum AnimationProblem
    {
        /// <summary>The frame count is below 1 or above <see cref="Animation.MaxFrameCount"/>, or a frame index is outside the animation.</summary>
        FrameCount,
        /// <summary>The frame rate is not a finite number above 0 and at most <see cref="Animation.MaxFrameRate"/>.</summary>
        FrameRate,
        /// <summary>The easing is unknown.</summary>
        Easing,
        /// <summary>The motion kind is unknown.</summary>
        Kind,
        /// <summary>The motion has too few or too many networks.</summary>
        NetworkCount,
        /// <summary>Networks to be interpolated differ in inputs, layer shapes or activations.</summary>
        NetworkShapes,
        /// <summary>The latent vectors do not fit the network, or the network has no latent inputs.</summary>
        Latent,
        /// <summary>A motion parameter (zoom, turns, wave, spiral, pan, sweep) is not finite or out of range.</summary>
        Parameter,
    }
}
