using System.IO;

namespace CppnPS.Core.Imaging
{
    /// <summary>A file was not written because one already exists at the path and overwriting was not asked for.</summary>
    public sealed class TargetExistsException : IOException
    {
        /// <summary>Creates the exception for <paramref name="path"/>.</summary>
        public TargetExistsException(string path)
            : base($"The file '{path}' already exists. Allow overwriting (-Force) to replace it.")
        {
            Path = path;
        }

        /// <summary>The file that exists.</summary>
        public string Path { get; }
    }
}
