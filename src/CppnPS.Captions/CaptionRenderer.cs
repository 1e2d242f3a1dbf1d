using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using CppnPS.Core.Captions;
using CppnPS.Core.Rendering;
using SkiaSharp;

namespace CppnPS.Captions
{
    /// <summary>
    /// Draws captions on pictures with SkiaSharp and the DejaVu fonts shipped in the module's fonts folder (never a
    /// system font). Skia only rasterises coverage: each glyph's outline (a path, so the font scaler's hinting and
    /// glyph cache play no part) becomes an 8-bit mask, and the band, outline and text are blended into the float
    /// samples here, so pixels outside the caption's box keep their exact values and the same input gives the same bytes.
    /// </summary>
    public static class CaptionRenderer
    {
        private static readonly char[] WordSeparators = { ' ', '\t' };
        private static readonly ConcurrentDictionary<string, SKTypeface> Typefaces = new ConcurrentDictionary<string, SKTypeface>(StringComparer.Ordinal);

        /// <summary>"SkiaSharp 4.155.0": the renderer recorded in a caption's metadata.</summary>
        public static string RendererName
        {
            get
            {
                Assembly skia = typeof(SKCanvas).Assembly;
                string? version = skia.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
                version = version is null ? skia.GetName().Version?.ToString() : version.Split('+')[0];
                return "SkiaSharp " + version;
            }
        }

        /// <summary>
        /// <paramref name="image"/> with <paramref name="caption"/> drawn on it, fonts from <paramref name="fontFolder"/>.
        /// The result carries the caption (with <see cref="CaptionSpec.Renderer"/> set) so an exported PNG records it.
        /// </summary>
        /// <exception cref="ArgumentException">The caption's settings are invalid (empty text, size out of range ...).</exception>
        /// <exception cref="CaptionTooLongException">The wrapped text needs more rows than the picture has.</exception>
        /// <exception cref="CaptionFontMissingException">The font file is missing or unreadable.</exception>
        /// <exception cref="TextRendererUnavailableException">SkiaSharp's native library cannot be loaded on this platform.</exception>
        /// <exception cref="DeferredImageException">The picture is deferred (too large to hold in memory).</exception>
        public static CppnImage Draw(CppnImage image, CaptionSpec caption, string fontFolder)
        {
            if (image is null) throw new ArgumentNullException(nameof(image));
            if (caption is null) throw new ArgumentNullException(nameof(caption));
            caption.Validate();
            if (image.IsDeferred) throw new DeferredImageException(image);
            return Guard(() =>
            {
                using SKFont font = CreateFont(caption, fontFolder);
                CaptionLayout layout = Layout(font, image.Width, image.Height, caption);
                float[] samples = image.ToArray();
                Paint(samples, image.Width, font, layout, caption);
                return image.WithCaption(samples, caption with { Renderer = RendererName });
            });
        }

        /// <summary>Where <paramref name="caption"/> would go on a picture of the given size: its lines and box.</summary>
        /// <exception cref="CaptionTooLongException">The wrapped text needs more rows than the picture has.</exception>
        public static CaptionLayout Measure(int width, int height, CaptionSpec caption, string fontFolder)
        {
            if (caption is null) throw new ArgumentNullException(nameof(caption));
            caption.Validate();
            return Guard(() =>
            {
                using SKFont font = CreateFont(caption, fontFolder);
                return Layout(font, width, height, caption);
            });
        }

        /// <summary>The glyph ids the font gives each character of <paramref name="text"/>; 0 is the font's .notdef (a box).</summary>
        public static ushort[] GlyphIds(string text, CaptionFont fontName, string fontFolder)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            return Guard(() =>
            {
                using SKFont font = CreateFont(new CaptionSpec { Text = "x", Font = fontName }, fontFolder);
                return font.GetGlyphs(text);
            });
        }

        private static T Guard<T>(Func<T> work)
        {
            try
            {
                return work();
            }
            catch (Exception ex) when (IsNativeLoadFailure(ex))
            {
                throw new TextRendererUnavailableException(string.Format(CultureInfo.InvariantCulture,
                    "Captions need SkiaSharp's native library ({0}), which could not be loaded on {1}: {2} CppnPS ships it for win-x64, win-x86, win-arm64, linux-x64, linux-arm64, linux-musl-x64 and osx; every other CppnPS command works without it.",
                    NativePlatform.FileName, NativePlatform.Describe(), Innermost(ex).Message), ex);
            }
        }

