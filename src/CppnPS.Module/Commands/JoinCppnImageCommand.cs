using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Text;
using CppnPS.Core.Analysis;
using CppnPS.Core.Imaging;
using CppnPS.Core.Rendering;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Writes pictures side by side in one PNG, in a grid with a gap and a background colour, and
    /// optionally a text file beside it with each picture's settings.
    /// </summary>
    [Cmdlet(VerbsCommon.Join, "CppnImage", DefaultParameterSetName = PathSet, SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class JoinCppnImageCommand : FileWritingCommand
    {
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
        [ValidateRange(0, 4096)]
        public int Gap { get; set; } = 8;

        /// <summary>Colour of the gaps: a name (white, black, grey) or hex (#1e1e1e).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Background { get; set; } = "white";

        /// <summary>Also writes a .txt file beside the PNG with each picture's place and settings.</summary>
        [Parameter]
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
                if (image != null) _images.Add(image);
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            try
            {
                if (_images.Count == 0) return;
                ImageMontage montage;
                try
                {
                    montage = ImageMontage.Create(_images, Columns, Gap, _background);
                }
                catch (ArgumentException ex)
                {
                    ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidMontageOptions, ErrorCategory.InvalidArgument, _images.Count));
                    return;
                }

                string description = $"Write a {montage.Width}x{montage.Height} montage of {_images.Count} picture(s)" + (Sidecar ? " and its settings file" : "");
                WriteTarget(montage, description, (fullPath, overwrite) =>
                {
                    string sidecarPath = System.IO.Path.ChangeExtension(fullPath, ".txt");
                    if (Sidecar && string.Equals(sidecarPath, fullPath, StringComparison.OrdinalIgnoreCase))
                        throw new ArgumentException("With -Sidecar the montage needs a name whose extension is not .txt.");
                    if (Sidecar && File.Exists(sidecarPath) && !overwrite)
                        throw new TargetExistsException(sidecarPath);
                    AtomicFileWriter.Write(fullPath, overwrite, stream => montage.WritePng(stream, StopToken));
                    if (Sidecar)
                    {
                        byte[] text = new UTF8Encoding(false).GetBytes(montage.DescribeTiles());
                        AtomicFileWriter.Write(sidecarPath, overwrite, stream => stream.Write(text, 0, text.Length));
                    }
                });
            }
            finally
            {
                base.EndProcessing();
            }
        }
    }
}
