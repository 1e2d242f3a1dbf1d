using System.IO;

namespace CppnPS.Core.Imaging
{
    /// <summary>ffmpeg stopped with an error while encoding a video; no file was left.</summary>
    public sealed class FfmpegFailedException : IOException
    {
        /// <summary>Creates the exception with ffmpeg's exit code and the end of what it wrote to its error stream.</summary>
        public FfmpegFailedException(int exitCode, string errorOutput)
            : base($"ffmpeg failed (exit code {exitCode}) and no video was written. It said: {(string.IsNullOrWhiteSpace(errorOutput) ? "(nothing)" : errorOutput.Trim())}")
        {
            ExitCode = exitCode;
            ErrorOutput = errorOutput;
        }

        /// <summary>ffmpeg's exit code.</summary>
        public int ExitCode { get; }

        /// <summary>The end of ffmpeg's error output.</summary>
        public string ErrorOutput { get; }
    }
}
