using System;
using System.Management.Automation;
using System.Threading;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// The one cancellation lifecycle every CppnPS cmdlet shares (the shape of PSResourceGet's
    /// Find-PSResource): a token source made in BeginProcessing, cancelled by StopProcessing when the
    /// user presses Ctrl+C, and disposed in EndProcessing, or in Dispose when the pipeline ends early.
    /// Every long operation takes <see cref="StopToken"/>.
    /// </summary>
    public abstract class CppnCmdlet : PSCmdlet, IDisposable
    {
        // StopProcessing runs on another thread than the pipeline; the gate keeps Cancel and Dispose apart.
        private readonly object _gate = new object();
        private CancellationTokenSource? _stop;
        private bool _stopping;

        /// <summary>Cancelled when the user presses Ctrl+C (StopProcessing).</summary>
        protected CancellationToken StopToken
        {
            get
            {
                lock (_gate) return Source().Token;
            }
        }

        /// <inheritdoc />
        /// <remarks>Overrides call this first; <see cref="StopToken"/> makes the source on first use if one does not.</remarks>
        protected override void BeginProcessing()
        {
            lock (_gate) Source();
        }

        /// <inheritdoc />
        protected sealed override void StopProcessing()
        {
            lock (_gate)
            {
                _stopping = true;
                _stop?.Cancel();
            }
        }

        /// <inheritdoc />
        /// <remarks>Overrides call this last, after their own work.</remarks>
        protected override void EndProcessing() => Release();

        /// <summary>Releases the token source when the pipeline ends, also when it was stopped or failed.</summary>
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        /// <summary>Releases the token source.</summary>
        protected virtual void Dispose(bool disposing)
        {
            if (disposing) Release();
        }

        /// <summary>
        /// Runs <paramref name="work"/> off the pipeline thread with <see cref="StopToken"/>, writing
        /// throttled progress from the pipeline thread (see <see cref="BackgroundWork"/>).
        /// </summary>
        protected T RunInBackground<T>(ProgressRecord progress, long total, Func<CancellationToken, IProgress<long>, T> work)
            => BackgroundWork.Run(this, work, progress, total, StopToken);

        private CancellationTokenSource Source()
        {
            if (_stop == null)
            {
                _stop = new CancellationTokenSource();
                if (_stopping) _stop.Cancel();
            }

            return _stop;
        }

        private void Release()
        {
            lock (_gate)
            {
                _stop?.Dispose();
                _stop = null;
            }
        }
    }
}