        private static bool IsNativeLoadFailure(Exception ex)
        {
            for (Exception? e = ex; e != null; e = e.InnerException)
                if (e is DllNotFoundException || e is BadImageFormatException || e is EntryPointNotFoundException) return true;
            return false;
        }

        private static Exception Innermost(Exception ex)
        {
            while (ex.InnerException != null) ex = ex.InnerException;
            return ex;
        }

        private static SKFont CreateFont(CaptionSpec caption, string fontFolder)
        {
            if (string.IsNullOrEmpty(fontFolder)) throw new ArgumentException("The font folder is required.", nameof(fontFolder));
            string path = Path.Combine(fontFolder, CaptionFonts.FileName(caption.Font));
            if (!File.Exists(path))
                throw new CaptionFontMissingException(string.Format(CultureInfo.InvariantCulture,
                    "The caption font {0} is not at '{1}': the module's installation is incomplete. Reinstall CppnPS; captions use only the fonts it ships.",
                    CaptionFonts.FamilyName(caption.Font), path), path);
            SKTypeface typeface = Typefaces.GetOrAdd(path, p => SKTypeface.FromFile(p)
                ?? throw new CaptionFontMissingException(string.Format(CultureInfo.InvariantCulture,
                    "The caption font file '{0}' cannot be read as a font: the module's installation is damaged. Reinstall CppnPS.", p), p));
            return new SKFont(typeface, (float)caption.FontSize)
            {
                // Outlines as designed, without hinting or subpixel tricks that differ between platforms.
                Hinting = SKFontHinting.None,
                Subpixel = true,
                Edging = SKFontEdging.Antialias,
                LinearMetrics = true,
            };
        }

        private static CaptionLayout Layout(SKFont font, int width, int height, CaptionSpec caption)
        {
            int margin = caption.Margin;
            float available = width - 2f * margin;
            if (available < caption.FontSize)
                throw new CaptionTooLongException(string.Format(CultureInfo.InvariantCulture,
                    "The picture is {0} pixels wide; with margins of {1} pixels no line of {2}-pixel text fits. Use a smaller -Margin or -FontSize.",
                    width, margin, caption.FontSize));
            List<string> lines = Wrap(font, caption.Text, available);
            SKFontMetrics metrics = font.Metrics;
            float ascent = -metrics.Ascent;
            float lineHeight = font.Spacing;
            int textHeight = (int)Math.Ceiling(lineHeight * (lines.Count - 1) + ascent + metrics.Descent);
            int boxHeight = textHeight + 2 * margin;
            if (boxHeight > height)
                throw new CaptionTooLongException(string.Format(CultureInfo.InvariantCulture,
                    "The caption wraps to {0} line(s) of {1}-pixel text, {2} pixels with its margins, but the picture is {3} pixels tall. Use a smaller -FontSize or -Margin, shorter text, or a larger picture.",
                    lines.Count, caption.FontSize, boxHeight, height));
            int top = caption.Placement switch
            {
                CaptionPlacement.Top => 0,
                CaptionPlacement.Centre => (height - boxHeight) / 2,
                _ => height - boxHeight,
            };
            return new CaptionLayout(lines.AsReadOnly(), top, boxHeight, width, lineHeight, ascent);
        }

