using System.Numerics;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
#endif

namespace CppnPS.Core.Rendering
{
    /// <summary>Which <see cref="SimdPath"/> this process can run, and the widest one, which renders use.</summary>
    internal static class SimdPaths
    {
        /// <summary>The widest path this process runs: Vector512, else Vector256 with FMA, else 128-bit with FMA, else the portable vectors, else scalar.</summary>
        public static SimdPath Best { get; } = FindBest();

        private static SimdPath FindBest()
        {
            for (SimdPath path = SimdPath.Vector512; path > SimdPath.Portable; path--)
                if (IsAvailable(path)) return path;
            return Vector.IsHardwareAccelerated ? SimdPath.Portable : SimdPath.Scalar;
        }

        /// <summary>Whether this process can run <paramref name="path"/> (scalar and portable always can, the portable one in software where vectors are not accelerated).</summary>
        public static bool IsAvailable(SimdPath path)
        {
            switch (path)
            {
                case SimdPath.Scalar:
                case SimdPath.Portable:
                    return true;
#if NET8_0_OR_GREATER
                case SimdPath.Vector128: return Vector128.IsHardwareAccelerated && (Fma.IsSupported || AdvSimd.IsSupported);
                case SimdPath.Vector256: return Vector256.IsHardwareAccelerated && Fma.IsSupported;
                case SimdPath.Vector512: return Vector512.IsHardwareAccelerated && Avx512F.IsSupported;
#endif
                default: return false;
            }
        }
    }
}
