using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace CppnPS.Core.Colour
{
    /// <summary>
    /// The colours a <see cref="ColourMode.Palette"/> picture is painted with: a named perceptual palette
    /// (matplotlib's 256-entry listed colormaps viridis, magma, inferno, plasma and cividis) or a gradient
    /// through two or more colours given as hex.
    /// </summary>
    /// <remarks>
    /// A named palette is looked up as matplotlib's ListedColormap does: value t in [0, 1] picks entry
    /// floor(t * 256) (t = 1 the last), no blending, so a picture uses only the palette's 256 colours. A
    /// gradient blends linearly between neighbouring stops (t = 0 the first stop, 1 the last), in double,
    /// rounded once to float, so it is smooth at 16 bits too. Values outside [0, 1] are clamped; NaN is 0.
    /// </remarks>
    public sealed class ColourPalette : IEquatable<ColourPalette>
    {
        private static readonly char[] Separators = { ',', ';', ' ' };
        private static readonly char[] Space = { ' ' };
        private static readonly string[] Names = { "cividis", "inferno", "magma", "plasma", "viridis" };
        private static readonly Dictionary<string, ColourPalette> Loaded = new Dictionary<string, ColourPalette>(StringComparer.Ordinal);

        private readonly float[] _colours;  // red, green, blue of each entry or stop

        private ColourPalette(string name, float[] colours, bool isListed)
        {
            Name = name;
            _colours = colours;
            IsListed = isListed;
        }

        /// <summary>The named palettes, in alphabetical order.</summary>
        public static IReadOnlyList<string> KnownNames => Names;

        /// <summary>"viridis" for a named palette; the stops as lower-case hex, "#000000,#ff8800,#ffffff", for a gradient.</summary>
        public string Name { get; }

        /// <summary>True for a named (listed) palette, looked up without blending; false for a gradient.</summary>
        public bool IsListed { get; }

        /// <summary>The number of entries (a named palette: 256) or stops (a gradient).</summary>
        public int Count => _colours.Length / 3;

        /// <summary>Red, green and blue of entry or stop <paramref name="index"/>, each in [0, 1].</summary>
        public (float Red, float Green, float Blue) this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index), index, "No such palette entry.");
                return (_colours[3 * index], _colours[3 * index + 1], _colours[3 * index + 2]);
            }
        }

        /// <summary>
        /// The palette <paramref name="text"/> describes: a name of <see cref="KnownNames"/> (any case), or two or
        /// more hex colours (#rrggbb or rrggbb) separated by commas, semicolons or spaces.
        /// </summary>
        /// <exception cref="PaletteException">An unknown name, a colour that is not six hex digits, or a single colour.</exception>
        public static ColourPalette Parse(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            return Parse(text.Split(Separators, StringSplitOptions.RemoveEmptyEntries), text);
        }

        /// <summary>As <see cref="Parse(string)"/>, from the parts given one by one (each may itself hold a list).</summary>
        /// <exception cref="PaletteException">As <see cref="Parse(string)"/>.</exception>
        public static ColourPalette Parse(IReadOnlyList<string> parts)
        {
            if (parts is null) throw new ArgumentNullException(nameof(parts));
            var all = new List<string>();
            foreach (string part in parts)
                if (part != null) all.AddRange(part.Split(Separators, StringSplitOptions.RemoveEmptyEntries));
            return Parse(all, string.Join(",", parts));
        }

        private static ColourPalette Parse(IReadOnlyList<string> parts, string text)
        {
            if (parts.Count == 1 && !LooksHex(parts[0]))
            {
                string name = parts[0].Trim().ToLowerInvariant();
                if (Array.IndexOf(Names, name) < 0)
                    throw new PaletteException(string.Format(CultureInfo.InvariantCulture,
                        "Unknown palette '{0}'. Give one of {1}, or two or more hex colours such as '#000000,#ff8800,#ffffff'.",
                        parts[0], string.Join(", ", Names)), text, isUnknownName: true);
                return Named(name);
            }
            if (parts.Count < 2)
                throw new PaletteException(string.Format(CultureInfo.InvariantCulture,
                    "The palette '{0}' has {1} colour(s); a gradient needs two or more, such as '#000000,#ffffff'. Or give a name: {2}.",
                    text, parts.Count, string.Join(", ", Names)), text, isUnknownName: false);
            var colours = new float[parts.Count * 3];
            var name2 = new StringBuilder();
            for (int i = 0; i < parts.Count; i++)
            {
                string hex = parts[i].Trim();
                if (hex.Length > 0 && hex[0] == '#') hex = hex.Substring(1);
                if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int rgb))
                    throw new PaletteException(string.Format(CultureInfo.InvariantCulture,
                        "'{0}' in the palette '{1}' is not a hex colour. Write each colour as #rrggbb, such as #ff8800.",
                        parts[i], text), text, isUnknownName: false);
                for (int c = 0; c < 3; c++) colours[3 * i + c] = (float)(((rgb >> (16 - 8 * c)) & 0xFF) / 255.0);
                if (i > 0) name2.Append(',');
                name2.Append('#').Append(rgb.ToString("x6", CultureInfo.InvariantCulture));
            }
            return new ColourPalette(name2.ToString(), colours, isListed: false);
        }

        private static bool LooksHex(string part)
        {
            string p = part.Trim();
            return (p.Length > 0 && p[0] == '#') || (p.Length == 6 && int.TryParse(p, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _));
        }

        /// <summary>The named palette <paramref name="name"/> (lower case, one of <see cref="KnownNames"/>), read once from the assembly.</summary>
        private static ColourPalette Named(string name)
        {
            lock (Loaded)
            {
                if (Loaded.TryGetValue(name, out ColourPalette? palette)) return palette;
                palette = new ColourPalette(name, ReadTable(name), isListed: true);
                Loaded.Add(name, palette);
                return palette;
            }
        }

        // Palettes/<name>.txt: a comment line, then "red green blue" per entry, decimals in [0, 1].
        private static float[] ReadTable(string name)
        {
            using Stream stream = typeof(ColourPalette).Assembly.GetManifestResourceStream("CppnPS.Core.Colour.Palettes." + name + ".txt")
                ?? throw new InvalidOperationException("The palette table " + name + " is missing from CppnPS.Core.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var values = new List<float>(768);
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                foreach (string field in line.Split(Space, StringSplitOptions.RemoveEmptyEntries))
                    values.Add((float)double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
            return values.ToArray();
        }

        /// <summary>The colour of value <paramref name="t"/> (see the remarks), written to <paramref name="rgb"/>[0..2].</summary>
        internal void Lookup(double t, Span<float> rgb)
        {
            if (!(t > 0)) t = 0;  // also NaN
            else if (t > 1) t = 1;
            int count = Count;
            if (IsListed)
            {
                // matplotlib's ListedColormap: floor(t * N), with t = 1 the last entry.
                int index = Math.Min(count - 1, (int)(t * count));
                rgb[0] = _colours[3 * index];
                rgb[1] = _colours[3 * index + 1];
                rgb[2] = _colours[3 * index + 2];
                return;
            }
            double position = t * (count - 1);
            int i = Math.Min(count - 2, (int)position);
            double f = position - i;
            for (int c = 0; c < 3; c++)
            {
                double a = _colours[3 * i + c], b = _colours[3 * (i + 1) + c];
                rgb[c] = (float)(a + (b - a) * f);
            }
        }

        /// <summary>
        /// Whether the 8-bit colour (<paramref name="red"/>, <paramref name="green"/>, <paramref name="blue"/>) is one of
        /// this palette's: for a named palette, one of its entries at 8 bits; for a gradient, within one 8-bit level
        /// (in each channel) of the line through its stops.
        /// </summary>
        internal bool Holds(byte red, byte green, byte blue)
        {
            int count = Count;
            if (IsListed)
            {
                for (int i = 0; i < count; i++)
                    if (Level(_colours[3 * i]) == red && Level(_colours[3 * i + 1]) == green && Level(_colours[3 * i + 2]) == blue) return true;
                return false;
            }
            double r = red / 255.0, g = green / 255.0, b = blue / 255.0;
            for (int i = 0; i + 1 < count; i++)
            {
                double dr = _colours[3 * i + 3] - _colours[3 * i], dg = _colours[3 * i + 4] - _colours[3 * i + 1], db = _colours[3 * i + 5] - _colours[3 * i + 2];
                double length = dr * dr + dg * dg + db * db;
                double f = length == 0 ? 0 : ((r - _colours[3 * i]) * dr + (g - _colours[3 * i + 1]) * dg + (b - _colours[3 * i + 2]) * db) / length;
                f = Math.Max(0, Math.Min(1, f));
                double er = Math.Abs(_colours[3 * i] + f * dr - r), eg = Math.Abs(_colours[3 * i + 1] + f * dg - g), eb = Math.Abs(_colours[3 * i + 2] + f * db - b);
                if (Math.Max(er, Math.Max(eg, eb)) <= 1.0 / 255.0 + 1e-9) return true;
            }
            return false;
        }

        private static byte Level(float v) => Imaging.SampleLevels.ToByte(v);

        /// <inheritdoc />
        public bool Equals(ColourPalette? other) => other != null && string.Equals(Name, other.Name, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as ColourPalette);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

        /// <summary>The <see cref="Name"/>.</summary>
        public override string ToString() => Name;
    }
}
