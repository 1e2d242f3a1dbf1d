using System;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing.Processors.Quantization;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// The settings of <see cref="OpaqueWuFrameQuantizer"/>, as ImageSharp's encoders take a quantizer: each frame
    /// gets a quantizer of its own, so frames quantize side by side. Rgb24 pixels only (an animation's frames).
    /// </summary>
    internal sealed class OpaqueWuQuantizer : IQuantizer
    {
        public OpaqueWuQuantizer(QuantizerOptions options) => Options = options ?? throw new ArgumentNullException(nameof(options));

        public QuantizerOptions Options { get; }

        public IQuantizer<TPixel> CreatePixelSpecificQuantizer<TPixel>(Configuration configuration)
            where TPixel : unmanaged, IPixel<TPixel> => CreatePixelSpecificQuantizer<TPixel>(configuration, Options);

        public IQuantizer<TPixel> CreatePixelSpecificQuantizer<TPixel>(Configuration configuration, QuantizerOptions options)
            where TPixel : unmanaged, IPixel<TPixel>
        {
            if (typeof(TPixel) != typeof(Rgb24)) throw new NotSupportedException($"{nameof(OpaqueWuQuantizer)} quantizes Rgb24 pixels, not {typeof(TPixel).Name}.");
            return (IQuantizer<TPixel>)(object)new OpaqueWuFrameQuantizer(configuration, options);
        }
    }
}
