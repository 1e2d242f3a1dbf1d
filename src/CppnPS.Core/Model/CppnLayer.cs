using System;
using System.Collections.Generic;
using System.Globalization;
using CppnPS.Core.Activations;

namespace CppnPS.Core.Model
{
    /// <summary>
    /// One fully connected layer, y = activation(W x + b), with W in PyTorch nn.Linear layout
    /// [out][in]. Immutable: a network changes a layer by replacing it, so a render that took a
    /// snapshot of the layer list never sees a half-written layer.
    /// </summary>
    /// <remarks>
    /// The weights are a plain row-major float array (element [o, i] at o * InputCount + i), the
    /// order PyTorch and the weight files use, so scripts get and give <c>float[][]</c> rows and
    /// never a type of a library that lives in the module's private load context.
    /// </remarks>
    public sealed class CppnLayer
    {
        private readonly float[] _weights;
        private readonly float[]? _bias;
        // One per output, never written after construction (shared between layers made from one another).
        private readonly ActivationSpec[] _activations;

        /// <summary>
        /// Creates a layer from a copy of <paramref name="weights"/>, one row per output and one value
        /// per input ([out][in], as PyTorch), and of <paramref name="bias"/> (one value per output, or null).
        /// </summary>
        public CppnLayer(float[][] weights, float[]? bias, Activation activation)
            : this(weights, bias, new ActivationSpec[] { activation })
        {
        }

        /// <summary>
        /// Creates a layer from a copy of <paramref name="weights"/> ([out][in]) and <paramref name="bias"/>,
        /// with one activation for every neuron or one per neuron (<paramref name="activations"/> holds
        /// one value, or one per output).
        /// </summary>
        public CppnLayer(float[][] weights, float[]? bias, IReadOnlyList<ActivationSpec> activations)
            : this(ToRowMajor(weights, out int outputs, out int inputs), outputs, inputs, CopyOf(bias), activations)
        {
        }

        /// <summary>
        /// Creates a layer from a copy of <paramref name="weights"/>, row-major ([out][in]: element
        /// [o, i] at o * <paramref name="inputCount"/> + i), and of <paramref name="bias"/> (one value per output, or null).
        /// </summary>
        public CppnLayer(float[] weights, int outputCount, int inputCount, float[]? bias, Activation activation)
            : this(CheckedCopy(weights, outputCount, inputCount), outputCount, inputCount, CopyOf(bias), new ActivationSpec[] { activation })
        {
        }

        private CppnLayer(float[] weights, int outputs, int inputs, float[]? bias, IReadOnlyList<ActivationSpec> activations)
            : this(PerNeuron(activations, outputs), weights, outputs, inputs, bias)
        {
        }

        // Keeps the arrays without copying: callers pass arrays that nobody will write to again
        // (fresh ones, or those of another immutable layer), and the weights already fit the shape.
        private CppnLayer(ActivationSpec[] activations, float[] weights, int outputs, int inputs, float[]? bias)
        {
            if (bias != null && bias.Length != outputs)
                throw new ShapeMismatchException(string.Format(CultureInfo.InvariantCulture,
                    "Bias has {0} values but the layer has {1} outputs.", bias.Length, outputs),
                    "bias", new[] { outputs }, new[] { bias.Length });
            _weights = weights;
            _bias = bias;
            OutputCount = outputs;
            InputCount = inputs;
            _activations = activations;
            HasMixedActivations = Array.Exists(activations, a => a != activations[0]);
        }

        /// <summary>Number of inputs (values in each row of the weights).</summary>
        public int InputCount { get; }

        /// <summary>Number of outputs (rows of the weights).</summary>
        public int OutputCount { get; }

        /// <summary>
        /// The activation applied to this layer's sums; for a layer whose neurons differ
        /// (<see cref="HasMixedActivations"/>), the first neuron's: see <see cref="Activations"/>.
        /// </summary>
        public Activation Activation => _activations[0].Kind;

        /// <summary>Each neuron's activation, with its parameter: one per output.</summary>
        public IReadOnlyList<ActivationSpec> Activations => (ActivationSpec[])_activations.Clone();

