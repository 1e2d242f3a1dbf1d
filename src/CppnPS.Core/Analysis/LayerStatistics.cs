using System;
using System.Collections.Generic;
using System.Globalization;
using CppnPS.Core.Activations;

namespace CppnPS.Core.Analysis
{
    /// <summary>
    /// What one layer of a network does over a grid of coordinates: the spread of its weighted sums
    /// (pre-activations) and of its outputs (activations), over every sampled pixel and every unit.
    /// </summary>
    public sealed class LayerStatistics
    {
        internal LayerStatistics(int index, int inputs, int outputs, Activation activation, string activationText, int pixels,
            SummaryStatistics pre, SummaryStatistics post, double saturated, double nearZero, double[] unitRanges)
        {
            Index = index;
            Inputs = inputs;
            Outputs = outputs;
            Activation = activation;
            ActivationText = activationText;
            Pixels = pixels;
            PreMean = pre.Mean;
            PreStd = pre.StandardDeviation;
            PreMin = pre.Minimum;
            PreMax = pre.Maximum;
            Mean = post.Mean;
            Std = post.StandardDeviation;
            Min = post.Minimum;
            Max = post.Maximum;
            Saturated = saturated;
            NearZero = nearZero;
            _unitRanges = unitRanges;
            double spread = 0;
            foreach (double r in unitRanges) if (r > spread) spread = r;
            Spread = spread;
        }

        private readonly double[] _unitRanges;

        /// <summary>Layer number, 0 for the layer fed by the coordinates.</summary>
        public int Index { get; }

        /// <summary>Inputs of the layer.</summary>
        public int Inputs { get; }

        /// <summary>Units (outputs) of the layer.</summary>
        public int Outputs { get; }

        /// <summary>The layer's activation; for a layer whose neurons differ, the first neuron's (see <see cref="ActivationText"/>).</summary>
        public Activation Activation { get; }

        /// <summary>Every neuron's activation as text (<see cref="Model.CppnLayer.ActivationText"/>): <c>tanh</c>, <c>leakyrelu(0.2)</c>, <c>tanh:8,sin:8</c>.</summary>
        public string ActivationText { get; }

        /// <summary>Sampled coordinate points (pixels of the probe grid).</summary>
        public int Pixels { get; }

        /// <summary>Mean of the weighted sums W x + b.</summary>
        public double PreMean { get; }

        /// <summary>Population standard deviation of the weighted sums.</summary>
        public double PreStd { get; }

        /// <summary>Smallest weighted sum.</summary>
        public double PreMin { get; }

        /// <summary>Largest weighted sum.</summary>
        public double PreMax { get; }

        /// <summary>Mean of the activations.</summary>
        public double Mean { get; }

        /// <summary>Population standard deviation of the activations.</summary>
        public double Std { get; }

        /// <summary>Smallest activation.</summary>
        public double Min { get; }

        /// <summary>Largest activation.</summary>
        public double Max { get; }

        /// <summary>Share (0..1) of unit values on a flat tail of the activation; see <see cref="SaturationRule"/>.</summary>
        public double Saturated { get; }

        /// <summary>Share (0..1) of unit values whose weighted sum is near zero; see <see cref="SaturationRule"/>.</summary>
        public double NearZero { get; }

        /// <summary>
        /// The largest change of any one unit across the sampled pixels (max - min of its activation).
        /// For the output layer this is the picture's spread: under 1/255 the picture is one flat colour.
        /// </summary>
        public double Spread { get; }

        /// <summary>Per unit, max - min of its activation across the sampled pixels; for the output layer, red, green, blue.</summary>
        public IReadOnlyList<double> UnitRanges => _unitRanges;

        /// <summary>"16->3 sigmoid".</summary>
        public string Shape => string.Format(CultureInfo.InvariantCulture, "{0}->{1}", Inputs, Outputs);

        /// <summary>"layer 9 16->3 sigmoid: std 0.0012, saturated 0.0%, near zero 100.0%, spread 0.00031".</summary>
        public override string ToString() => string.Format(CultureInfo.InvariantCulture,
            "layer {0} {1} {2}: std {3:G4}, saturated {4:P1}, near zero {5:P1}, spread {6:G4}",
            Index, Shape, ActivationText, Std, Saturated, NearZero, Spread);
    }
}
