using System;
using System.Collections.Generic;
using System.Globalization;
using CppnPS.Core.Colour;
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
        private readonly float[]? _alpha;

        /// <summary>Wraps <paramref name="samples"/> (taken over, not copied) of a picture <paramref name="network"/> rendered with <paramref name="options"/>.</summary>
        public CppnImage(int width, int height, float[] samples, CppnNetwork network, RenderOptions options)
            : this(width, height, samples, network ?? throw new ArgumentNullException(nameof(network)),
                   options ?? throw new ArgumentNullException(nameof(options)), NoTiles)
        {
        }

        /// <summary>
        /// Wraps <paramref name="samples"/> (taken over, not copied) of a tile of a poster: <paramref name="region"/> of the
        /// picture <paramref name="network"/> rendered with <paramref name="options"/> (see <see cref="PosterTiles.Render"/>).
        /// </summary>
        public CppnImage(float[] samples, CppnNetwork network, RenderOptions options, CanvasRegion region)
            : this((region ?? throw new ArgumentNullException(nameof(region))).Width, region.Height, samples, network, options)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            region.Validate(options.Width, options.Height);
            Region = region;
        }

        /// <summary>
        /// As above, with the picture's alpha samples (<paramref name="alpha"/>, one per pixel, row-major, taken over),
        /// for a colour scheme with an alpha channel; null for none (a scheme with alpha then counts every pixel opaque).
        /// </summary>
        public CppnImage(int width, int height, float[] samples, float[]? alpha, CppnNetwork network, RenderOptions options)
            : this(width, height, samples, network, options)
        {
            if (alpha != null && alpha.LongLength != (long)width * height) throw new ArgumentException("Expected width * height alpha samples.", nameof(alpha));
            _alpha = alpha;
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
            var copy = new CppnImage(this, samples);
            var captions = new List<CaptionSpec>(Captions) { caption };
            copy.Captions = captions.AsReadOnly();
            return copy;
        }

        // The same picture with other colour samples: alpha, tile region, frame and captions are kept.
        private CppnImage(CppnImage source, float[] samples)
            : this(source.Width, source.Height, samples, source.Network, source.Options, source.Tiles)
        {
            _alpha = source._alpha;
            Region = source.Region;
            Frame = source.Frame;
            Captions = source.Captions;
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

        /// <summary>
        /// For a tile of a poster (Invoke-CppnRender -Region), the pixels of the whole picture it holds; null for a whole
        /// picture. <see cref="Options"/> then describe the whole picture, and <see cref="PosterTiles"/> joins the tiles.
        /// </summary>
        public CanvasRegion? Region { get; }

        /// <summary>For a montage, its pictures and where they sit, in input order; empty for a rendered picture.</summary>
        public IReadOnlyList<MontageTile> Tiles { get; }

        /// <summary>True for a montage (pictures laid side by side), false for a picture rendered from one network.</summary>
        public bool IsMontage => Network is null;

        /// <summary>
        /// The channels it is written with, from its colour scheme (<see cref="ColourScheme.Layout"/>): Rgb for a montage
        /// and the article's pictures, Grey for a grey picture (whose samples still hold red = green = blue), Rgba or
        /// GreyAlpha for a picture with an alpha channel.
        /// </summary>
        public ChannelLayout Layout => Options?.Colour?.Layout ?? ChannelLayout.Rgb;

        /// <summary>True when the picture has an alpha channel (<see cref="Alpha"/>).</summary>
        public bool HasAlpha => Layout == ChannelLayout.Rgba || Layout == ChannelLayout.GreyAlpha;

        /// <summary>The opacity of each pixel in [0, 1], row-major, read-only; empty without an alpha channel.</summary>
        /// <exception cref="DeferredImageException">The picture is deferred.</exception>
        public ReadOnlyMemory<float> Alpha
        {
            get
            {
                _ = SampleBuffer;
                return _alpha ?? ReadOnlyMemory<float>.Empty;
            }
        }

        internal float[]? AlphaBuffer => _alpha;

        /// <summary>One sample: channel 0, 1, 2 = red, green, blue, and 3 = alpha when the picture has it.</summary>
        public float GetSample(int row, int column, int channel)
        {
            int last = _alpha != null ? 3 : 2;
            if ((uint)row >= (uint)Height || (uint)column >= (uint)Width || (uint)channel > (uint)last)
                throw new ArgumentOutOfRangeException(nameof(row), "Row, column or channel is outside the image.");
            long pixel = (long)row * Width + column;
            return channel == 3 ? _alpha![pixel] : SampleBuffer[pixel * 3 + channel];
        }

        /// <summary>A copy of all samples.</summary>
        public float[] ToArray() => (float[])SampleBuffer.Clone();

        internal float[] SampleBuffer => _samples ?? throw new DeferredImageException(this);

        /// <summary>"256x256 of 2->16x9->3 tanh/sigmoid, 2,144 params, seed 1", or "648x216 montage of 3 pictures".</summary>
        public override string ToString() => Network is null
            ? string.Format(CultureInfo.InvariantCulture, "{0}x{1} montage of {2} picture(s)", Width, Height, Tiles.Count)
            : Region != null
                ? string.Format(CultureInfo.InvariantCulture, "{0}x{1} tile at {2}, {3} of a {4}x{5} picture of {6}", Width, Height, Region.X, Region.Y, Options!.Width, Options.Height, Network)
                : string.Format(CultureInfo.InvariantCulture, IsDeferred ? "{0}x{1} of {2}, deferred" : "{0}x{1} of {2}", Width, Height, Network);
    }
}
