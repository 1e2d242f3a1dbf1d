using System;
using System.Diagnostics;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

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
        {
            var done = new CountingProgress();
            Task<T> task = Task.Run(() => work(cancellationToken, done));
            var clock = Stopwatch.StartNew();
            bool shown = false;
            try
            {
                // Wait on the handle, not Task.Wait: Task.Wait would wrap the work's own exception
                // in an AggregateException; GetResult below rethrows it unwrapped.
                while (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(100))
                {
                    if (clock.ElapsedMilliseconds < ProgressEstimate.FirstShownAfterMilliseconds || cancellationToken.IsCancellationRequested) continue;
                    ProgressEstimate.Update(progress, done.Count, total, clock.Elapsed);
                    cmdlet.WriteProgress(progress);
                    shown = true;
                }
            }
            catch (PipelineStoppedException)
            {
                // Stopped between the check and the write: let the work see the token and clean up
                // (an atomic write deletes its temporary file) before the pipeline ends.
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
                throw;
            }

            if (shown && !cancellationToken.IsCancellationRequested)
            {
                progress.RecordType = ProgressRecordType.Completed;
                cmdlet.WriteProgress(progress);
            }

            return task.GetAwaiter().GetResult();
        }

        private sealed class CountingProgress : IProgress<long>
        {
            private long _count;
            public long Count => Interlocked.Read(ref _count);
            public void Report(long value) => Interlocked.Add(ref _count, value);
        }
    }
}
