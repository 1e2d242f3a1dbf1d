namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// The instruction-set paths of the fast engine's weighted sums, narrowest first. Every path
    /// computes the same fused multiply-add chains pixel by pixel (lanes are pixels), so every path
    /// gives the same bits; they differ only in speed.
    /// </summary>
    internal enum SimdPath
    {
        /// <summary>One pixel at a time: MathF.FusedMultiplyAdd, or its exact emulation on netstandard2.0.</summary>
        Scalar,
        /// <summary>System.Numerics.Vector with the fused multiply-add emulated exactly in double lanes (no FMA instruction needed).</summary>
        Portable,
        /// <summary>128-bit vectors with the FMA instruction (x86 FMA3 or Arm AdvSimd).</summary>
        Vector128,
        /// <summary>256-bit vectors with the FMA instruction (AVX2 and FMA3).</summary>
        Vector256,
        /// <summary>512-bit vectors (AVX-512F).</summary>
        Vector512,
    }
}
