namespace CppnPS.Core.Motion
{
    /// <summary>
    /// Where a picture stands in an animation: frame <see cref="Index"/> of <see cref="Count"/>, at time
    /// <see cref="Time"/> in [0, 1], and the animation's description, from which the frame re-renders alone.
    /// </summary>
    /// <param name="Index">The frame's position, 0 to Count - 1.</param>
    /// <param name="Count">Frames in the animation.</param>
    /// <param name="Time">The animation time of this frame, in [0, 1].</param>
    /// <param name="Description">The animation's description (JSON) that reproduces every frame.</param>
    public sealed record FrameInfo(int Index, int Count, double Time, string Description);
}
