using System;
using System.Diagnostics;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace CppnPS.Module.Internal
{
    /// <summary>Work running on the thread pool for a cmdlet, with what it takes to wait for it and show its progress.</summary>
    internal sealed class BackgroundJob<T>
    {
        private readonly Task<T> _task;
        private readonly CountingProgress _done = new CountingProgress();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly ProgressRecord _progress;
        private readonly long _total;
        private readonly CancellationToken _cancellationToken;

        internal BackgroundJob(Func<CancellationToken, IProgress<long>, T> work, ProgressRecord progress, long total, CancellationToken cancellationToken)
        {
            _progress = progress;
            _total = total;
            _cancellationToken = cancellationToken;
            _task = Task.Run(() => work(cancellationToken, _done));
        }

        /// <summary>
        /// Waits for the work from the pipeline thread, writing throttled progress once it has run for
        /// <see cref="ProgressEstimate.FirstShownAfterMilliseconds"/>, and returns its result or rethrows its exception.
        /// </summary>
        public T Wait(Cmdlet cmdlet)
        {
            bool shown = false;
            try
            {
                // Wait on the handle, not Task.Wait: Task.Wait would wrap the work's own exception
                // in an AggregateException; GetResult below rethrows it unwrapped.
                while (!((IAsyncResult)_task).AsyncWaitHandle.WaitOne(100))
                {
                    if (_clock.ElapsedMilliseconds < ProgressEstimate.FirstShownAfterMilliseconds || _cancellationToken.IsCancellationRequested) continue;
                    ProgressEstimate.Update(_progress, _done.Count, _total, _clock.Elapsed);
                    cmdlet.WriteProgress(_progress);
                    shown = true;
                }
            }
            catch (PipelineStoppedException)
            {
                // Stopped between the check and the write: let the work see the token and clean up
                // (an atomic write deletes its temporary file) before the pipeline ends.
                WaitQuietly();
                throw;
            }

            if (shown && !_cancellationToken.IsCancellationRequested)
            {
                _progress.RecordType = ProgressRecordType.Completed;
                cmdlet.WriteProgress(_progress);
            }

            return _task.GetAwaiter().GetResult();
        }

        /// <summary>
        /// Waits for the work to end without writing anything or rethrowing its exception: for a pipeline that is being
        /// stopped or disposed, where the work must still finish cleaning up before the cmdlet goes.
        /// </summary>
        public void WaitQuietly() => ((IAsyncResult)_task).AsyncWaitHandle.WaitOne();

        private sealed class CountingProgress : IProgress<long>
        {
            private long _count;
            public long Count => Interlocked.Read(ref _count);
            public void Report(long value) => Interlocked.Add(ref _count, value);
        }
    }
}
