using System;
using System.Collections.Generic;
using System.Linq;

namespace CppnPS.Bench
{
    internal static class Statistics
    {
        /// <summary>The median; the mean of the middle two for an even count.</summary>
        public static double Median(IReadOnlyList<double> values)
        {
            if (values.Count == 0) throw new ArgumentException("No values.", nameof(values));
            double[] sorted = values.OrderBy(v => v).ToArray();
            int mid = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }
}
