namespace CppnPS.Core.Imaging
{
    /// <summary>Where an animation file carries the animation's description.</summary>
    internal static class AnimationText
    {
        /// <summary>The keyword of the PNG text chunk of each frame that holds the animation's description.</summary>
        public const string PngKeyword = "cppnps-animation";
    }
}
