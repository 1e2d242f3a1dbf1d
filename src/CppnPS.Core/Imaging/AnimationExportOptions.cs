using System;
using System.Globalization;
using System.IO;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// How an animation is written. Immutable; <see cref="Validate"/> holds every rule and
    /// <see cref="AnimationWriter"/> applies it before anything is written.
    /// </summary>
    public sealed record AnimationExportOptions
    {
        /// <summary>The highest frame rate a GIF can show: its frame delays are whole hundredths of a second.</summary>
        public const double MaxGifFrameRate = 100;

        /// <summary>The highest frame rate of a video or a frame folder.</summary>
        public const double MaxFrameRate = 240;

        /// <summary>The name of the first frame of a folder when no pattern is given.</summary>
        public const string DefaultFrameNamePattern = "frame-{0:D4}.png";

        /// <summary>The kind of file.</summary>
        public AnimationFormat Format { get; init; } = AnimationFormat.Gif;

        /// <summary>Frames per second, above 0: at most <see cref="MaxGifFrameRate"/> for a GIF, <see cref="MaxFrameRate"/> otherwise.</summary>
        public double FrameRate { get; init; } = 30;

        /// <summary>Whether a GIF loops for ever (true, the default) or plays once. Videos and frame folders ignore it.</summary>
        public bool Loop { get; init; } = true;

        /// <summary>
        /// Whether a GIF's colours are dithered (Floyd-Steinberg) onto each frame's palette. Dithering hides the
        /// banding of smooth gradients, but the scattered dots change from frame to frame (the picture seems to
        /// shimmer) and compress worse (larger files), and the error diffusion about triples a frame's encoding time. Off by default. Videos and frame folders ignore it.
        /// </summary>
        public bool Dither { get; init; }

        /// <summary>
        /// The file name of frame k in a frame folder, as a .NET composite format with k as {0}
        /// (by default <see cref="DefaultFrameNamePattern"/>, "frame-0000.png" and on). Must end in .png.
        /// </summary>
        public string FrameNamePattern { get; init; } = DefaultFrameNamePattern;

        /// <summary>
        /// The animation's description (JSON) embedded in the file; null takes it from the first frame
        /// (<see cref="Rendering.CppnImage.Frame"/>), and frames without one leave it out.
        /// </summary>
        public string? Description { get; init; }

        /// <summary>The GIF frame delay of frame <paramref name="index"/>, in hundredths of a second: whole
        /// hundredths that add up, frame after frame, to the nearest of the exact times (30 fps gives 3, 3, 4, 3, 3, 4...).</summary>
        public int GifDelay(int index)
        {
            int Rounded(int frames) => (int)Math.Round(frames * 100.0 / FrameRate, MidpointRounding.AwayFromZero);
            return Math.Max(1, Rounded(index + 1) - Rounded(index));
        }

        /// <summary>The file name of frame <paramref name="index"/> in a frame folder.</summary>
        public string FrameFileName(int index) => string.Format(CultureInfo.InvariantCulture, FrameNamePattern, index);

        /// <summary>Checks every value and throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
        public void Validate()
        {
            if (!Enum.IsDefined(typeof(AnimationFormat), Format))
                throw new ArgumentOutOfRangeException(nameof(Format), Format, "Format must be Gif, Frames or Mp4.");
            double max = Format == AnimationFormat.Gif ? MaxGifFrameRate : MaxFrameRate;
            if (!(FrameRate > 0) || FrameRate > max)
                throw new ArgumentOutOfRangeException(nameof(FrameRate), FrameRate, string.Format(CultureInfo.InvariantCulture,
                    "FrameRate must be above 0 and at most {0} for {1}{2}.", max, Format,
                    Format == AnimationFormat.Gif ? " (a GIF's delays are whole hundredths of a second); write MP4 for faster rates" : string.Empty));
            if (Format == AnimationFormat.Frames) ValidatePattern();
        }

        private static readonly char[] PathSeparators = { '/', '\\' };

        private void ValidatePattern()
        {
            string pattern = FrameNamePattern;
            string first, second;
            try
            {
                first = string.Format(CultureInfo.InvariantCulture, pattern ?? string.Empty, 0);
                second = string.Format(CultureInfo.InvariantCulture, pattern ?? string.Empty, 1);
            }
            catch (FormatException ex)
            {
                throw new ArgumentException($"FrameNamePattern '{pattern}' is not a valid format: {ex.Message} Use {{0}} for the frame number, as in '{DefaultFrameNamePattern}'.", nameof(FrameNamePattern), ex);
            }
            if (first == second)
                throw new ArgumentException($"FrameNamePattern '{pattern}' gives every frame the same name; put the frame number in it as {{0}}, as in '{DefaultFrameNamePattern}'.", nameof(FrameNamePattern));
            if (!first.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException($"FrameNamePattern '{pattern}' must give .png names, as '{DefaultFrameNamePattern}' does.", nameof(FrameNamePattern));
            if (first.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || first.IndexOfAny(PathSeparators) >= 0 || first[0] == '.')
                throw new ArgumentException($"FrameNamePattern '{pattern}' must give plain file names, without folders or a leading dot.", nameof(FrameNamePattern));
        }

        /// <summary>"Gif, 30 fps, looping", "Mp4, 24 fps", "Frames, 30 fps, frame-{0:D4}.png".</summary>
        public override string ToString() => Format switch
        {
            AnimationFormat.Gif => string.Format(CultureInfo.InvariantCulture, "Gif, {0} fps, {1}{2}", FrameRate, Loop ? "looping" : "playing once", Dither ? ", dithered" : string.Empty),
            AnimationFormat.Frames => string.Format(CultureInfo.InvariantCulture, "Frames, {0} fps, {1}", FrameRate, FrameNamePattern),
            _ => string.Format(CultureInfo.InvariantCulture, "{0}, {1} fps", Format, FrameRate),
        };
    }
}
