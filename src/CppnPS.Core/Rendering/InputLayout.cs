using System;
using System.Collections.Generic;
using System.Globalization;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// The value of every network input at a pixel: the row, the column, the radius or a latent
    /// constant, as <see cref="InputName.KindOf"/> reads the input names. The fast engine, the
    /// reference engine and the network probe all take their inputs from here, so they cannot
    /// disagree on what an input means.
    /// </summary>
    internal sealed class InputLayout
    {
        private InputLayout(InputKind[] kinds, float[] latentValues)
        {
            Kinds = kinds;
            LatentValues = latentValues;
        }

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
            int latentCount = 0;
            for (int i = 0; i < inputNames.Count; i++)
            {
                kinds[i] = InputName.KindOf(inputNames[i]);
                if (kinds[i] != InputKind.Latent) continue;
                latentValues[i] = latentCount < latent.Count ? latent[latentCount] : 0f;
                latentCount++;
            }
            if (latent.Count != 0 && latent.Count != latentCount)
                throw new LatentSizeMismatchException(string.Format(CultureInfo.InvariantCulture,
                    "The network has {0} latent input(s) but {1} latent value(s) were given. Give {0} values, or none for all zeros.",
                    latentCount, latent.Count), latentCount, latent.Count);
            return new InputLayout(kinds, latentValues);
        }

        /// <summary>The value of input <paramref name="input"/> at the pixel with coordinates (<paramref name="row"/>, <paramref name="column"/>).</summary>
        public float ValueAt(int input, float row, float column)
        {
            switch (Kinds[input])
            {
                case InputKind.Row: return row;
                case InputKind.Column: return column;
                case InputKind.Radius: return CoordinateGrid.Radius(row, column);
                default: return LatentValues[input];
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
                default: lane.Slice(0, count).Fill(LatentValues[input]); break;
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
                default: lane.Slice(0, count).Fill(LatentValues[input]); break;
            }
            lane.Slice(count).Clear();
        }
    }
}
