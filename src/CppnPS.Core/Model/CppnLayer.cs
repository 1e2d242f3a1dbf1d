using System;
using System.Globalization;
using CppnPS.Core.Activations;
using MathNet.Numerics.LinearAlgebra;

namespace CppnPS.Core.Model
{
    /// <summary>
    /// One fully connected layer, y = activation(W x + b), with W in PyTorch nn.Linear layout
    /// [out][in]. Immutable: a network changes a layer by replacing it, so a render that took a
    /// snapshot of the layer list never sees a half-written layer.
    /// </summary>
    public sealed class CppnLayer
    {
        private readonly Matrix<float> _weights;
        private readonly float[]? _bias;

        /// <summary>Creates a layer from a copy of <paramref name="weights"/> ([out][in]) and <paramref name="bias"/> (length out, or null).</summary>
        public CppnLayer(Matrix<float> weights, float[]? bias, Activation activation)
        {
            if (weights is null) throw new ArgumentNullException(nameof(weights));
            if (weights.RowCount < 1 || weights.ColumnCount < 1)
                throw new ArgumentException("A layer needs at least one input and one output.", nameof(weights));
            if (bias != null && bias.Length != weights.RowCount)
                throw new ShapeMismatchException(string.Format(CultureInfo.InvariantCulture,
                    "Bias has {0} values but the layer has {1} outputs.", bias.Length, weights.RowCount),
                    "bias", new[] { weights.RowCount }, new[] { bias.Length });
            _weights = weights.Clone();
            _bias = bias == null ? null : (float[])bias.Clone();
            Activation = activation;
        }

        /// <summary>Number of inputs (columns of <see cref="Weights"/>).</summary>
        public int InputCount => _weights.ColumnCount;

        /// <summary>Number of outputs (rows of <see cref="Weights"/>).</summary>
        public int OutputCount => _weights.RowCount;

        /// <summary>The activation applied to this layer's sums.</summary>
        public Activation Activation { get; }

        /// <summary>True when the layer adds a bias.</summary>
        public bool HasBias => _bias != null;

        /// <summary>A copy of the weight matrix, [out][in].</summary>
        public Matrix<float> Weights => _weights.Clone();

        /// <summary>A copy of the bias vector, or null.</summary>
        public float[]? Bias => _bias == null ? null : (float[])_bias.Clone();

        /// <summary>Weights plus biases.</summary>
        public int ParameterCount => InputCount * OutputCount + (_bias?.Length ?? 0);

        /// <summary>Weight at [output, input] without copying the matrix.</summary>
        public float GetWeight(int output, int input) => _weights[output, input];

        /// <summary>Bias of <paramref name="output"/>, or 0 when the layer has none.</summary>
        public float GetBias(int output) => _bias == null ? 0f : _bias[output];

        /// <summary>Copies the weights row by row ([out][in]) into <paramref name="destination"/>.</summary>
        public void CopyWeightsRowMajor(Span<float> destination)
        {
            if (destination.Length < InputCount * OutputCount) throw new ArgumentException("Destination too small.", nameof(destination));
            int k = 0;
            for (int o = 0; o < OutputCount; o++)
                for (int i = 0; i < InputCount; i++)
                    destination[k++] = _weights[o, i];
        }

        internal Matrix<float> WeightsNoCopy => _weights;

        /// <summary>A layer with the same shape and activation and new weights (and bias).</summary>
        public CppnLayer WithParameters(Matrix<float> weights, float[]? bias) => new CppnLayer(weights, bias, Activation);

        /// <summary>A layer with a different activation.</summary>
        public CppnLayer WithActivation(Activation activation) => new CppnLayer(_weights, _bias, activation);

        /// <inheritdoc />
        public override string ToString() => string.Format(CultureInfo.InvariantCulture,
            "{0}->{1} {2}{3}", InputCount, OutputCount, ActivationFunctions.ToName(Activation), HasBias ? " +bias" : "");
    }
}