        /// <summary>True when the neurons do not all have the same activation and parameter.</summary>
        public bool HasMixedActivations { get; }

        /// <summary>The activations as text: <c>tanh</c>, <c>leakyrelu(0.2)</c>, or per neuron in runs, <c>tanh:8,sin:4,gaussian:4</c>.</summary>
        public string ActivationText => NeuronActivations.Format(_activations);

        /// <summary>The activation of neuron <paramref name="output"/>.</summary>
        public ActivationSpec GetActivation(int output)
        {
            if ((uint)output >= (uint)OutputCount)
                throw new ArgumentOutOfRangeException(nameof(output), output, IndexMessage("output", OutputCount));
            return _activations[output];
        }

        /// <summary>True when the layer adds a bias.</summary>
        public bool HasBias => _bias != null;

        /// <summary>A copy of the bias vector, or null.</summary>
        public float[]? Bias => CopyOf(_bias);

        /// <summary>Weights plus biases.</summary>
        public int ParameterCount => _weights.Length + (_bias?.Length ?? 0);

        /// <summary>The weight from <paramref name="input"/> to <paramref name="output"/>, as <c>$layer[o, i]</c> in PowerShell.</summary>
        public float this[int output, int input] => GetWeight(output, input);

        /// <summary>Weight at [output, input] without copying the weights.</summary>
        public float GetWeight(int output, int input)
        {
            // Both indices are checked: in a flat array an input past the row's end would read the next row.
            if ((uint)output >= (uint)OutputCount)
                throw new ArgumentOutOfRangeException(nameof(output), output, IndexMessage("output", OutputCount));
            if ((uint)input >= (uint)InputCount)
                throw new ArgumentOutOfRangeException(nameof(input), input, IndexMessage("input", InputCount));
            return _weights[output * InputCount + input];
        }

        /// <summary>Bias of <paramref name="output"/>, or 0 when the layer has none.</summary>
        public float GetBias(int output)
        {
            if ((uint)output >= (uint)OutputCount)
                throw new ArgumentOutOfRangeException(nameof(output), output, IndexMessage("output", OutputCount));
            return _bias == null ? 0f : _bias[output];
        }

        /// <summary>A copy of the weights, one row per output ([out][in], as PyTorch); Set-CppnWeights -Weight takes it back.</summary>
        public float[][] GetWeights()
        {
            var rows = new float[OutputCount][];
            for (int o = 0; o < rows.Length; o++)
            {
                rows[o] = new float[InputCount];
                Array.Copy(_weights, o * InputCount, rows[o], 0, InputCount);
            }
            return rows;
        }

        /// <summary>Copies the weights row by row ([out][in]) into <paramref name="destination"/>.</summary>
        public void CopyWeightsRowMajor(Span<float> destination)
        {
            if (destination.Length < _weights.Length) throw new ArgumentException("Destination too small.", nameof(destination));
            _weights.AsSpan().CopyTo(destination);
        }

        /// <summary>
        /// A layer whose weights, and biases unless <paramref name="includeBias"/> is false, are
        /// multiplied by <paramref name="factor"/>: each weight as <c>w * (float)factor</c> in single
        /// precision, each bias as <c>(float)(b * factor)</c> in double precision. A factor that is 0 in
        /// single precision gives weights of +0.
        /// </summary>
        public CppnLayer Multiply(double factor, bool includeBias)
        {
            if (double.IsNaN(factor) || double.IsInfinity(factor))
                throw new ArgumentOutOfRangeException(nameof(factor), factor, "The factor must be a finite number.");
            float f = (float)factor;
            var weights = new float[_weights.Length];
            // Zero and one are shortcuts, as in MathNet's Matrix.Multiply(scalar) that saved networks were
            // scaled with: zero gives +0, not the -0 that w * 0 gives for a negative w. LayerTests pins the bits.
            if (f == 1f) Array.Copy(_weights, weights, weights.Length);
            else if (f != 0f)
                for (int k = 0; k < weights.Length; k++) weights[k] = _weights[k] * f;
            float[]? bias = CopyOf(_bias);
            if (bias != null && includeBias)
                for (int k = 0; k < bias.Length; k++) bias[k] = (float)(bias[k] * factor);
            return new CppnLayer(_activations, weights, OutputCount, InputCount, bias);
        }

