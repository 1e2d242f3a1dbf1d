using System;
using CppnPS.Core.Motion;
using CppnPS.Core.Rendering;

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
    /// A <see cref="CoordinateTransform"/> (rotation, spiral, wave) makes the grid non-separable:
    /// it then holds the row and column input of every pixel, computed in double from the same
    /// zoomed coordinates, transformed, centred and rounded once. Both engines read their inputs
    /// through <see cref="Fill"/> or <see cref="RowAt"/> and <see cref="ColumnAt"/>, so they agree
    /// on transformed grids as on plain ones.
    /// </remarks>
    internal sealed class CoordinateGrid
    {
        private readonly float[]? _pixelRows;
        private readonly float[]? _pixelColumns;

        private CoordinateGrid(float[] rows, float[] columns, float[]? pixelRows = null, float[]? pixelColumns = null)
        {
            RowValues = rows;
            ColumnValues = columns;
            _pixelRows = pixelRows;
            _pixelColumns = pixelColumns;
        }

        /// <summary>Row (vertical) input of each image row, before any transform.</summary>
        public float[] RowValues { get; }

        /// <summary>Column (horizontal) input of each image column, before any transform.</summary>
        public float[] ColumnValues { get; }

        /// <summary>Image width in pixels.</summary>
        public int Width => ColumnValues.Length;

        /// <summary>Image height in pixels.</summary>
        public int Height => RowValues.Length;

        /// <summary>True when the row input depends on the row alone and the column input on the column alone (no transform).</summary>
        public bool IsSeparable => _pixelRows is null;

        /// <summary>Builds the grid for <paramref name="options"/>.</summary>
        public static CoordinateGrid Create(RenderOptions options) => Create(options, null);

        /// <summary>Builds the grid for <paramref name="options"/>, its coordinates moved by <paramref name="transform"/> (null or identity: a still's grid).</summary>
        public static CoordinateGrid Create(RenderOptions options, CoordinateTransform? transform)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            var rows = Axis(options.Height, options.Width, options.Zoom, options.CenterY, options.CoordinateMode);
            var columns = Axis(options.Width, options.Height, options.Zoom, options.CenterX, options.CoordinateMode);
            if (transform is null || transform.IsIdentity) return new CoordinateGrid(rows, columns);

            int width = options.Width, height = options.Height;
            // The centre is added after the transform, so a rotation or warp turns about the view's centre.
            var rowOffsets = new double[height];
            var columnOffsets = new double[width];
            for (int r = 0; r < height; r++) rowOffsets[r] = Coordinate(r, height, width, options.Zoom, 0.0, options.CoordinateMode);
            for (int c = 0; c < width; c++) columnOffsets[c] = Coordinate(c, width, height, options.Zoom, 0.0, options.CoordinateMode);
            var pixelRows = new float[(long)width * height];
            var pixelColumns = new float[(long)width * height];
            for (int r = 0; r < height; r++)
            {
                for (int c = 0; c < width; c++)
                {
                    double row = rowOffsets[r], column = columnOffsets[c];
                    transform.Apply(ref row, ref column);
                    long p = (long)r * width + c;
                    pixelRows[p] = (float)(row + options.CenterY);
                    pixelColumns[p] = (float)(column + options.CenterX);
                }
            }
            return new CoordinateGrid(rows, columns, pixelRows, pixelColumns);
        }

        /// <summary>
        /// The grid of output rows <paramref name="firstRow"/> to <paramref name="firstRow"/> + <paramref name="rowCount"/> - 1
        /// of the picture <paramref name="options"/> describes, framed as its <see cref="RenderOptions.Framing"/> says and
        /// moved by <paramref name="transform"/> (null: none). Unframed, it is <see cref="Create(RenderOptions, CoordinateTransform)"/>'s
        /// grid (or those rows of it), to the bit. Framed, it holds <see cref="Framing.Supersample"/> x
        /// <see cref="Framing.Supersample"/> samples per pixel (sample row r * s + i, column c * s + j), each computed in
        /// double from its place in the picture: (the pixel's index + (2k + 1 - s) / 2s) pixels, measured from the
        /// picture's centre, folded by the symmetry (<see cref="SymmetryFold"/>), turned into a zoomed coordinate by
        /// <see cref="Coordinate(double, int, int, double, double, CoordinateMode)"/>, rotated by <see cref="Framing.Rotate"/>
        /// and the transform, centred and rounded once to float.
        /// </summary>
        public static CoordinateGrid Create(RenderOptions options, CoordinateTransform? transform, int firstRow, int rowCount)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            if (firstRow < 0 || rowCount < 1 || firstRow + rowCount > options.Height) throw new ArgumentOutOfRangeException(nameof(firstRow), "The band must lie within the picture.");
            Framing framing = options.Framing ?? Framing.None;
            if (framing.IsPlain)
            {
                CoordinateGrid whole = Create(options, transform);
                return firstRow == 0 && rowCount == options.Height ? whole : whole.Rows(firstRow, rowCount);
            }

            double rotation = framing.RotationRadians;
            if (rotation != 0) transform = (transform ?? CoordinateTransform.Identity) with { Rotation = (transform?.Rotation ?? 0) + rotation };
            bool moved = transform != null && !transform.IsIdentity;
            int width = options.Width, height = options.Height, s = framing.Supersample;
            double[] columnPlaces = Places(0, width, width, s);
            double[] rowPlaces = Places(firstRow, rowCount, height, s);
            double columnMiddle = (width - 1) / 2.0, rowMiddle = (height - 1) / 2.0;

            if (!moved && framing.Symmetry != Symmetry.Radial)
            {
                // Mirrors alone keep the grid separable: a column's input depends on its column only.
                var rows = new float[rowPlaces.Length];
                var columns = new float[columnPlaces.Length];
                for (int k = 0; k < columns.Length; k++)
                {
                    double u = columnPlaces[k], v = 0;
                    SymmetryFold.Apply(framing, ref u, ref v);
                    columns[k] = (float)Coordinate(u + columnMiddle, width, height, options.Zoom, options.CenterX, options.CoordinateMode);
                }
                for (int k = 0; k < rows.Length; k++)
                {
                    double u = 0, v = rowPlaces[k];
                    SymmetryFold.Apply(framing, ref u, ref v);
                    rows[k] = (float)Coordinate(v + rowMiddle, height, width, options.Zoom, options.CenterY, options.CoordinateMode);
                }
                return new CoordinateGrid(rows, columns);
            }

            int gridWidth = columnPlaces.Length, gridHeight = rowPlaces.Length;
            var pixelRows = new float[(long)gridWidth * gridHeight];
            var pixelColumns = new float[(long)gridWidth * gridHeight];
            for (int r = 0; r < gridHeight; r++)
            {
                for (int c = 0; c < gridWidth; c++)
                {
                    double u = columnPlaces[c], v = rowPlaces[r];
                    SymmetryFold.Apply(framing, ref u, ref v);
                    double row = Coordinate(v + rowMiddle, height, width, options.Zoom, 0.0, options.CoordinateMode);
                    double column = Coordinate(u + columnMiddle, width, height, options.Zoom, 0.0, options.CoordinateMode);
                    if (moved) transform!.Apply(ref row, ref column);
                    long p = (long)r * gridWidth + c;
                    pixelRows[p] = (float)(row + options.CenterY);
                    pixelColumns[p] = (float)(column + options.CenterX);
                }
            }
            // The axis values of a framed grid are those of its first row and column (they are not read for it).
            var firstColumn = new float[gridHeight];
            var firstRowValues = new float[gridWidth];
            for (int r = 0; r < gridHeight; r++) firstColumn[r] = pixelRows[(long)r * gridWidth];
            for (int c = 0; c < gridWidth; c++) firstRowValues[c] = pixelColumns[c];
            return new CoordinateGrid(firstColumn, firstRowValues, pixelRows, pixelColumns);
        }

        // The places of the samples of pixels first .. first + count - 1 on an axis of `length` pixels, in pixels from
        // the axis's middle: (index - (length - 1) / 2) + (2k + 1 - s) / (2s). Mirror-image samples get places that
        // are exact negatives of each other (both terms are), which the symmetries rely on.
        private static double[] Places(int first, int count, int length, int s)
        {
            var places = new double[(long)count * s];
            double middle = (length - 1) / 2.0;
            for (int i = 0; i < count; i++)
                for (int k = 0; k < s; k++)
                    places[(long)i * s + k] = (first + i - middle) + (2 * k + 1 - s) / (2.0 * s);
            return places;
        }

        /// <summary>The row input of pixel (<paramref name="row"/>, <paramref name="column"/>).</summary>
        public float RowAt(int row, int column) => _pixelRows is null ? RowValues[row] : _pixelRows[(long)row * Width + column];

        /// <summary>The column input of pixel (<paramref name="row"/>, <paramref name="column"/>).</summary>
        public float ColumnAt(int row, int column) => _pixelColumns is null ? ColumnValues[column] : _pixelColumns[(long)row * Width + column];

        /// <summary>
        /// Writes input <paramref name="input"/> of the <paramref name="count"/> pixels of row
        /// <paramref name="row"/> from column <paramref name="firstColumn"/> into the start of
        /// <paramref name="lane"/>, zeros into the rest (<see cref="InputLayout.Fill(int, float, ReadOnlySpan{float}, Span{float})"/>).
        /// </summary>
        public void Fill(InputLayout inputs, int input, int row, int firstColumn, int count, Span<float> lane)
        {
            if (_pixelRows is null || _pixelColumns is null)
            {
                inputs.Fill(input, RowValues[row], new ReadOnlySpan<float>(ColumnValues, firstColumn, count), lane);
                return;
            }
            int start = row * Width + firstColumn;
            inputs.Fill(input, new ReadOnlySpan<float>(_pixelRows, start, count), new ReadOnlySpan<float>(_pixelColumns, start, count), lane);
        }

        /// <summary>Rows <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 of this grid, all its columns: one band of the picture.</summary>
        public CoordinateGrid Rows(int first, int count)
        {
            if (first < 0 || count < 1 || first + count > RowValues.Length) throw new ArgumentOutOfRangeException(nameof(first), "The band must lie within the grid.");
            var rows = new float[count];
            Array.Copy(RowValues, first, rows, 0, count);
            if (_pixelRows is null || _pixelColumns is null) return new CoordinateGrid(rows, ColumnValues);
            var pixelRows = new float[(long)count * Width];
            var pixelColumns = new float[(long)count * Width];
            Array.Copy(_pixelRows, (long)first * Width, pixelRows, 0, pixelRows.LongLength);
            Array.Copy(_pixelColumns, (long)first * Width, pixelColumns, 0, pixelColumns.LongLength);
            return new CoordinateGrid(rows, ColumnValues, pixelRows, pixelColumns);
        }

        /// <summary>
        /// The pixels of <paramref name="region"/> of this grid: its rows and columns, with the values they have here,
        /// so a tile of a picture gets exactly the whole picture's coordinates. Only a separable grid is cut so.
        /// </summary>
        public CoordinateGrid Region(CanvasRegion region)
        {
            if (region is null) throw new ArgumentNullException(nameof(region));
            if (!IsSeparable) throw new InvalidOperationException("Only a grid without a transform is cut into regions.");
            region.Validate(Width, Height);
            var rows = new float[region.Height];
            var columns = new float[region.Width];
            Array.Copy(RowValues, region.Y, rows, 0, region.Height);
            Array.Copy(ColumnValues, region.X, columns, 0, region.Width);
            return new CoordinateGrid(rows, columns);
        }

        /// <summary>
        /// The coordinate of index <paramref name="k"/> on an axis of <paramref name="length"/> pixels,
        /// the other axis being <paramref name="otherLength"/> pixels long, in double before rounding.
        /// </summary>
        public static double Coordinate(int k, int length, int otherLength, double zoom, double center, CoordinateMode mode)
            => Coordinate((double)k, length, otherLength, zoom, center, mode);

        /// <summary>As above, at a place <paramref name="k"/> between pixel indices (a supersample, a folded point): the same formulas in double.</summary>
        public static double Coordinate(double k, int length, int otherLength, double zoom, double center, CoordinateMode mode)
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
                    return (k / otherLength - 0.5) * zoom + center;
                default:
                    // Written exactly as the reference so the rounding matches bit for bit.
                    return (k / length - 0.5) * zoom + center;
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
