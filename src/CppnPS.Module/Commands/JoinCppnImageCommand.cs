using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Text;
using CppnPS.Core.Imaging;
using CppnPS.Core.Rendering;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Lays pictures side by side in a grid, with a gap and a background colour. The montage is a
    /// picture like any other: without -Path it goes down the pipeline (to Export-CppnImage in any
    /// format and bit depth, Show-CppnImage, Measure-CppnImage); with -Path it is written as an
    /// 8-bit PNG, optionally with a text file beside it giving each picture's settings.
    /// </summary>
    [Cmdlet(VerbsCommon.Join, "CppnImage", DefaultParameterSetName = MontageSet, SupportsShouldProcess = true)]
    [OutputType(typeof(CppnImage), ParameterSetName = new[] { MontageSet })]
    [OutputType(typeof(FileInfo), ParameterSetName = new[] { PathSet, LiteralPathSet })]
    public sealed class JoinCppnImageCommand : FileWritingCommand
    {
        private const string MontageSet = "Montage";
        private readonly List<CppnImage> _images = new List<CppnImage>();
        private float[] _background = null!;

        /// <summary>The pictures, in reading order (left to right, then top to bottom).</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        public CppnImage[] Image { get; set; } = null!;

        /// <summary>Pictures per row; 0 makes a near-square grid.</summary>
        [Parameter]
        [ValidateRange(0, 1024)]
        public int Columns { get; set; }

        /// <summary>Pixels between the pictures and around them.</summary>
        [Parameter]
        [ValidateRange(0, ImageMontage.MaxGap)]
        public int Gap { get; set; } = 8;

        /// <summary>Colour of the gaps: a name (white, black, grey) or hex (#1e1e1e).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Background { get; set; } = "white";

        /// <summary>Also writes a .txt file beside the PNG with each picture's place and settings.</summary>
        [Parameter(ParameterSetName = PathSet)]
        [Parameter(ParameterSetName = LiteralPathSet)]
        public SwitchParameter Sidecar { get; set; }

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            try
            {
                _background = BackgroundColour.Parse(Background);
            }
            catch (FormatException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidMontageOptions, ErrorCategory.InvalidArgument, Background));
            }
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            foreach (var image in Image)
            {
                if (image is null) continue;
                if (image.IsDeferred) ThrowTerminatingError(Errors.Deferred(image));
                _images.Add(image);
            }
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            try
            {
                if (_images.Count == 0) return;
                CppnImage montage = null!;
                try
                {
                    montage = ImageMontage.Create(_images, Columns, Gap, _background);
                }
                catch (ImageTooLargeException ex)
                {
                    ThrowTerminatingError(Errors.Create(ex, ErrorIds.ImageTooLarge, ErrorCategory.ResourceUnavailable, _images.Count));
                }
                catch (ArgumentException ex)
                {
                    ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidMontageOptions, ErrorCategory.InvalidArgument, _images.Count));
                }

                if (ParameterSetName == MontageSet)
                {
                    WriteObject(montage);
                    return;
                }

                string description = $"Write a {montage.Width}x{montage.Height} montage of {_images.Count} picture(s)" + (Sidecar ? " and its settings file" : "");
                WriteTarget(montage, description, (fullPath, overwrite) =>
                {
                    var options = new ImageExportOptions { Format = ImageFormatKind.Png, BitDepth = 8 };
                    if (!Sidecar)
                    {
                        ImageExporter.WriteFile(montage, fullPath, options, overwrite, cancellationToken: StopToken);
                        return;
                    }
                    string sidecarPath = System.IO.Path.ChangeExtension(fullPath, ".txt");
                    if (string.Equals(sidecarPath, fullPath, StringComparison.OrdinalIgnoreCase))
                        throw new ArgumentException("With -Sidecar the montage needs a name whose extension is not .txt.");
                    byte[] text = new UTF8Encoding(false).GetBytes(ImageMontage.DescribeTiles(montage));
                    // Core checks both files before writing either: an existing settings file keeps the picture unwritten too.
                    AtomicFileWriter.WriteAll(overwrite,
                        (fullPath, stream => ImageExporter.Write(montage, stream, options, cancellationToken: StopToken)),
                        (sidecarPath, stream => stream.Write(text, 0, text.Length)));
                });
            }
            finally
            {
                base.EndProcessing();
            }
        }
    }
}
