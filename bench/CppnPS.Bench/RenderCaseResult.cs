using MathNet.Numerics.Statistics;

namespace CppnPS.Bench
{
    /// <summary>What a render worker measured, or why it could not.</summary>
    internal sealed class RenderCaseResult
    {
        private RenderCaseResult(RenderCase @case, WorkerReport? report, string? failure)
        {
            Case = @case;
            Report = report;
            Failure = failure;
        }

        public RenderCase Case { get; }
        public WorkerReport? Report { get; }
        public string? Failure { get; }

        public static RenderCaseResult Measured(RenderCase @case, WorkerReport report) => new RenderCaseResult(@case, report, null);
        public static RenderCaseResult Failed(RenderCase @case, string failure) => new RenderCaseResult(@case, null, failure);

        public double? MedianSeconds => Report == null ? null : Report.Seconds.Median();

        public double? MegapixelsPerSecond => MedianSeconds is double s && s > 0 ? (double)Case.Size * Case.Size / s / 1e6 : null;
    }
}
