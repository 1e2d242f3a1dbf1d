using System;

namespace CppnPS.Core.Imaging
{
    /// <summary>An animation was finished without a single frame; nothing was written.</summary>
    public sealed class EmptyAnimationException : InvalidOperationException
    {
        /// <summary>Creates the exception for the file at <paramref name="path"/>.</summary>
        public EmptyAnimationException(string path)
            : base($"No frames reached the animation '{path}', so nothing was written. Send it at least one picture.")
        {
            Path = path;
        }

        /// <summary>The file or folder that was not written.</summary>
        public string Path { get; }
    }
}
