using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CppnPS.Bench
{
    /// <summary>A markdown table whose columns are padded to line up in plain text too.</summary>
    internal sealed class MarkdownTable
    {
        private readonly string[] _headers;
        private readonly bool[] _rightAligned;
        private readonly List<string[]> _rows = new List<string[]>();

        /// <param name="headers">Column titles; a title starting with '>' is right-aligned (the '>' is dropped).</param>
        public MarkdownTable(params string[] headers)
        {
            _rightAligned = headers.Select(h => h.StartsWith('>')).ToArray();
            _headers = headers.Select(h => h.TrimStart('>')).ToArray();
        }

        public void Add(params string[] cells)
        {
            if (cells.Length != _headers.Length)
                throw new ArgumentException($"A row needs {_headers.Length} cells, not {cells.Length}.", nameof(cells));
            _rows.Add(cells.Select(c => c.Replace("|", "\\|")).ToArray());
        }

        public override string ToString()
        {
            int[] widths = _headers.Select((h, i) => Math.Max(3, _rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
            var text = new StringBuilder();
            AppendRow(text, _headers, widths);
            text.Append('|');
            for (int i = 0; i < widths.Length; i++)
                text.Append(' ').Append(_rightAligned[i] ? new string('-', widths[i] - 1) + ":" : new string('-', widths[i])).Append(" |");
            text.AppendLine();
            foreach (string[] row in _rows) AppendRow(text, row, widths);
            return text.ToString();
        }

        private void AppendRow(StringBuilder text, string[] cells, int[] widths)
        {
            text.Append('|');
            for (int i = 0; i < cells.Length; i++)
                text.Append(' ').Append(_rightAligned[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i])).Append(" |");
            text.AppendLine();
        }
    }
}
