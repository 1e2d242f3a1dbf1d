using System;
using System.Collections.Generic;
using System.Globalization;
using CppnPS.Core.Captions;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Motion;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// A picture: float RGB samples in [0, 1], row-major and interleaved, sample index
    /// (row * Width + column) * 3 + channel with channel 0, 1, 2 = red, green, blue (the order of
    /// the reference renderer's raw dump), plus where it came from: the network and settings that
    /// rendered it, or, for a montage (<see cref="ImageMontage"/>), the pictures laid out in it.
    /// Every image cmdlet takes both kinds.
    /// </summary>
    public sealed class CppnImage
    {
        private static readonly MontageTile[] NoTiles = Array.Empty<MontageTile>();
        private readonly float[]? _samples;

        /// <summary>Wraps <paramref name="samples"/> (taken over, not copied) of a picture <paramref name="network"/> rendered with <paramref name="options"/>.</summary>
        public CppnImage(int width, int height, float[] samples, CppnNetwork network, RenderOptions options)
            : this(width, height, samples, network ?? throw new ArgumentNullException(nameof(network)),
                   options ?? throw new ArgumentNullException(nameof(options)), NoTiles)
        {
        }

        // A montage: its samples and tiles, no network of its own.
        internal CppnImage(int width, int height, float[] samples, IReadOnlyList<MontageTile> tiles)
            : this(width, height, samples, null, null, tiles)
        {
        }

        private CppnImage(int width, int height, float[] samples, CppnNetwork? network, RenderOptions? options, IReadOnlyList<MontageTile> tiles)
        {
            if (width < 1 || height < 1) throw new ArgumentOutOfRangeException(nameof(width), "Width and height must be at least 1.");
            if (samples is null) throw new ArgumentNullException(nameof(samples));
            if (samples.LongLength != (long)width * height * 3) throw new ArgumentException("Expected width * height * 3 samples.", nameof(samples));
            Width = width;
            Height = height;
            _samples = samples;
            Network = network;
            Options = options;
            Tiles = tiles;
        }

        // A deferred picture: what to render, not yet rendered (see CppnRenderer.Defer).
        internal CppnImage(CppnNetwork network, RenderOptions options, ExecutionOptions execution)
        {
            Width = options.Width;
            Height = options.Height;
            Network = network;
            Options = options;
            Tiles = NoTiles;
            DeferredExecution = execution;
        }

        /// <summary>
        /// True for a picture too large to hold in memory, or asked for as such: it has no samples, and is
        /// rendered a band at a time as it is exported to PNG. Reading its samples throws <see cref="DeferredImageException"/>.
        /// </summary>
        public bool IsDeferred => _samples is null;

        /// <summary>How a deferred picture is to be computed; null otherwise.</summary>
        internal ExecutionOptions? DeferredExecution { get; }

        /// <summary>Where this picture stands in an animation; null for a still.</summary>
        public FrameInfo? Frame { get; private set; }

        /// <summary>The same picture (sharing its samples) marked as <paramref name="frame"/> of an animation.</summary>
        public CppnImage WithFrame(FrameInfo frame)
        {
            if (frame is null) throw new ArgumentNullException(nameof(frame));
            var copy = (CppnImage)MemberwiseClone();
            copy.Frame = frame;
            return copy;
        }

        /// <summary>The captions drawn on this picture, in the order they were drawn; empty for a picture without one.</summary>
        public IReadOnlyList<CaptionSpec> Captions { get; private set; } = Array.Empty<CaptionSpec>();

        /// <summary>
        /// The same picture with <paramref name="caption"/> drawn: <paramref name="samples"/> (taken over, not copied)
        /// are the captioned pixels, and the caption joins <see cref="Captions"/>, so an exported PNG records it.
        /// </summary>
        public CppnImage WithCaption(float[] samples, CaptionSpec caption)
        {
            if (caption is null) throw new ArgumentNullException(nameof(caption));
            if (samples is null) throw new ArgumentNullException(nameof(samples));
            if (samples.LongLength != (long)Width * Height * 3) throw new ArgumentException("Expected width * height * 3 samples.", nameof(samples));
            var copy = new CppnImage(Width, Height, samples, Network, Options, Tiles) { Frame = Frame };
            var captions = new List<CaptionSpec>(Captions) { caption };
            copy.Captions = captions.AsReadOnly();
            return copy;
        }

        /// <summary>Width in pixels.</summary>
        public int Width { get; }

        /// <summary>Height in pixels.</summary>
        public int Height { get; }

        /// <summary>The samples, read-only, in the documented order.</summary>
        /// <exception cref="DeferredImageException">The picture is deferred.</exception>
        public ReadOnlyMemory<float> Samples => SampleBuffer;

        /// <summary>A copy of the network as it was when the image was rendered; null for a montage, whose tiles each have their own.</summary>
        public CppnNetwork? Network { get; }

        /// <summary>The picture settings it was rendered with; null for a montage.</summary>
        public RenderOptions? Options { get; }

        /// <summary>For a montage, its pictures and where they sit, in input order; empty for a rendered picture.</summary>
        public IReadOnlyList<MontageTile> Tiles { get; }

        /// <summary>True for a montage (pictures laid side by side), false for a picture rendered from one network.</summary>
        public bool IsMontage => Network is null;

        /// <summary>One sample.</summary>
        public float GetSample(int row, int column, int channel)
        {
            if ((uint)row >= (uint)Height || (uint)column >= (uint)Width || (uint)channel > 2u)
                throw new ArgumentOutOfRangeException(nameof(row), "Row, column or channel is outside the image.");
            return SampleBuffer[((long)row * Width + column) * 3 + channel];
        }

        /// <summary>A copy of all samples.</summary>
        public float[] ToArray() => (float[])SampleBuffer.Clone();

        internal float[] SampleBuffer => _samples ?? throw new DeferredImageException(this);

        /// <summary>"256x256 of 2->16x9->3 tanh/sigmoid, 2,144 params, seed 1", or "648x216 montage of 3 pictures".</summary>
        public override string ToString() => Network is null
            ? string.Format(CultureInfo.InvariantCulture, "{0}x{1} montage of {2} picture(s)", Width, Height, Tiles.Count)
            : string.Format(CultureInfo.InvariantCulture, IsDeferred ? "{0}x{1} of {2}, deferred" : "{0}x{1} of {2}", Width, Height, Network);
    }
}