        /// <summary>A layer whose weights and biases are multiplied by <paramref name="factor"/> (see <see cref="Multiply(double, bool)"/>).</summary>
        public CppnLayer Multiply(double factor) => Multiply(factor, includeBias: true);

        /// <summary>
        /// A layer whose weights and biases are the sums, in single precision, of this layer's and
        /// <paramref name="other"/>'s, which must have the same shape. A missing bias counts as zeros;
        /// the sum has a bias when either layer has one. The activation is this layer's.
        /// </summary>
        public CppnLayer Add(CppnLayer other)
        {
            if (other is null) throw new ArgumentNullException(nameof(other));
            CheckSameShape(other.OutputCount, other.InputCount, "weight");
            var weights = new float[_weights.Length];
            for (int k = 0; k < weights.Length; k++) weights[k] = _weights[k] + other._weights[k];
            float[]? bias = null;
            if (_bias != null || other._bias != null)
            {
                bias = new float[OutputCount];
                for (int o = 0; o < bias.Length; o++) bias[o] = GetBias(o) + other.GetBias(o);
            }
            return new CppnLayer(_activations, weights, OutputCount, InputCount, bias);
        }

        /// <summary>A layer whose weights are this layer's plus <paramref name="weights"/> ([out][in], same shape), in single precision; bias and activation unchanged.</summary>
        public CppnLayer Add(float[][] weights)
        {
            float[] addend = ToRowMajor(weights, out int outputs, out int inputs);
            CheckSameShape(outputs, inputs, "weight");
            for (int k = 0; k < addend.Length; k++) addend[k] = _weights[k] + addend[k];
            return new CppnLayer(_activations, addend, OutputCount, InputCount, _bias);
        }

        /// <summary>A layer with the same shape, bias and activation and new weights ([out][in]).</summary>
        public CppnLayer WithWeights(float[][] weights) => WithParameters(weights, _bias);

        /// <summary>A layer with the same weights and activation and a new bias (one value per output), or none when null.</summary>
        public CppnLayer WithBias(float[]? bias) => new CppnLayer(_activations, _weights, OutputCount, InputCount, CopyOf(bias));

        /// <summary>A layer with the same shape and activation and new weights ([out][in]) and bias.</summary>
        public CppnLayer WithParameters(float[][] weights, float[]? bias)
        {
            float[] rowMajor = ToRowMajor(weights, out int outputs, out int inputs);
            CheckSameShape(outputs, inputs, "weight");
            return new CppnLayer(_activations, rowMajor, outputs, inputs, CopyOf(bias));
        }

        /// <summary>A layer with a different activation.</summary>
        public CppnLayer WithActivation(Activation activation) => WithActivations(new ActivationSpec[] { activation });

        /// <summary>A layer with a different activation for every neuron, or one per neuron (one value, or one per output).</summary>
        public CppnLayer WithActivations(IReadOnlyList<ActivationSpec> activations)
            => new CppnLayer(PerNeuron(activations, OutputCount), _weights, OutputCount, InputCount, _bias);

        /// <inheritdoc />
        public override string ToString() => string.Format(CultureInfo.InvariantCulture,
            "{0}->{1} {2}{3}", InputCount, OutputCount, ActivationText, HasBias ? " +bias" : "");

        /// <summary>
        /// A layer that takes ownership of <paramref name="rowMajorWeights"/> and <paramref name="bias"/>
        /// without copying them; for Core code that has just made them.
        /// </summary>
        internal static CppnLayer Own(float[] rowMajorWeights, int outputs, int inputs, float[]? bias, Activation activation)
            => Own(rowMajorWeights, outputs, inputs, bias, new ActivationSpec[] { activation });

        /// <summary>As <see cref="Own(float[], int, int, float[], Activation)"/>, with one activation for all neurons or one per neuron.</summary>
        internal static CppnLayer Own(float[] rowMajorWeights, int outputs, int inputs, float[]? bias, IReadOnlyList<ActivationSpec> activations)
        {
            CheckShape(rowMajorWeights, outputs, inputs);
            return new CppnLayer(PerNeuron(activations, outputs), rowMajorWeights, outputs, inputs, bias);
        }

