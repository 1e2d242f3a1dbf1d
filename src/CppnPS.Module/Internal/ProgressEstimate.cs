using System;
using System.Management.Automation;

namespace CppnPS.Module.Internal
{
    /// <summary>The progress rules every long cmdlet follows: when a bar first appears, and how its figures are estimated.</summary>
    internal static class ProgressEstimate
    {
        /// <summary>Work shorter than this shows no progress bar at all, so quick commands do not flicker one.</summary>
        public const int FirstShownAfterMilliseconds = 500;

        /// <summary>
        /// Sets <paramref name="progress"/>'s percentage from <paramref name="done"/> of <paramref name="total"/> units,
        /// and, once a unit is done, its seconds remaining at the rate so far.
        /// </summary>
        public static void Update(ProgressRecord progress, long done, long total, TimeSpan elapsed)
        {
            progress.PercentComplete = total <= 0 ? 0 : (int)Math.Min(100, done * 100 / total);
            if (done > 0) progress.SecondsRemaining = (int)Math.Ceiling(elapsed.TotalSeconds * Math.Max(0, total - done) / done);
        }
    }
}
