using System.Globalization;

namespace CppnPS.Core.Rendering
{
    /// <summary>Where one picture sits in a montage.</summary>
    public sealed class MontageTile
    {
        internal MontageTile(int index, int row, int column, int x, int y, CppnImage image)
        {
            Index = index;
            Row = row;
            Column = column;
            X = x;
            Y = y;
            Image = image;
        }

        /// <summary>Position in the input order, from 0.</summary>
        public int Index { get; }

        /// <summary>Grid row, from 0.</summary>
        public int Row { get; }

        /// <summary>Grid column, from 0.</summary>
        public int Column { get; }

        /// <summary>Left edge of the picture in the montage, in pixels.</summary>
        public int X { get; }

        /// <summary>Top edge of the picture in the montage, in pixels.</summary>
        public int Y { get; }

        /// <summary>The picture.</summary>
        public CppnImage Image { get; }

        /// <summary>
        /// The tile's settings as one line: "tile 1 (row 0, column 0) at 0,0: 64x64, zoom 1, Normalized;
        /// 2->16x9->3 tanh/sigmoid, 2,144 params, seed 7; init Normal, scale 1". A tile that is itself
        /// a montage says so: "tile 2 (row 0, column 1) at 72,0: 64x64 montage of 4 picture(s)".
        /// </summary>
        public string Describe()
        {
            string place = string.Format(CultureInfo.InvariantCulture, "tile {0} (row {1}, column {2}) at {3},{4}: ", Index + 1, Row, Column, X, Y);
            if (Image.Network is null || Image.Options is null) return place + Image;
            var p = Image.Network.Provenance;
            string init = p.Init.HasValue
                ? "; init " + p.Init.Value + (p.Scale.HasValue ? ", scale " + p.Scale.Value.ToString("R", CultureInfo.InvariantCulture) : "")
                : "";
            return place + string.Format(CultureInfo.InvariantCulture, "{0}; {1}{2}", Image.Options, Image.Network, init);
        }

        /// <summary>The same line as <see cref="Describe"/>, so a montage's Tiles print readably.</summary>
        public override string ToString() => Describe();
    }
}
