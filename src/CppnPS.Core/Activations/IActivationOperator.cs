using System.Numerics;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
#endif

namespace CppnPS.Core.Activations
{
    /// <summary>
    /// One activation as an operator for <see cref="FastActivations.Apply{TOperator}"/>: its vector
    /// form and a scalar twin that gives exactly the bits of one lane of the vector form, for every
    /// input (NaN, signed zeros, infinities and subnormals included).
    /// </summary>
    /// <remarks>
    /// Implemented by empty structs, so the generic loop is compiled once per operator with the
    /// operator's code inlined: no delegate call and no copy of the loop per activation. The
    /// pattern of ImageSharp's row operations and System.Numerics.Tensors' TensorPrimitives.
    /// </remarks>
    internal interface IActivationOperator
    {
        /// <summary>The activation of every lane of <paramref name="x"/>.</summary>
        Vector<float> Invoke(Vector<float> x);

        /// <summary>The activation of one value: the same bits as a lane of <see cref="Invoke(Vector{float})"/>.</summary>
        float Invoke(float x);
#if NET8_0_OR_GREATER

        /// <summary>
        /// The activation of every lane of a 512-bit vector, where the engine runs AVX-512: the same
        /// operations, so the same bits as the other forms.
        /// </summary>
        Vector512<float> Invoke(Vector512<float> x);
#endif
    }
}
