using System;
using System.IO;
using System.Runtime.InteropServices;

namespace CppnPS.Captions
{
    /// <summary>
    /// The one owner of where SkiaSharp's native library lives in the module: <c>dependencies/native/&lt;rid&gt;/</c>,
    /// with the runtime identifier of this process (<c>linux-x64</c>, <c>linux-musl-x64</c>, <c>osx</c>, <c>win-x64</c> ...)
    /// and the platform's file name. The module's loader resolves the library there; captions name the platform when it is missing.
    /// </summary>
    public static class NativePlatform
    {
        /// <summary>The library's name as SkiaSharp imports it.</summary>
        public const string LibraryName = "libSkiaSharp";

        /// <summary>The folder, under the module's dependencies folder, that holds one subfolder per runtime identifier.</summary>
        public const string FolderName = "native";

        /// <summary>The runtime identifier of this process, as the native packages name their folders.</summary>
        public static string RuntimeIdentifier
        {
            get
            {
                string arch = RuntimeInformation.ProcessArchitecture switch
                {
                    Architecture.X64 => "x64",
                    Architecture.X86 => "x86",
                    Architecture.Arm64 => "arm64",
                    Architecture.Arm => "arm",
                    Architecture other => other.ToString().ToLowerInvariant(),
                };
                if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return "win-" + arch;
                // The macOS library is universal (x64 and arm64 in one file).
                if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) return "osx";
                return (IsMusl() ? "linux-musl-" : "linux-") + arch;
            }
        }

        /// <summary>The library's file name on this platform.</summary>
        public static string FileName =>
            RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? LibraryName + ".dll"
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? LibraryName + ".dylib"
            : LibraryName + ".so";

        /// <summary>Where the library for this platform is, under <paramref name="dependencyFolder"/>.</summary>
        public static string LibraryPath(string dependencyFolder) =>
            Path.Combine(dependencyFolder, FolderName, RuntimeIdentifier, FileName);

        /// <summary>"linux-x64 (Debian GNU/Linux 12)": the identifier and the system, for messages.</summary>
        public static string Describe() => RuntimeIdentifier + " (" + RuntimeInformation.OSDescription.Trim() + ")";

        // Alpine and other musl systems have the musl loader instead of glibc's.
        private static bool IsMusl()
        {
            try
            {
                return Directory.Exists("/lib") && Directory.GetFiles("/lib", "ld-musl-*").Length > 0;
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
