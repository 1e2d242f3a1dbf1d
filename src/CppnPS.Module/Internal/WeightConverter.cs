using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// Turns what a PowerShell user has at hand into weight rows, [out][in]: an array of rows
    /// ([float[][]], [double[][]], @(@(1,2), @(3,4)), or what CppnLayer.GetWeights() returns), or a
    /// 2-D array ([double[,]] or [object[,]]). Numbers are converted with PowerShell's own
    /// invariant-culture rules, so "0.5" works under any culture.
    /// </summary>
    internal static class WeightConverter
    {
        public static float[][] ToRows(object value)
        {
            object raw = Unwrap(value) ?? throw Invalid("-Weight is null; give an array of rows or a 2-D array.", value);
            switch (raw)
            {
                case Array array when array.Rank == 2:
                    {
                        int rows = array.GetLength(0), cols = array.GetLength(1);
                        var result = new float[rows][];
                        for (int r = 0; r < rows; r++)
                        {
                            result[r] = new float[cols];
                            for (int c = 0; c < cols; c++)
                                result[r][c] = ToFloat(array.GetValue(r, c), r, c);
                        }
                        return result;
                    }
                case IEnumerable rowsEnumerable when !(raw is string):
                    {
                        var rows = new List<float[]>();
                        foreach (object? rowObject in rowsEnumerable)
                        {
                            object? row = Unwrap(rowObject);
                            if (!(row is IEnumerable cells) || row is string)
                                throw Invalid($"-Weight row {rows.Count} is not a list of numbers. Give an array of rows, e.g. @(@(0.1, 0.2), @(0.3, 0.4)); "
                                    + "a single row needs a leading comma, @(, @(0.1, 0.2)), because PowerShell flattens @(@(0.1, 0.2)) into one list of numbers.", value);
                            var values = new List<float>();
                            foreach (object? cell in cells) values.Add(ToFloat(cell, rows.Count, values.Count));
                            rows.Add(values.ToArray());
                        }
                        if (rows.Count == 0) throw Invalid("-Weight has no rows.", value);
                        int width = rows[0].Length;
                        if (width == 0) throw Invalid("-Weight row 0 is empty; every row (one per output) needs one value per input.", value);
                        for (int r = 1; r < rows.Count; r++)
                            if (rows[r].Length != width)
                                throw new ErrorRecordException(Errors.Create(new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                                    "-Weight rows differ in length: row 0 has {0} values, row {1} has {2}. Every row (one per output) needs one value per input.",
                                    width, r, rows[r].Length)), ErrorIds.WeightShapeMismatch, ErrorCategory.InvalidArgument, value));
                        return rows.ToArray();
                    }
                default:
                    throw Invalid($"-Weight must be an array of rows (such as [float[][]] or what $layer.GetWeights() returns) or a 2-D array, not {raw.GetType().Name}.", value);
            }
        }

        public static float[] ToVector(object[] values, string parameter)
        {
            var result = new float[values.Length];
            for (int i = 0; i < values.Length; i++) result[i] = ToFloat(values[i], -1, i, parameter);
            return result;
        }

        private static float ToFloat(object? cell, int row, int column, string parameter = "Weight")
        {
            object? v = Unwrap(cell);
            double d;
            try
            {
                d = LanguagePrimitives.ConvertTo<double>(v);
            }
            catch (PSInvalidCastException)
            {
                throw Invalid(Where(parameter, row, column) + $" is '{v}', not a number.", cell);
            }
            if (double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) > float.MaxValue)
                throw Invalid(Where(parameter, row, column) + $" is {d.ToString("R", CultureInfo.InvariantCulture)}; weights must be finite float values.", cell);
            return (float)d;
        }

        private static string Where(string parameter, int row, int column)
            => row >= 0 ? string.Format(CultureInfo.InvariantCulture, "-{0}[{1}][{2}]", parameter, row, column)
                        : string.Format(CultureInfo.InvariantCulture, "-{0}[{1}]", parameter, column);

        private static object? Unwrap(object? value) => value is PSObject pso ? pso.BaseObject : value;

        private static ErrorRecordException Invalid(string message, object? target)
            => new ErrorRecordException(Errors.Create(new ArgumentException(message), ErrorIds.InvalidWeightValue, ErrorCategory.InvalidArgument, target));
    }
}
