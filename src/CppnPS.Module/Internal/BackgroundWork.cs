using System;
using System.Diagnostics;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// Runs long work off the pipeline thread, so the pipeline thread stays free to write progress
    /// (the only thread allowed to) and StopProcessing can cancel promptly.
    /// </summary>
    internal sealed class BackgroundWork : IDisposable
    {
        private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();
        private long _done;

        public CancellationToken Token => _cancellation.Token;

        /// <summary>Counts finished units; safe to call from any thread.</summary>
        public IProgress<long> Progress => new CountingProgress(this);

        public void Cancel() => _cancellation.Cancel();

        /// <summary>
        /// Runs <paramref name="work"/> on the thread pool and waits, writing throttled progress
        /// from the calling (pipeline) thread once the work has run for half a second.
        /// </summary>
        public T Run<T>(Cmdlet cmdlet, Func<CancellationToken, T> work, ProgressRecord progress, long total)
        {
            Task<T> task = Task.Run(() => work(_cancellation.Token));
            var clock = Stopwatch.StartNew();
            bool shown = false;
            // Wait on the handle, not Task.Wait: Task.Wait would wrap the render's own exception
            // in an AggregateException; GetResult below rethrows it unwrapped.
            while (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(100))
            {
                if (clock.ElapsedMilliseconds < 500 || _cancellation.IsCancellationRequested) continue;
                long done = Interlocked.Read(ref _done);
                progress.PercentComplete = total <= 0 ? 0 : (int)Math.Min(100, done * 100 / total);
                double seconds = clock.Elapsed.TotalSeconds;
                if (done > 0) progress.SecondsRemaining = (int)Math.Ceiling(seconds * (total - done) / done);
                cmdlet.WriteProgress(progress);
                shown = true;
            }
            if (shown)
            {
                progress.RecordType = ProgressRecordType.Completed;
                cmdlet.WriteProgress(progress);
            }
            return task.GetAwaiter().GetResult();
        }

        public void Dispose() => _cancellation.Dispose();

        private sealed class CountingProgress : IProgress<long>
        {
            private readonly BackgroundWork _owner;
            public CountingProgress(BackgroundWork owner) => _owner = owner;
            public void Report(long value) => Interlocked.Add(ref _owner._done, value);
        }
    }
}
