using System.IO;
using System.Management.Automation;
using CppnPS.Core.Genome;
using CppnPS.Core.Imaging;
using CppnPS.Core.Rendering;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Writes an image to PNG (8 or 16 bit), JPEG or BMP. A PNG carries the network and render
    /// settings, so Import-CppnNetwork can bring the picture back at any size.
    /// </summary>
    [Cmdlet(VerbsData.Export, "CppnImage", DefaultParameterSetName = PathSet, SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportCppnImageCommand : FileWritingCommand
    {
        /// <summary>The image to write.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public CppnImage Image { get; set; } = null!;

        /// <summary>Png, Jpeg or Bmp; by default taken from the file extension.</summary>
        [Parameter]
        public ImageFormatKind? Format { get; set; }

        /// <summary>Bits per channel: 8, or 16 (PNG only).</summary>
        [Parameter]
        [ValidateSet("8", "16")]
        public int BitDepth { get; set; } = 8;

        /// <summary>JPEG quality, 1-100.</summary>
        [Parameter]
        [ValidateRange(1, 100)]
        public int Quality { get; set; } = 90;

        /// <summary>PNG deflate level, 0 (fastest) to 9 (smallest); default 6.</summary>
        [Parameter]
        [ValidateRange(0, 9)]
        public int CompressionLevel { get; set; } = 6;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            // Settle the format and options first: a bad combination is an unusable argument,
            // reported before -WhatIf or any file work.
            string target = ParameterSetName == LiteralPathSet ? LiteralPath : Path;
            ImageFormatKind format;
            if (Format.HasValue) format = Format.Value;
            else if (!ImageFormats.TryFromFileName(target, out format))
                ThrowTerminatingError(Errors.Create(new System.ArgumentException(
                    $"Cannot tell the image format from '{System.IO.Path.GetFileName(target)}'. Use a .png, .jpg, .jpeg or .bmp name, or give -Format."),
                    ErrorIds.UnknownImageFormat, ErrorCategory.InvalidArgument, target));
            var options = new ImageExportOptions { Format = format, BitDepth = BitDepth, JpegQuality = Quality, PngCompressionLevel = CompressionLevel };
            try
            {
                options.Validate();
            }
            catch (System.ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidExportOptions, ErrorCategory.InvalidArgument, options));
            }

            WriteTarget(Image, $"Write {Image.Width}x{Image.Height} {options}", (fullPath, overwrite) =>
            {
                var withMetadata = format == ImageFormatKind.Png
                    ? options with { TextMetadata = GenomeJson.WriteImageMetadata(Image.Network, Image.Options) }
                    : options;
                ImageExporter.WriteFile(Image, fullPath, withMetadata, overwrite, StopToken);
            });
        }
    }
}
