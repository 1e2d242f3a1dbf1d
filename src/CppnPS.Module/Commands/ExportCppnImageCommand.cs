using System;
using System.Globalization;
using System.IO;
using System.Management.Automation;
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
        private static readonly ImageExportOptions Defaults = new ImageExportOptions();

        /// <summary>The image to write.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public CppnImage Image { get; set; } = null!;

        /// <summary>Png, Jpeg or Bmp; by default taken from the file extension.</summary>
        [Parameter]
        public ImageFormatKind? Format { get; set; }

        // The values of the options below are checked once, by ImageExportOptions.Validate in Core, before
        // ShouldProcess: -WhatIf reports a bad combination as a real export would.

        /// <summary>Bits per channel: 8, or 16 (PNG only).</summary>
        [Parameter]
        [ArgumentCompleter(typeof(BitDepthCompleter))]
        public int BitDepth { get; set; } = 8;

        /// <summary>JPEG quality, 1-100.</summary>
        [Parameter]
        public int Quality { get; set; } = 90;

        /// <summary>PNG deflate level, 0 (fastest) to 9 (smallest); by default Core's (<see cref="ImageExportOptions.PngCompressionLevel"/>).</summary>
        [Parameter]
        public int CompressionLevel { get; set; } = Defaults.PngCompressionLevel;

        /// <summary>Nearest (default, the reference's rule) or Truncate (the article's code): how samples become levels.</summary>
        [Parameter]
        public SampleRounding Rounding { get; set; } = SampleRounding.Nearest;

        /// <summary>Leaves the network and view out of a PNG: the pixels only.</summary>
        [Parameter]
        public SwitchParameter NoMetadata { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            // The previous picture's write is reported before anything about this one.
            FinishPendingWrite();
            string target = ParameterSetName == LiteralPathSet ? LiteralPath : Path;
            ImageFormatKind format;
            if (Format.HasValue) format = Format.Value;
            else if (!ImageFormats.TryFromFileName(target, out format))
                ThrowTerminatingError(Errors.Create(new ArgumentException(
                    $"Cannot tell the image format from '{System.IO.Path.GetFileName(target)}'. Use a name ending in {string.Join(", ", ImageFormats.KnownExtensions)}, or give -Format."),
                    ErrorIds.UnknownImageFormat, ErrorCategory.InvalidArgument, target));
            var requested = new ImageExportOptions
            {
                Format = format,
                BitDepth = BitDepth,
                JpegQuality = Quality,
                PngCompressionLevel = CompressionLevel,
                Rounding = Rounding,
                IncludeMetadata = !NoMetadata,
            };
            ValidatedExportOptions options = null!;
            try
            {
                options = ValidatedExportOptions.Validate(requested);
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidExportOptions, ErrorCategory.InvalidArgument, requested));
            }

            // A deferred picture is rendered band by band as it is written, which only the PNG writer does.
            if (Image.IsDeferred && format != ImageFormatKind.Png)
            {
                WriteError(Errors.Deferred(Image));
                return;
            }

            CppnImage image = Image;
            string description = string.Format(CultureInfo.InvariantCulture, image.IsDeferred ? "Render and write {0}x{1} {2}, a band at a time" : "Write {0}x{1} {2}", image.Width, image.Height, options);
            ProgressRecord Progress(string fullPath) => new ProgressRecord(0x43505045, "Export-CppnImage",
                string.Format(CultureInfo.InvariantCulture, image.IsDeferred ? "Rendering and encoding {0}x{1} {2} to {3}" : "Encoding {0}x{1} {2} to {3}",
                    image.Width, image.Height, options, System.IO.Path.GetFileName(fullPath)));

            // A batch's picture is encoded and written while the commands before this one make the next. A deferred or
            // large picture is written before the next is made, so memory holds one of them (see ImageExporter.MayOverlapWrite).
            if (ImageExporter.MayOverlapWrite(image))
            {
                WriteTargetOverlapped(description, Progress, image.Height,
                    (fullPath, overwrite, token, rows) => ImageExporter.WriteFile(image, fullPath, options, overwrite, rows, token));
                return;
            }

            WriteTarget(image, description, (fullPath, overwrite) =>
                RunInBackground(Progress(fullPath), image.Height, (token, rows) =>
                {
                    ImageExporter.WriteFile(image, fullPath, options, overwrite, rows, token);
                    return fullPath;
                }));
        }
    }
}
