using System.Runtime.CompilerServices;

namespace CppnPS.Core.Internal
{
    /// <summary>Method attributes for the render kernels.</summary>
    internal static class HotPath
    {
        /// <summary>
        /// MethodImplOptions.AggressiveOptimization (absent from netstandard2.0, honoured by .NET Core
        /// 3.0 and later): compile fully optimised at once. Without it a render shorter than the
        /// runtime's tiering delay (a 256x256 picture takes milliseconds) runs unoptimised tier-0
        /// vector code, measured five to ten times slower.
        /// </summary>
        public const MethodImplOptions Optimize = (MethodImplOptions)512;
    }
}
