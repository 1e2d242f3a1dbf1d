using System;
using System.IO;
using System.Runtime.InteropServices;

namespace CppnPS.Core.Imaging
{
    /// <summary>Finds the ffmpeg program on PATH; MP4 export is the only part of CppnPS that needs it.</summary>
    internal static class Ffmpeg
    {
        /// <summary>The full path of ffmpeg from the PATH of this moment; null when it is not there.</summary>
        public static string? Locate()
        {
            string name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "ffmpeg.exe" : "ffmpeg";
            string? path = Environment.GetEnvironmentVariable("PATH");
            if (string.IsNullOrEmpty(path)) return null;
            foreach (string folder in path.Split(Path.PathSeparator))
            {
                if (folder.Length == 0) continue;
                try
                {
                    string candidate = Path.Combine(folder.Trim('"'), name);
                    if (File.Exists(candidate)) return candidate;
                }
                catch (ArgumentException)
                {
                    // A PATH entry with characters a path cannot hold names no program.
                }
            }
            return null;
        }
    }
}
