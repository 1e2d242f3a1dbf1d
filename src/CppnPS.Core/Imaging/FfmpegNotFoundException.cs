using System;

namespace CppnPS.Core.Imaging
{
    /// <summary>MP4 needs the ffmpeg program, and it is not on PATH; nothing was written.</summary>
    public sealed class FfmpegNotFoundException : InvalidOperationException
    {
        /// <summary>Creates the exception.</summary>
        public FfmpegNotFoundException()
            : base("MP4 is encoded by ffmpeg, which is not on PATH. Install it (Debian or Ubuntu: apt-get install ffmpeg; " +
                   "macOS: brew install ffmpeg; Windows: winget install ffmpeg), or write a GIF or PNG frames instead.")
        {
        }
    }
}
