using System;

namespace CppnPS.Core.Coordinates
{
    /// <summary>
    /// The network's coordinate inputs for every row and column of an image. The grid is
    /// separable: the row input depends only on the row and the column input only on the column,
    /// so two small arrays describe the whole image.
    /// </summary>
    /// <remarks>
    /// Each value is computed in double and rounded once to float, exactly as the article's
    /// reference does: in the default mode input 0 of pixel (r, c) is float((r / height - 0.5) * zoom)
    /// and input 1 is float((c / width - 0.5) * zoom). See <see cref="CoordinateMode"/> for the others.
    /// </remarks>
    internal sealed class CoordinateGrid
    {
        private CoordinateGrid(float[] rows, float[] columns)
        {
            RowValues = rows;
            ColumnValues = columns;
        }

        /// <summary>Row (vertical) input of each image row.</summary>
        public float[] RowValues { get; }

        /// <summary>Column (horizontal) input of each image column.</summary>
        public float[] ColumnValues { get; }

        /// <summary>Builds the grid for <paramref name="options"/>.</summary>
        public static CoordinateGrid Create(RenderOptions options)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            return new CoordinateGrid(
                Axis(options.Height, options.Width, options.Zoom, options.CenterY, options.CoordinateMode),
                Axis(options.Width, options.Height, options.Zoom, options.CenterX, options.CoordinateMode));
        }

        /// <summary>Rows <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 of this grid, all its columns: one band of the picture.</summary>
        public CoordinateGrid Rows(int first, int count)
        {
            if (first < 0 || count < 1 || first + count > RowValues.Length) throw new ArgumentOutOfRangeException(nameof(first), "The band must lie within the grid.");
            var rows = new float[count];
            Array.Copy(RowValues, first, rows, 0, count);
            return new CoordinateGrid(rows, ColumnValues);
        }

        /// <summary>
        /// The coordinate of index <paramref name="k"/> on an axis of <paramref name="length"/> pixels,
        /// the other axis being <paramref name="otherLength"/> pixels long, in double before rounding.
        /// </summary>
        public static double Coordinate(int k, int length, int otherLength, double zoom, double center, CoordinateMode mode)
        {
            int shorterSide = Math.Min(length, otherLength);
            switch (mode)
            {
                case CoordinateMode.Pixel:
                    return k * zoom + center;
                case CoordinateMode.AspectCorrect when length != shorterSide:
                    // The longer axis keeps the shorter axis's scale and stays centred.
                    return (k - length / 2.0) / shorterSide * zoom + center;
                case CoordinateMode.Article:
                    // The article's run_net: float(i) / size_y - 0.5 for its rows (size_x of them)
                    // and float(j) / size_x - 0.5 for its columns, evaluated in double and rounded
                    // once by torch.FloatTensor. Written as the default branch so that square
                    // pictures match Normalized bit for bit.
                    return ((double)k / otherLength - 0.5) * zoom + center;
                default:
                    // Written exactly as the reference so the rounding matches bit for bit.
                    return ((double)k / length - 0.5) * zoom + center;
            }
        }

        /// <summary>The radius input sqrt(row^2 + col^2), from the rounded coordinates, in double, rounded once.</summary>
        public static float Radius(float row, float column) => (float)Math.Sqrt((double)row * row + (double)column * column);

        private static float[] Axis(int length, int otherLength, double zoom, double center, CoordinateMode mode)
        {
            var values = new float[length];
            for (int k = 0; k < length; k++)
                values[k] = (float)Coordinate(k, length, otherLength, zoom, center, mode);
            return values;
        }
    }
}
