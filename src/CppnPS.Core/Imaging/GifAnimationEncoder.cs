using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using CppnPS.Core.Rendering;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using SixLabors.ImageSharp.Processing.Processors.Quantization;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// Streams an animated GIF, frame by frame. Each frame gets its own palette of up to 256 colours (a local colour
    /// table, so a morph's changing colours are all kept), chosen by Wu's variance-minimising cuts
    /// (<see cref="OpaqueWuQuantizer"/>); ImageSharp maps the pixels onto it, dithers when asked and LZW-compresses
    /// them. This class writes the container around the frames: header, loop extension, the description as a
    /// comment extension, and each frame's delay. It does so because ImageSharp 2's GifEncoder takes a whole
    /// multi-frame image, every frame in memory before the first byte is written, which would keep encoding from
    /// overlapping rendering and hold all frames at once; here frames are encoded as they come, each into a block of
    /// its own, several at a time (<see cref="Prepare"/> is thread-safe). A frame's bytes depend on its pixels and
    /// the options alone, so the file does not depend on the thread count.
    /// </summary>
    internal sealed class GifAnimationEncoder : IAnimationEncoder
    {
        private const byte ExtensionIntroducer = 0x21;
        private const byte ImageSeparator = 0x2C;
        private const byte Trailer = 0x3B;
        private const int MaxSubBlock = 255;

        private readonly Stream _destination;
        private readonly AnimationExportOptions _options;
        private readonly int _width;
        private readonly int _height;
        private readonly GifEncoder _frameEncoder;

        public GifAnimationEncoder(Stream destination, int width, int height, AnimationExportOptions options, string? description)
        {
            _destination = destination;
            _options = options;
            _width = width;
            _height = height;
            _frameEncoder = new GifEncoder
            {
                ColorTableMode = GifColorTableMode.Local,
                Quantizer = new OpaqueWuQuantizer(new QuantizerOptions
                {
                    MaxColors = 256,
                    Dither = options.Dither ? KnownDitherings.FloydSteinberg : null,
                }),
            };
            WriteHead(description);
        }

        private void WriteHead(string? description)
        {
            var head = new MemoryStream();
            head.Write(Encoding.ASCII.GetBytes("GIF89a"), 0, 6);
            WriteUInt16(head, _width);
            WriteUInt16(head, _height);
            head.WriteByte(0x70);       // no global colour table; 8 bits of colour resolution
            head.WriteByte(0);          // background colour index
            head.WriteByte(0);          // no pixel aspect ratio
            if (_options.Loop)
            {
                // The NETSCAPE2.0 application extension with a repeat count of 0: loop for ever. A GIF without it plays once.
                head.WriteByte(ExtensionIntroducer);
                head.WriteByte(0xFF);
                head.WriteByte(11);
                head.Write(Encoding.ASCII.GetBytes("NETSCAPE2.0"), 0, 11);
                head.WriteByte(3);
                head.WriteByte(1);
                WriteUInt16(head, 0);
                head.WriteByte(0);
            }
            if (!string.IsNullOrEmpty(description))
            {
                head.WriteByte(ExtensionIntroducer);
                head.WriteByte(0xFE);
                WriteSubBlocks(head, Encoding.UTF8.GetBytes(description));
            }
            head.WriteTo(_destination);
        }

        public byte[] Prepare(CppnImage frame, CancellationToken cancellationToken)
        {
            var pixels = new Rgb24[checked(_width * _height)];
            FramePixels.Fill(frame, MemoryMarshal.AsBytes(pixels.AsSpan()), cancellationToken);
            using var gif = new MemoryStream();
            // The encoder is only settings; each Save makes its own quantizer, so frames encode side by side.
            using (var image = Image.WrapMemory(Configuration.Default, new Memory<Rgb24>(pixels), _width, _height))
                image.Save(gif, _frameEncoder);
            cancellationToken.ThrowIfCancellationRequested();
            using var block = new MemoryStream();
            CopyImageBlock(gif.GetBuffer(), (int)gif.Length, block);
            return block.ToArray();
        }

        public void Write(byte[] prepared, int index, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Graphic control extension: the delay, "do not dispose" (each frame covers the whole picture), no transparency.
            var control = new byte[] { ExtensionIntroducer, 0xF9, 4, 0x04, 0, 0, 0, 0 };
            int delay = _options.GifDelay(index);
            control[4] = (byte)delay;
            control[5] = (byte)(delay >> 8);
            _destination.Write(control, 0, control.Length);
            _destination.Write(prepared, 0, prepared.Length);
        }

        public void Finish(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _destination.WriteByte(Trailer);
        }

        public void Dispose()
        {
            // Nothing held between frames.
        }

        /// <summary>
        /// Copies the image descriptor, its colour table and its compressed pixels out of a one-frame GIF. A
        /// global colour table, should the encoder write one, becomes the frame's local table.
        /// </summary>
        private static void CopyImageBlock(byte[] gif, int length, Stream destination)
        {
            int position = 13;
            byte[]? globalTable = null;
            if ((gif[10] & 0x80) != 0)
            {
                int size = 3 << ((gif[10] & 0x07) + 1);
                globalTable = new byte[size];
                Array.Copy(gif, position, globalTable, 0, size);
                position += size;
            }
            while (position < length)
            {
                byte introducer = gif[position];
                if (introducer == ExtensionIntroducer)
                {
                    position = SkipSubBlocks(gif, position + 2);
                    continue;
                }
                if (introducer != ImageSeparator) break;
                int packed = gif[position + 9];
                int end = position + 10;
                if ((packed & 0x80) != 0) end += 3 << ((packed & 0x07) + 1);
                int dataStart = end;
                end = SkipSubBlocks(gif, end + 1);     // the LZW minimum code size, then the data sub-blocks
                if ((packed & 0x80) != 0 || globalTable is null)
                {
                    destination.Write(gif, position, end - position);
                }
                else
                {
                    var descriptor = new byte[10];
                    Array.Copy(gif, position, descriptor, 0, 10);
                    descriptor[9] = (byte)(0x80 | (gif[10] & 0x07));
                    destination.Write(descriptor, 0, 10);
                    destination.Write(globalTable, 0, globalTable.Length);
                    destination.Write(gif, dataStart, end - dataStart);
                }
                return;
            }
            throw new InvalidDataException("The GIF encoder wrote no image block.");
        }

        private static int SkipSubBlocks(byte[] gif, int position)
        {
            while (gif[position] != 0) position += gif[position] + 1;
            return position + 1;
        }

        private static void WriteSubBlocks(Stream stream, byte[] data)
        {
            for (int offset = 0; offset < data.Length; offset += MaxSubBlock)
            {
                int count = Math.Min(MaxSubBlock, data.Length - offset);
                stream.WriteByte((byte)count);
                stream.Write(data, offset, count);
            }
            stream.WriteByte(0);
        }

        private static void WriteUInt16(Stream stream, int value)
        {
            stream.WriteByte((byte)value);
            stream.WriteByte((byte)(value >> 8));
        }
    }
}