        /// <summary>One activation per output: <paramref name="activations"/> repeated when it holds one, else copied.</summary>
        private static ActivationSpec[] PerNeuron(IReadOnlyList<ActivationSpec> activations, int outputs)
        {
            if (activations is null) throw new ArgumentNullException(nameof(activations));
            if (activations.Count != 1 && activations.Count != outputs)
                throw new ActivationCountMismatchException(string.Format(CultureInfo.InvariantCulture,
                    "The layer has {0} neurons but {1} activations were given; give one for all neurons or one per neuron.",
                    outputs, activations.Count), outputs, activations.Count);
            var result = new ActivationSpec[outputs];
            for (int o = 0; o < outputs; o++) result[o] = activations[activations.Count == 1 ? 0 : o];
            return result;
        }

        /// <summary>Checks that rows of <paramref name="outputs"/> x <paramref name="inputs"/> weights fit this layer; the message names both shapes.</summary>
        internal void CheckSameShape(int outputs, int inputs, string what, int? index = null)
        {
            if (outputs == OutputCount && inputs == InputCount) return;
            string layer = index.HasValue ? "Layer " + index.Value.ToString(CultureInfo.InvariantCulture) : "The layer";
            throw new ShapeMismatchException(string.Format(CultureInfo.InvariantCulture,
                "{0} needs a weight matrix of {1} rows (outputs) x {2} columns (inputs), [out][in] as in PyTorch; got {3} x {4}.",
                layer, OutputCount, InputCount, outputs, inputs),
                what, new[] { OutputCount, InputCount }, new[] { outputs, inputs });
        }

        /// <summary>Copies [out][in] rows into a new row-major array; the rows must all have the same, non-zero, length.</summary>
        internal static float[] ToRowMajor(float[][] rows, out int outputs, out int inputs)
        {
            if (rows is null) throw new ArgumentNullException(nameof(rows));
            outputs = rows.Length;
            if (outputs < 1) throw new ArgumentException("A layer needs at least one output: the weights have no rows.", nameof(rows));
            for (int o = 0; o < outputs; o++)
                if (rows[o] is null) throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Weight row {0} is null.", o), nameof(rows));
            inputs = rows[0].Length;
            if (inputs < 1) throw new ArgumentException("A layer needs at least one input: the weight rows are empty.", nameof(rows));
            var result = new float[outputs * inputs];
            for (int o = 0; o < outputs; o++)
            {
                if (rows[o].Length != inputs)
                    throw new ShapeMismatchException(string.Format(CultureInfo.InvariantCulture,
                        "The weight rows differ in length: row 0 has {0} values, row {1} has {2}. Every row (one per output) needs one value per input.",
                        inputs, o, rows[o].Length), "weight", new[] { outputs, inputs }, new[] { outputs, rows[o].Length });
                Array.Copy(rows[o], 0, result, o * inputs, inputs);
            }
            return result;
        }

        private static float[] CheckedCopy(float[] weights, int outputs, int inputs)
        {
            CheckShape(weights, outputs, inputs);
            return (float[])weights.Clone();
        }

        private static void CheckShape(float[] weights, int outputs, int inputs)
        {
            if (weights is null) throw new ArgumentNullException(nameof(weights));
            if (outputs < 1 || inputs < 1)
                throw new ArgumentException("A layer needs at least one input and one output.", nameof(weights));
            if ((long)outputs * inputs != weights.Length)
                throw new ShapeMismatchException(string.Format(CultureInfo.InvariantCulture,
                    "{0} x {1} weights ([out][in]) need {2} values; got {3}.", outputs, inputs, (long)outputs * inputs, weights.Length),
                    "weight", new[] { outputs, inputs }, new[] { weights.Length });
        }

        private static float[]? CopyOf(float[]? values) => values == null ? null : (float[])values.Clone();

        private static string IndexMessage(string what, int count)
            => string.Format(CultureInfo.InvariantCulture, "The {0} index must be between 0 and {1}.", what, count - 1);
    }
}
