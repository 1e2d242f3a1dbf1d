using System;
using System.IO;
using CppnPS.Core.Rendering;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace CppnPS.Core.Fitting
{
    /// <summary>
    /// The picture a network is fitted to: RGB samples in 0..1, in <see cref="CppnImage"/>'s order,
    /// usually a downscaled copy of the user's picture (a fit learns the shapes, and any render size
    /// shows them). Immutable.
    /// </summary>
    public sealed class FitTarget
    {
        /// <summary>The most pixels a target file may have: 4096 x 4096. Checked from the file's header, before decoding.</summary>
        public const long MaxPixels = 4096L * 4096L;

        private readonly float[] _samples;

        private FitTarget(int width, int height, float[] samples)
        {
            Width = width;
            Height = height;
            _samples = samples;
        }

        /// <summary>Width in pixels.</summary>
        public int Width { get; }

        /// <summary>Height in pixels.</summary>
        public int Height { get; }

        /// <summary>The samples, read-only.</summary>
        public ReadOnlyMemory<float> Samples => _samples;

        internal float[] SampleBuffer => _samples;

        /// <summary>A target from a copy of <paramref name="samples"/> (width x height x 3, values in 0..1).</summary>
        public static FitTarget FromSamples(int width, int height, float[] samples)
        {
            if (samples is null) throw new ArgumentNullException(nameof(samples));
            if (width < 1 || height < 1) throw new ArgumentOutOfRangeException(nameof(width), "Width and height must be at least 1.");
            if (samples.LongLength != (long)width * height * 3) throw new ArgumentException("Expected width * height * 3 samples.", nameof(samples));
            var copy = new float[samples.Length];
            for (int k = 0; k < copy.Length; k++)
            {
                float v = samples[k];
                copy[k] = v > 1f ? 1f : v >= 0f ? v : 0f;   // NaN becomes 0: a target must be finite
            }
            return new FitTarget(width, height, copy);
        }

        /// <summary>
        /// A target from a rendered picture, downscaled (bicubic) so that its longer side is at most
        /// <paramref name="size"/> (null: as it is).
        /// </summary>
        public static FitTarget FromImage(CppnImage image, int? size = null)
        {
            if (image is null) throw new ArgumentNullException(nameof(image));
            float[] samples = image.SampleBuffer;
            using (var picture = new Image<RgbaVector>(image.Width, image.Height))
            {
                for (int y = 0; y < image.Height; y++)
                    for (int x = 0; x < image.Width; x++)
                    {
                        long k = ((long)y * image.Width + x) * 3;
                        picture[x, y] = new RgbaVector(samples[k], samples[k + 1], samples[k + 2]);
                    }
                return From(picture, size);
            }
        }

        /// <summary>
        /// Reads a picture file (PNG, JPEG, GIF, BMP, TGA, ...), refusing one of more than
        /// <see cref="MaxPixels"/> pixels from its header before decoding it, and downscales it
        /// (bicubic) so that its longer side is at most <paramref name="size"/> (null: as it is).
        /// </summary>
        /// <exception cref="TargetTooLargeException">The picture has more than <see cref="MaxPixels"/> pixels.</exception>
        /// <exception cref="InvalidDataException">The file is not a picture ImageSharp can read.</exception>
        public static FitTarget Load(string path, int? size = null)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            IImageInfo? info;
            try
            {
                info = Image.Identify(path);
            }
            catch (ImageFormatException ex)
            {
                throw new InvalidDataException("'" + path + "' is not a picture that can be read: " + ex.Message, ex);
            }
            if (info is null)
                throw new InvalidDataException("'" + path + "' is not a picture in a known format (PNG, JPEG, GIF, BMP, TGA, TIFF, WebP, PBM).");
            CheckSize(info.Width, info.Height);
            try
            {
                using (var picture = Image.Load<RgbaVector>(path))
                {
                    // The header was checked; a file whose pixels disagree with it is still held to the limit.
                    CheckSize(picture.Width, picture.Height);
                    return From(picture, size);
                }
            }
            catch (ImageFormatException ex)
            {
                throw new InvalidDataException("'" + path + "' could not be decoded: " + ex.Message, ex);
            }
        }

        /// <summary>Throws <see cref="TargetTooLargeException"/> for a picture of more than <see cref="MaxPixels"/> pixels.</summary>
        public static void CheckSize(int width, int height)
        {
            if ((long)width * height <= MaxPixels) return;
            throw new TargetTooLargeException(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "The target picture is {0}x{1} ({2:N0} pixels); at most {3:N0} pixels (4096 x 4096) are decoded. Scale it down first.",
                width, height, (long)width * height, MaxPixels), width, height);
        }

        private static FitTarget From(Image<RgbaVector> picture, int? size)
        {
            if (size.HasValue)
            {
                if (size.Value < 1) throw new ArgumentOutOfRangeException(nameof(size), size, "The size must be at least 1 pixel.");
                int longer = Math.Max(picture.Width, picture.Height);
                if (longer > size.Value)
                {
                    int w = Math.Max(1, (int)Math.Round((double)picture.Width * size.Value / longer));
                    int h = Math.Max(1, (int)Math.Round((double)picture.Height * size.Value / longer));
                    picture.Mutate(x => x.Resize(w, h));
                }
            }
            var samples = new float[(long)picture.Width * picture.Height * 3];
            for (int y = 0; y < picture.Height; y++)
                for (int x = 0; x < picture.Width; x++)
                {
                    // Transparent pixels are taken over white, as most viewers show them.
                    RgbaVector p = picture[x, y];
                    long k = ((long)y * picture.Width + x) * 3;
                    samples[k] = p.R * p.A + (1 - p.A);
                    samples[k + 1] = p.G * p.A + (1 - p.A);
                    samples[k + 2] = p.B * p.A + (1 - p.A);
                }
            return FromSamples(picture.Width, picture.Height, samples);
        }
    }
}