        /// <summary>Greedy wrapping at spaces; a word wider than a line is cut between characters. Line breaks in the text are kept.</summary>
        private static List<string> Wrap(SKFont font, string text, float available)
        {
            var lines = new List<string>();
            foreach (string paragraph in text.Replace("\r\n", "\n").Split('\n'))
            {
                string current = string.Empty;
                foreach (string word in paragraph.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
                {
                    string candidate = current.Length == 0 ? word : current + " " + word;
                    if (font.MeasureText(candidate) <= available)
                    {
                        current = candidate;
                        continue;
                    }
                    if (current.Length > 0) lines.Add(current);
                    current = word;
                    while (font.MeasureText(current) > available)
                    {
                        int fit = FittingPrefix(font, current, available);
                        lines.Add(current.Substring(0, fit));
                        current = current.Substring(fit);
                    }
                }
                lines.Add(current);
            }
            // Blank lines at the ends add nothing but height.
            while (lines.Count > 1 && lines[lines.Count - 1].Length == 0) lines.RemoveAt(lines.Count - 1);
            while (lines.Count > 1 && lines[0].Length == 0) lines.RemoveAt(0);
            return lines;
        }

        // The longest prefix (at least one character, never half a surrogate pair) that fits.
        private static int FittingPrefix(SKFont font, string word, float available)
        {
            int fit = 1;
            for (int n = 1; n <= word.Length; n++)
            {
                if (n < word.Length && char.IsHighSurrogate(word[n - 1])) continue;
                if (font.MeasureText(word.AsSpan(0, n)) > available) break;
                fit = n;
            }
            if (fit < word.Length && char.IsHighSurrogate(word[fit - 1])) fit++;
            return fit;
        }

        private static void Paint(float[] samples, int width, SKFont font, CaptionLayout layout, CaptionSpec caption)
        {
            int top = layout.BoxTop, rows = layout.BoxHeight;
            if (caption.Backdrop == CaptionBackdrop.Band)
                Blend(samples, width, top, rows, null, caption.BackdropColour, (float)caption.BackdropOpacity);

            List<SKPath> paths = TextPaths(font, layout, caption.Margin);
            try
            {
                if (caption.Backdrop == CaptionBackdrop.Outline)
                {
                    float stroke = Math.Max(1f, (float)caption.FontSize / 8f);
                    byte[] outline = Coverage(width, rows, top, paths, stroke);
                    Blend(samples, width, top, rows, outline, caption.BackdropColour, 1f);
                }
                byte[] glyphs = Coverage(width, rows, top, paths, 0f);
                Blend(samples, width, top, rows, glyphs, caption.Colour, 1f);
            }
            finally
            {
                foreach (SKPath path in paths) path.Dispose();
            }
        }

        /// <summary>The outlines of the text's lines, each line centred, in picture coordinates.</summary>
        private static List<SKPath> TextPaths(SKFont font, CaptionLayout layout, int margin)
        {
            var paths = new List<SKPath>();
            float baseline = layout.BoxTop + margin + layout.Ascent;
            foreach (string line in layout.Lines)
            {
                if (line.Length > 0)
                {
                    float x = (layout.BoxWidth - font.MeasureText(line)) / 2f;
                    paths.Add(font.GetTextPath(line, new SKPoint(x, baseline)));
                }
                baseline += layout.LineHeight;
            }
            return paths;
        }

        /// <summary>An 8-bit coverage mask of the box (<paramref name="rows"/> from <paramref name="top"/>): the paths filled, or stroked that wide.</summary>
        private static byte[] Coverage(int width, int rows, int top, List<SKPath> paths, float stroke)
        {
            var info = new SKImageInfo(width, rows, SKColorType.Alpha8, SKAlphaType.Premul);
            var mask = new byte[width * rows];
            using (var bitmap = new SKBitmap(info))
            using (var canvas = new SKCanvas(bitmap))
            using (var paint = new SKPaint { IsAntialias = true, Color = SKColors.White })
            {
                canvas.Clear(SKColors.Transparent);
                canvas.Translate(0, -top);
                if (stroke > 0)
                {
                    paint.Style = SKPaintStyle.StrokeAndFill;
                    paint.StrokeWidth = stroke * 2f;
                    paint.StrokeJoin = SKStrokeJoin.Round;
                }
                foreach (SKPath path in paths) canvas.DrawPath(path, paint);
                canvas.Flush();
                System.Runtime.InteropServices.Marshal.Copy(bitmap.GetPixels(), mask, 0, mask.Length);
            }
            return mask;
        }

        /// <summary>
        /// Blends <paramref name="colour"/> over the box's samples: everywhere at <paramref name="opacity"/> (no mask),
        /// or by the mask's coverage. A sample whose coverage is 0 keeps its exact value.
        /// </summary>
        private static void Blend(float[] samples, int width, int top, int rows, byte[]? mask, CaptionColour colour, float opacity)
        {
            float r = colour.Red / 255f, g = colour.Green / 255f, b = colour.Blue / 255f;
            for (int y = 0; y < rows; y++)
            {
                long rowStart = (long)(top + y) * width * 3;
                for (int x = 0; x < width; x++)
                {
                    float a = mask is null ? opacity : mask[y * width + x] / 255f * opacity;
                    if (a <= 0f) continue;
                    long i = rowStart + x * 3;
                    samples[i] = samples[i] * (1f - a) + r * a;
                    samples[i + 1] = samples[i + 1] * (1f - a) + g * a;
                    samples[i + 2] = samples[i + 2] * (1f - a) + b * a;
                }
            }
        }
    }
}
