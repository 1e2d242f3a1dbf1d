using System;
using System.Management.Automation;
using System.Threading;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// Runs long work off the pipeline thread, so the pipeline thread stays free to write progress
    /// (the only thread allowed to) while the work polls the cmdlet's stop token.
    /// </summary>
    internal static class BackgroundWork
    {
        /// <summary>
        /// Runs <paramref name="work"/> on the thread pool and waits, writing throttled progress from
        /// the calling (pipeline) thread once the work has run for <see cref="ProgressEstimate.FirstShownAfterMilliseconds"/>. The work reports
        /// finished units (of <paramref name="total"/>) to the progress it is given, from any thread.
        /// </summary>
        public static T Run<T>(Cmdlet cmdlet, Func<CancellationToken, IProgress<long>, T> work, ProgressRecord progress, long total, CancellationToken cancellationToken)
            => Start(work, progress, total, cancellationToken).Wait(cmdlet);

        /// <summary>
        /// Starts <paramref name="work"/> on the thread pool and returns at once; <see cref="BackgroundJob{T}.Wait"/> later
        /// waits for it from the pipeline thread, writing its progress meanwhile.
        /// </summary>
        public static BackgroundJob<T> Start<T>(Func<CancellationToken, IProgress<long>, T> work, ProgressRecord progress, long total, CancellationToken cancellationToken)
            => new BackgroundJob<T>(work, progress, total, cancellationToken);
    }
}
