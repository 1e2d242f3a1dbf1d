using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using CppnPS.Captions;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// Finds SkiaSharp's native library (libSkiaSharp) in the module's own <c>dependencies/native/&lt;rid&gt;/</c>
    /// folder (<see cref="NativePlatform"/>), never on the system's search path.
    /// <list type="bullet">
    /// <item>PowerShell 7: SkiaSharp.dll lives in the module's private load context (<see cref="DependencyIsolation"/>);
    /// its imports of libSkiaSharp reach the context's ResolvingUnmanagedDll event, answered here with NativeLibrary.Load.</item>
    /// <item>Windows PowerShell 5.1: .NET Framework has no such event, and LoadLibrary does not search beside a module;
    /// the library is loaded by full path before the first caption, and the import then binds to the loaded module by name.</item>
    /// </list>
    /// Only captions need it: when it is missing, <see cref="Check"/> says so, naming the platform, and nothing else is affected.
    /// </summary>
    internal static class NativeDependencies
    {
        private static readonly object Gate = new object();
        private static bool _preloaded;

        /// <summary>The module's folder (where the manifest and CppnPS.Module.dll are).</summary>
        public static string ModuleFolder { get; } = Path.GetDirectoryName(typeof(NativeDependencies).Assembly.Location) ?? string.Empty;

        /// <summary>The shipped fonts (<see cref="CppnPS.Core.Captions.CaptionFonts.FolderName"/>).</summary>
        public static string FontFolder => Path.Combine(ModuleFolder, CppnPS.Core.Captions.CaptionFonts.FolderName);

        /// <summary>Where this platform's libSkiaSharp must be.</summary>
        public static string LibraryPath => NativePlatform.LibraryPath(DependencyIsolation.DependencyFolder);

        /// <summary>
        /// Null when this platform's library is in place (loading it first on .NET Framework); otherwise a message
        /// that names the platform and the path, for the caller's error record.
        /// </summary>
        public static string? Check()
        {
            string path = LibraryPath;
            if (!File.Exists(path))
                return string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    "Captions need SkiaSharp's native library for {0}, which this copy of CppnPS lacks: '{1}' is missing. Reinstall CppnPS, or use a platform it ships the library for (win-x64, win-x86, win-arm64, linux-x64, linux-arm64, linux-musl-x64, osx). Every other CppnPS command works without it.",
                    NativePlatform.Describe(), path);
            if (IsNetFramework) Preload(path);
            return null;
        }

        /// <summary>
        /// The answer to the private load context's ResolvingUnmanagedDll event: this platform's libSkiaSharp for
        /// SkiaSharp's import, nothing (zero) for any other name, so the runtime reports it as usual.
        /// </summary>
        public static IntPtr Resolve(Assembly requester, string name)
        {
            if (!string.Equals(Path.GetFileNameWithoutExtension(name), NativePlatform.LibraryName, StringComparison.Ordinal)
                && !string.Equals(name, NativePlatform.LibraryName, StringComparison.Ordinal)) return IntPtr.Zero;
            string path = LibraryPath;
            return File.Exists(path) ? LoadByPath(path) : IntPtr.Zero;
        }

        private static bool IsNetFramework => RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

        // NativeLibrary exists from .NET Core 3.0 on; the module targets netstandard2.0, so it is reached by reflection.
        private static IntPtr LoadByPath(string path)
        {
            Type? nativeLibrary = typeof(object).Assembly.GetType("System.Runtime.InteropServices.NativeLibrary", throwOnError: false);
            MethodInfo? load = nativeLibrary?.GetMethod("Load", new[] { typeof(string) });
            if (load == null) return IntPtr.Zero;
            try
            {
                return (IntPtr)load.Invoke(null, new object[] { path });
            }
            catch (TargetInvocationException)
            {
                // A library that is there but cannot be loaded (wrong architecture, damaged): SkiaSharp's import then
                // fails with DllNotFoundException, which the caption renderer reports naming the platform.
                return IntPtr.Zero;
            }
        }

        private static void Preload(string path)
        {
            lock (Gate)
            {
                if (_preloaded) return;
                if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) LoadLibraryW(path);
                _preloaded = true;
            }
        }

        [DllImport("kernel32", CharSet = CharSet.Unicode, SetLastError = true)]
        private static extern IntPtr LoadLibraryW(string path);
    }
}
