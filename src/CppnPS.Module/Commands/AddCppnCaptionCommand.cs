using System;
using System.Management.Automation;
using CppnPS.Captions;
using CppnPS.Core.Captions;
using CppnPS.Core.Rendering;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Draws a caption on a picture (top, bottom or centre; size, colours, a band or outline; wrapped to the width)
    /// and writes the captioned picture, which carries the caption into an exported PNG's metadata.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "CppnCaption", DefaultParameterSetName = TextSet)]
    [OutputType(typeof(CppnImage))]
    public sealed class AddCppnCaptionCommand : CppnCmdlet
    {
        private const string TextSet = "Text";
        private const string CaptionSet = "Caption";
        private bool _rendererChecked;

        /// <summary>The picture to caption.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public CppnImage Image { get; set; } = null!;

        /// <summary>The words; `n starts a new line, and long lines wrap to the picture's width.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = TextSet)]
        [AllowEmptyString]
        public string Text { get; set; } = null!;

        /// <summary>Captions to draw as recorded, such as Import-CppnCaption reads from a captioned PNG.</summary>
        [Parameter(Mandatory = true, ParameterSetName = CaptionSet)]
        [ValidateNotNull]
        public CaptionSpec[] Caption { get; set; } = null!;

        /// <summary>Top, Bottom (default) or Centre.</summary>
        [Parameter(ParameterSetName = TextSet)]
        public CaptionPlacement Placement { get; set; } = CaptionPlacement.Bottom;

        /// <summary>Font size in pixels; by default a sixteenth of the picture's height (at least 10).</summary>
        [Parameter(ParameterSetName = TextSet)]
        public double FontSize { get; set; }

        /// <summary>Sans (DejaVu Sans, default) or Serif (DejaVu Serif).</summary>
        [Parameter(ParameterSetName = TextSet)]
        public CaptionFont Font { get; set; } = CaptionFont.Sans;

        /// <summary>Text colour as #rrggbb; white by default.</summary>
        [Parameter(ParameterSetName = TextSet)]
        [Alias("Color")]
        public string Colour { get; set; } = "#ffffff";

        /// <summary>Band (default), Outline or None.</summary>
        [Parameter(ParameterSetName = TextSet)]
        public CaptionBackdrop Backdrop { get; set; } = CaptionBackdrop.Band;

        /// <summary>The band's or outline's colour as #rrggbb; black by default.</summary>
        [Parameter(ParameterSetName = TextSet)]
        [Alias("BackdropColor")]
        public string BackdropColour { get; set; } = "#000000";

        /// <summary>How opaque the band is, 0 to 1; 0.6 by default.</summary>
        [Parameter(ParameterSetName = TextSet)]
        public double BackdropOpacity { get; set; } = 0.6;

        /// <summary>Pixels between the text and the picture's edges; 8 by default.</summary>
        [Parameter(ParameterSetName = TextSet)]
        public int Margin { get; set; } = 8;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (Image.IsDeferred)
            {
                WriteError(Errors.Deferred(Image));
                return;
            }
            CaptionSpec[] captions;
            try
            {
                captions = ParameterSetName == CaptionSet ? Caption : new[] { FromParameters() };
            }
            catch (FormatException ex)
            {
                WriteError(Errors.Create(new ArgumentException(ex.Message, ex), ErrorIds.InvalidCaption, ErrorCategory.InvalidArgument, Image));
                return;
            }
            if (!_rendererChecked)
            {
                string? missing = NativeDependencies.Check();
                if (missing != null)
                {
                    ThrowTerminatingError(Errors.Create(new TextRendererUnavailableException(missing, null), ErrorIds.TextRendererUnavailable, ErrorCategory.NotInstalled, NativeDependencies.LibraryPath));
                }
                _rendererChecked = true;
            }
            try
            {
                CppnImage result = Image;
                foreach (CaptionSpec caption in captions) result = CaptionRenderer.Draw(result, caption, NativeDependencies.FontFolder);
                WriteObject(result);
            }
            catch (ArgumentException ex)
            {
                WriteError(Errors.Create(ex, ErrorIds.InvalidCaption, ErrorCategory.InvalidArgument, Image));
            }
            catch (CaptionTooLongException ex)
            {
                WriteError(Errors.Create(ex, ErrorIds.CaptionTooLong, ErrorCategory.InvalidArgument, Image));
            }
            catch (CaptionFontMissingException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.CaptionFontMissing, ErrorCategory.NotInstalled, ex.FileName));
            }
            catch (TextRendererUnavailableException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.TextRendererUnavailable, ErrorCategory.NotInstalled, NativeDependencies.LibraryPath));
            }
        }

        private CaptionSpec FromParameters() => new CaptionSpec
        {
            Text = Text ?? string.Empty,
            Placement = Placement,
            Font = Font,
            FontSize = MyInvocation.BoundParameters.ContainsKey(nameof(FontSize)) ? FontSize : Math.Max(10, Math.Round(Image.Height / 16.0)),
            Colour = CaptionColour.Parse(Colour),
            Backdrop = Backdrop,
            BackdropColour = CaptionColour.Parse(BackdropColour),
            BackdropOpacity = BackdropOpacity,
            Margin = Margin,
        };
    }
}
