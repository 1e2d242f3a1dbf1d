namespace CppnPS.Core.Imaging
{
    /// <summary>The kinds of file an animation is written to.</summary>
    public enum AnimationFormat
    {
        /// <summary>An animated GIF: a palette of up to 256 colours per frame, the description in a comment extension.</summary>
        Gif,

        /// <summary>A folder of numbered PNG frames, each carrying its network and the animation's description.</summary>
        Frames,

        /// <summary>H.264 video in an MP4 file, encoded by ffmpeg (which must be on PATH).</summary>
        Mp4,
    }
}
