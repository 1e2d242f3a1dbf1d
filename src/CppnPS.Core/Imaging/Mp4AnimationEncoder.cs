using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// Streams frames to ffmpeg as raw RGB on its standard input and copies the H.264 MP4 it writes on its
    /// standard output to the destination: no frame ever touches the disk. The MP4 is fragmented (its index
    /// is written as it goes), because a pipe cannot be rewound to put the index in front.
    /// </summary>
    internal sealed class Mp4AnimationEncoder : IAnimationEncoder
    {
        // The end of ffmpeg's error output kept for the error message.
        private const int ErrorTailChars = 2000;

        private readonly Process _ffmpeg;
        private readonly Stream _input;
        private readonly Task _output;
        private readonly Task<string> _errors;
        private readonly int _frameBytes;
        private bool _finished;

        public Mp4AnimationEncoder(string ffmpegPath, Stream destination, int width, int height, AnimationExportOptions options)
        {
            _frameBytes = checked(width * height * 3);
            var start = new ProcessStartInfo(ffmpegPath)
            {
                // No argument holds a space or a quote, so this one string splits the same way on every platform.
                Arguments = string.Format(CultureInfo.InvariantCulture,
                    "-hide_banner -loglevel error -f rawvideo -pix_fmt rgb24 -video_size {0}x{1} -framerate {2:R} -i pipe:0 " +
                    "-an -c:v libx264 -preset medium -crf 18 -pix_fmt yuv420p -vf pad=ceil(iw/2)*2:ceil(ih/2)*2 " +
                    "-movflags frag_keyframe+empty_moov+default_base_moof -f mp4 pipe:1",
                    width, height, options.FrameRate),
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                CreateNoWindow = true,
            };
            _ffmpeg = Process.Start(start) ?? throw new FfmpegFailedException(-1, "The process did not start.");
            _input = _ffmpeg.StandardInput.BaseStream;
            _output = _ffmpeg.StandardOutput.BaseStream.CopyToAsync(destination);
            _errors = _ffmpeg.StandardError.ReadToEndAsync();
        }

        public byte[] Prepare(CppnImage frame, CancellationToken cancellationToken)
        {
            var pixels = new byte[_frameBytes];
            FramePixels.Fill(frame, pixels, cancellationToken);
            return pixels;
        }

        public void Write(byte[] prepared, int index, CancellationToken cancellationToken)
        {
            // A cancelled write may block on a full pipe: ending ffmpeg unblocks it.
            using (cancellationToken.Register(Kill))
            {
                try
                {
                    _input.Write(prepared, 0, prepared.Length);
                }
                catch (IOException) when (!cancellationToken.IsCancellationRequested)
                {
                    // ffmpeg closed its input: it has stopped; its exit code and message say why.
                    throw Failure();
                }
            }
            cancellationToken.ThrowIfCancellationRequested();
        }

        public void Finish(CancellationToken cancellationToken)
        {
            using (cancellationToken.Register(Kill))
            {
                try
                {
                    _input.Dispose();
                }
                catch (IOException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw Failure();
                }
                _ffmpeg.WaitForExit();
                cancellationToken.ThrowIfCancellationRequested();
                if (_ffmpeg.ExitCode != 0) throw Failure();
                _output.GetAwaiter().GetResult();
                _finished = true;
            }
        }

        private FfmpegFailedException Failure()
        {
            _ffmpeg.WaitForExit();
            string errors = _errors.GetAwaiter().GetResult();
            if (errors.Length > ErrorTailChars) errors = "..." + errors.Substring(errors.Length - ErrorTailChars);
            return new FfmpegFailedException(_ffmpeg.ExitCode, errors);
        }

        private void Kill()
        {
            try
            {
                if (!_ffmpeg.HasExited) _ffmpeg.Kill();
            }
            catch (InvalidOperationException)
            {
                // It ended on its own meanwhile.
            }
        }

        public void Dispose()
        {
            if (!_finished) Kill();
            try
            {
                _input.Dispose();
            }
            catch (IOException)
            {
                // ffmpeg has gone; its input pipe cannot be flushed.
            }
            _ffmpeg.WaitForExit();
            try
            {
                _output.Wait();
            }
            catch (AggregateException)
            {
                // The copy ended with the process; the file is being discarded anyway.
            }
            _ffmpeg.Dispose();
        }
    }
}
