using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// Writes an animation as its frames arrive: <see cref="Add"/> hands a frame to a background thread that
    /// encodes it while the caller renders the next, through a queue of <see cref="QueueLength"/> frames (a caller
    /// faster than the encoder waits). The file appears only when <see cref="Complete"/> succeeds: a GIF or MP4
    /// goes through <see cref="AtomicFileWriter"/>, a frame folder is filled under a hidden name and then moved
    /// into place. Disposing before that, a failure, or cancelling the token leaves nothing behind and any old
    /// file as it was.
    /// </summary>
    public sealed class AnimationWriter : IDisposable
    {
        /// <summary>Frames that may wait for the encoder: enough to ride out uneven frame times, few enough to bound memory.</summary>
        public const int QueueLength = 3;

        private readonly BlockingCollection<CppnImage> _queue = new BlockingCollection<CppnImage>(QueueLength);
        private readonly CancellationTokenSource _abort;
        private readonly TaskCompletionSource<bool> _opened = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly string _path;
        private readonly AnimationExportOptions _options;
        private readonly bool _overwrite;
        private readonly string? _ffmpegPath;
        private Task _work = Task.CompletedTask;
        private int _added;
        private int _written;
        private int _width;
        private int _height;
        private bool _completed;
        private volatile ExceptionDispatchInfo? _failure;

        private AnimationWriter(string path, AnimationExportOptions options, bool overwrite, string? ffmpegPath, CancellationToken cancellationToken)
        {
            _path = path;
            _options = options;
            _overwrite = overwrite;
            _ffmpegPath = ffmpegPath;
            _abort = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        }

        /// <summary>
        /// Checks the options and the target, then starts the encoder thread. A GIF or MP4 is one file; a frame folder
        /// (<see cref="AnimationFormat.Frames"/>) is created at <paramref name="absolutePath"/> and may exist only when
        /// empty, or with <paramref name="overwrite"/> (frames of the same names are then replaced).
        /// </summary>
        /// <exception cref="ArgumentException">An option is invalid, or the path is not absolute.</exception>
        /// <exception cref="FfmpegNotFoundException">MP4 was asked for and ffmpeg is not on PATH.</exception>
        /// <exception cref="TargetExistsException">The file (or a non-empty folder) exists and <paramref name="overwrite"/> is false.</exception>
        /// <exception cref="DirectoryNotFoundException">The folder to write in does not exist.</exception>
        public static AnimationWriter Start(string absolutePath, AnimationExportOptions options, bool overwrite, CancellationToken cancellationToken = default)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            options.Validate();
            string? ffmpeg = null;
            if (options.Format == AnimationFormat.Mp4) ffmpeg = Ffmpeg.Locate() ?? throw new FfmpegNotFoundException();
            if (string.IsNullOrWhiteSpace(absolutePath) || !System.IO.Path.IsPathRooted(absolutePath))
                throw new ArgumentException($"The path '{absolutePath}' is not absolute; resolve it against the current location first.", nameof(absolutePath));
            var writer = new AnimationWriter(System.IO.Path.GetFullPath(absolutePath), options, overwrite, ffmpeg, cancellationToken);
            writer._work = Task.Factory.StartNew(writer.Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            // Wait until the target is checked and the hidden file or folder is open, so that a file in the way or
            // a missing folder is reported before the first frame is rendered.
            // The encoder thread checks the token itself; this wait ends when it has opened the target or failed.
            Task.WaitAny(new[] { writer._opened.Task, writer._work }, Timeout.Infinite, CancellationToken.None);
            if (writer._work.IsFaulted || writer._work.IsCanceled)
            {
                try
                {
                    writer._work.GetAwaiter().GetResult();
                }
                finally
                {
                    writer.Dispose();
                }
            }
            return writer;
        }

        /// <summary>Where the animation is written.</summary>
        public string Path => _path;

        /// <summary>The options it is written with.</summary>
        public AnimationExportOptions Options => _options;

        /// <summary>Frames handed to <see cref="Add"/>.</summary>
        public int FramesAdded => Volatile.Read(ref _added);

        /// <summary>Frames encoded so far (the encoder thread counts them).</summary>
        public int FramesWritten => Volatile.Read(ref _written);

        /// <summary>
        /// Queues <paramref name="frame"/>, waiting while <see cref="QueueLength"/> frames already wait. Throws the
        /// encoder's error if it has failed.
        /// </summary>
        /// <exception cref="FrameSizeMismatchException">The frame's size differs from the first frame's.</exception>
        /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
        public void Add(CppnImage frame)
        {
            if (frame is null) throw new ArgumentNullException(nameof(frame));
            if (_completed) throw new InvalidOperationException("The animation is complete; start another to add frames.");
            if (_added == 0)
            {
                _width = frame.Width;
                _height = frame.Height;
            }
            else if (frame.Width != _width || frame.Height != _height)
            {
                throw new FrameSizeMismatchException(_added, frame.Width, frame.Height, _width, _height);
            }
            ThrowIfFailed();
            try
            {
                _queue.Add(frame, _abort.Token);
            }
            catch (InvalidOperationException)
            {
                // The encoder has stopped taking frames: report why.
                ThrowIfFailed();
                throw;
            }
            _added++;
        }

        /// <summary>Ends the animation: waits for the encoder to write the last frame, then puts the file in place.</summary>
        /// <exception cref="EmptyAnimationException">No frame was added; nothing is written.</exception>
        /// <exception cref="FfmpegFailedException">ffmpeg failed; no file is left.</exception>
        /// <exception cref="OperationCanceledException">The token was cancelled; nothing is written.</exception>
        public void Complete()
        {
            BeginComplete();
            WaitForCompletion(Timeout.InfiniteTimeSpan);
        }

        /// <summary>Tells the encoder no frame follows; <see cref="WaitForCompletion"/> then waits for the file.</summary>
        /// <exception cref="EmptyAnimationException">No frame was added; nothing is written.</exception>
        public void BeginComplete()
        {
            if (_completed) return;
            if (_added == 0)
            {
                Abort();
                throw new EmptyAnimationException(_path);
            }
            _completed = true;
            _queue.CompleteAdding();
        }

        /// <summary>
        /// Waits up to <paramref name="timeout"/> for the file to be in place after <see cref="BeginComplete"/>;
        /// true once it is. Throws the encoder's error, as <see cref="Complete"/> does.
        /// </summary>
        public bool WaitForCompletion(TimeSpan timeout)
        {
            if (Task.WaitAny(new[] { _work }, timeout) < 0) return false;
            ThrowIfFailed();
            return true;
        }

        /// <summary>Stops the encoder if the animation was not completed, leaving no file, and waits for it to clean up.</summary>
        public void Dispose()
        {
            if (!_work.IsCompleted || !_completed) Abort();
            _abort.Dispose();
            _queue.Dispose();
        }

        private void Abort()
        {
            try
            {
                _abort.Cancel();
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            // The encoder sees the token within a frame's row (or the ffmpeg process is ended), removes its
            // hidden file and returns; waiting for it keeps "nothing left behind" true when this returns.
            try
            {
                _work.Wait();
            }
            catch (AggregateException)
            {
                // Cancelled or failed: either way the hidden file is gone.
            }
        }

        private void ThrowIfFailed() => _failure?.Throw();

        private void Run()
        {
            CancellationToken token = _abort.Token;
            try
            {
                if (_options.Format == AnimationFormat.Frames) WriteFolder(token);
                else AtomicFileWriter.Write(_path, _overwrite, stream => Encode(stream, token));
            }
            catch (Exception ex)
            {
                // Kept for the caller's thread, and the queue closed so that a caller waiting to add a frame hears of it.
                _failure = ExceptionDispatchInfo.Capture(ex);
                _queue.CompleteAdding();
                throw;
            }
        }

        private void Encode(Stream stream, CancellationToken token)
        {
            _opened.TrySetResult(true);
            IAnimationEncoder? encoder = null;
            // Frames being prepared, oldest first: one per core at most, written in order as each is ready.
            var pending = new Queue<Task<byte[]>>();
            int window = Math.Max(2, Environment.ProcessorCount);
            int index = 0;
            void WriteOldest()
            {
                byte[] prepared = pending.Dequeue().GetAwaiter().GetResult();
                encoder!.Write(prepared, index++, token);
                Interlocked.Increment(ref _written);
            }
            try
            {
                foreach (CppnImage frame in _queue.GetConsumingEnumerable(token))
                {
                    encoder ??= _options.Format == AnimationFormat.Mp4
                        ? new Mp4AnimationEncoder(_ffmpegPath!, stream, frame.Width, frame.Height, _options)
                        : new GifAnimationEncoder(stream, frame.Width, frame.Height, _options, DescriptionOf(frame));
                    IAnimationEncoder current = encoder;
                    pending.Enqueue(Task.Run(() => current.Prepare(frame, token), token));
                    while (pending.Count >= window) WriteOldest();
                }
                while (pending.Count > 0) WriteOldest();
                token.ThrowIfCancellationRequested();
                if (encoder is null) throw new EmptyAnimationException(_path);
                encoder.Finish(token);
            }
            catch when (pending.Count > 0)
            {
                // Let the frames still being prepared end before the encoder is disposed under them.
                try
                {
                    Task.WaitAll(pending.ToArray(), CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Their failures matter less than the one being thrown.
                }
                throw;
            }
            finally
            {
                encoder?.Dispose();
            }
        }

        private string? DescriptionOf(CppnImage first) => _options.Description ?? first.Frame?.Description;

        /// <summary>Numbered PNG frames, written into a hidden folder beside the target and moved there at the end.</summary>
        private void WriteFolder(CancellationToken token)
        {
            string parent = System.IO.Path.GetDirectoryName(_path) ?? throw new ArgumentException($"The path '{_path}' names no folder to write in.");
            if (!Directory.Exists(parent)) throw new DirectoryNotFoundException($"The folder '{parent}' does not exist; create it first.");
            if (File.Exists(_path)) throw new IOException($"The path '{_path}' is a file; give a folder for the frames.");
            if (!_overwrite && Directory.Exists(_path) && Directory.EnumerateFileSystemEntries(_path).Any())
                throw new TargetExistsException(_path);
            string hidden = System.IO.Path.Combine(parent, "." + System.IO.Path.GetFileName(_path) + "." + System.IO.Path.GetFileNameWithoutExtension(System.IO.Path.GetRandomFileName()) + ".tmp");
            Directory.CreateDirectory(hidden);
            try
            {
                _opened.TrySetResult(true);
                var names = new List<string>();
                ImageExportOptions? png = null;
                foreach (CppnImage frame in _queue.GetConsumingEnumerable(token))
                {
                    png ??= PngOptions(DescriptionOf(frame));
                    string name = _options.FrameFileName(names.Count);
                    ImageExporter.WriteFile(frame, System.IO.Path.Combine(hidden, name), png, overwrite: false, progress: null, token);
                    names.Add(name);
                    Interlocked.Increment(ref _written);
                }
                token.ThrowIfCancellationRequested();
                if (names.Count == 0) throw new EmptyAnimationException(_path);
                if (!Directory.Exists(_path))
                {
                    Directory.Move(hidden, _path);
                    return;
                }
                foreach (string name in names)
                {
                    string target = System.IO.Path.Combine(_path, name);
                    if (File.Exists(target)) File.Replace(System.IO.Path.Combine(hidden, name), target, destinationBackupFileName: null);
                    else File.Move(System.IO.Path.Combine(hidden, name), target);
                }
                Directory.Delete(hidden, recursive: true);
            }
            catch
            {
                TryDeleteFolder(hidden);
                throw;
            }
        }

        private static ImageExportOptions PngOptions(string? description) => new ImageExportOptions
        {
            Format = ImageFormatKind.Png,
            ExtraText = description is null ? null : new[] { new KeyValuePair<string, string>(Motion.AnimationFileText.PngKeyword, description) },
        };

        private static void TryDeleteFolder(string path)
        {
            try
            {
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
                // The original error matters more than a leftover hidden folder.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
