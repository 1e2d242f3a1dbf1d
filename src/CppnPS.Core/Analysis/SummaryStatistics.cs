using MathNet.Numerics.Statistics;

namespace CppnPS.Core.Analysis
{
    /// <summary>Mean, population standard deviation, minimum and maximum of a set of values.</summary>
    internal readonly struct SummaryStatistics
    {
        public SummaryStatistics(double mean, double standardDeviation, double minimum, double maximum)
        {
            Mean = mean;
            StandardDeviation = standardDeviation;
            Minimum = minimum;
            Maximum = maximum;
        }

        public double Mean { get; }
        public double StandardDeviation { get; }
        public double Minimum { get; }
        public double Maximum { get; }

        /// <summary>Reads MathNet's one-pass (Welford) accumulator; population, not sample, deviation: every pixel is measured, none is a sample of more.</summary>
        public static SummaryStatistics From(RunningStatistics running) => new SummaryStatistics(
            running.Mean, running.Count > 1 ? running.PopulationStandardDeviation : 0.0, running.Minimum, running.Maximum);
    }
}
