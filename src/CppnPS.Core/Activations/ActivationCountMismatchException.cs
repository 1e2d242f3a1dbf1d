using System;

namespace CppnPS.Core.Activations
{
    /// <summary>
    /// Per-neuron activations whose counts do not add up to the layer's width (<c>tanh:8,sin:4</c>
    /// for a 16-wide layer), or a list of activations of the wrong length.
    /// </summary>
    public sealed class ActivationCountMismatchException : FormatException
    {
        /// <summary>Creates the exception with the layer's width and the number of neurons the text covers.</summary>
        public ActivationCountMismatchException(string message, int layerWidth, int assigned)
            : base(message)
        {
            LayerWidth = layerWidth;
            Assigned = assigned;
        }

        /// <summary>The number of neurons of the layer.</summary>
        public int LayerWidth { get; }

        /// <summary>The number of neurons the text or list gave activations to.</summary>
        public int Assigned { get; }
    }
}
