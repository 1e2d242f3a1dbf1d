using System;
using System.Collections.Generic;
using System.Globalization;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// The value of every network input at a pixel: the row, the column, the radius, a latent
    /// constant or an input computed from the coordinates (<see cref="ComputedInputs"/>), as <see cref="InputName.KindOf"/> reads the input names. The fast engine, the
    /// reference engine and the network probe all take their inputs from here, so they cannot
    /// disagree on what an input means.
    /// </summary>
    internal sealed class InputLayout
    {
        private InputLayout(InputKind[] kinds, float[] latentValues, float[] frequencies)
        {
            Kinds = kinds;
            LatentValues = latentValues;
            _frequencies = frequencies;
        }

        // A Fourier feature's frequencies (b_row, b_col) at [2 i] and [2 i + 1]; 0 for other inputs.
        private readonly float[] _frequencies;

        /// <summary>Where each input's value comes from.</summary>
        public InputKind[] Kinds { get; }

        /// <summary>The latent value of each input (0 for the coordinate inputs).</summary>
        public float[] LatentValues { get; }

        public int Count => Kinds.Length;

        /// <summary>
        /// The layout of <paramref name="inputNames"/>: the latent inputs take the values of
        /// <paramref name="latent"/> in order, or 0 when it is empty.
        /// </summary>
        /// <exception cref="LatentSizeMismatchException">The latent vector is neither empty nor one value per latent input.</exception>
        public static InputLayout Create(IReadOnlyList<string> inputNames, IReadOnlyList<float> latent)
        {
            var kinds = new InputKind[inputNames.Count];
            var latentValues = new float[inputNames.Count];
            var frequencies = new float[2 * inputNames.Count];
            int latentCount = 0;
            for (int i = 0; i < inputNames.Count; i++)
            {
                kinds[i] = InputName.KindOf(inputNames[i]);
                if (!InputName.TryParseFourier(inputNames[i], out _, out frequencies[2 * i], out frequencies[2 * i + 1]))
                    frequencies[2 * i] = frequencies[2 * i + 1] = 0f;
                if (kinds[i] != InputKind.Latent) continue;
                latentValues[i] = latentCount < latent.Count ? latent[latentCount] : 0f;
                latentCount++;
            }
            if (latent.Count != 0 && latent.Count != latentCount)
                throw new LatentSizeMismatchException(string.Format(CultureInfo.InvariantCulture,
                    "The network has {0} latent input(s) but {1} latent value(s) were given. Give {0} values, or none for all zeros.",
                    latentCount, latent.Count), latentCount, latent.Count);
            return new InputLayout(kinds, latentValues, frequencies);
        }

        /// <summary>The value of input <paramref name="input"/> at the pixel with coordinates (<paramref name="row"/>, <paramref name="column"/>).</summary>
        public float ValueAt(int input, float row, float column)
        {
            switch (Kinds[input])
            {
                case InputKind.Row: return row;
                case InputKind.Column: return column;
                case InputKind.Radius: return CoordinateGrid.Radius(row, column);
                case InputKind.Latent: return LatentValues[input];
                default: return Computed(input, row, column);
            }
        }

        /// <summary>
        /// Writes the values of input <paramref name="input"/> for the pixels of one row whose
        /// column coordinates are <paramref name="columns"/> into the start of <paramref name="lane"/>
        /// (the same values as <see cref="ValueAt"/>), and zeros into the rest of the lane.
        /// </summary>
        public void Fill(int input, float row, ReadOnlySpan<float> columns, Span<float> lane)
        {
            int count = columns.Length;
            switch (Kinds[input])
            {
                case InputKind.Row: lane.Slice(0, count).Fill(row); break;
                case InputKind.Column: columns.CopyTo(lane); break;
                case InputKind.Radius:
                    for (int p = 0; p < count; p++) lane[p] = CoordinateGrid.Radius(row, columns[p]);
                    break;
                case InputKind.Latent: lane.Slice(0, count).Fill(LatentValues[input]); break;
                case InputKind.FourierSin:
                case InputKind.FourierCos:
                    for (int p = 0; p < count; p++) lane[p] = FourierArgument(input, row, columns[p]);
                    FastActivations.Apply(Activation.Sin, lane.Slice(0, count));
                    break;
                default:
                    for (int p = 0; p < count; p++) lane[p] = Computed(input, row, columns[p]);
                    break;
            }
            lane.Slice(count).Clear();
        }

        /// <summary>
        /// As <see cref="Fill(int, float, ReadOnlySpan{float}, Span{float})"/>, for pixels whose row
        /// coordinates differ too (a transformed grid): pixel p has coordinates
        /// (<paramref name="rows"/>[p], <paramref name="columns"/>[p]).
        /// </summary>
        public void Fill(int input, ReadOnlySpan<float> rows, ReadOnlySpan<float> columns, Span<float> lane)
        {
            int count = columns.Length;
            switch (Kinds[input])
            {
                case InputKind.Row: rows.CopyTo(lane); break;
                case InputKind.Column: columns.CopyTo(lane); break;
                case InputKind.Radius:
                    for (int p = 0; p < count; p++) lane[p] = CoordinateGrid.Radius(rows[p], columns[p]);
                    break;
                case InputKind.Latent: lane.Slice(0, count).Fill(LatentValues[input]); break;
                case InputKind.FourierSin:
                case InputKind.FourierCos:
                    for (int p = 0; p < count; p++) lane[p] = FourierArgument(input, rows[p], columns[p]);
                    FastActivations.Apply(Activation.Sin, lane.Slice(0, count));
                    break;
                default:
                    for (int p = 0; p < count; p++) lane[p] = Computed(input, rows[p], columns[p]);
                    break;
            }
            lane.Slice(count).Clear();
        }

        private float FourierArgument(int input, float row, float column) =>
            ComputedInputs.FourierArgument(Kinds[input], _frequencies[2 * input], _frequencies[2 * input + 1], row, column);

        private float Computed(int input, float row, float column) =>
            ComputedInputs.Value(Kinds[input], _frequencies[2 * input], _frequencies[2 * input + 1], row, column);
    }
}
