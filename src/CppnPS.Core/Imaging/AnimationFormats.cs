using System;
using System.IO;

namespace CppnPS.Core.Imaging
{
    /// <summary>Tells the animation format from a path: .gif, .mp4, or a name without extension for a folder of frames.</summary>
    public static class AnimationFormats
    {
        /// <summary>The extensions of animation files, lower case with the dot.</summary>
        public const string KnownExtensions = ".gif, .mp4, or none (a folder of PNG frames)";

        /// <summary>Picks the format from the extension of <paramref name="path"/>, ignoring case; false when it is another extension.</summary>
        public static bool TryFromPath(string? path, out AnimationFormat format)
        {
            format = AnimationFormat.Gif;
            if (path is null || path.Length == 0) return false;
            string extension;
            try { extension = Path.GetExtension(path.TrimEnd('/', '\\')); }
            catch (ArgumentException) { return false; }
            switch (extension.ToLowerInvariant())
            {
                case ".gif": format = AnimationFormat.Gif; return true;
                case ".mp4": format = AnimationFormat.Mp4; return true;
                case "": format = AnimationFormat.Frames; return true;
                default: return false;
            }
        }
    }
}
