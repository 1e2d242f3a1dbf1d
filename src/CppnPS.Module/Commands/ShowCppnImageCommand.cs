using System;
using System.Management.Automation;
using System.Management.Automation.Host;
using CppnPS.Core.Imaging;
using CppnPS.Core.Rendering;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Draws an image in the terminal with 24-bit ANSI colour half blocks, fitted to the window or
    /// to -Width columns. Where the host's output is not a terminal (redirected to a file or a
    /// pipe, or a host without virtual terminal support) it draws nothing and says why.
    /// </summary>
    [Cmdlet(VerbsCommon.Show, "CppnImage")]
    [OutputType(typeof(CppnImage))]
    public sealed class ShowCppnImageCommand : CppnCmdlet
    {
        // Window size assumed when the host cannot tell (no console, a remote host).
        private const int FallbackColumns = 80;
        private const int FallbackRows = 25;
        private bool _warned;

        /// <summary>The image to draw.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        public CppnImage Image { get; set; } = null!;

        /// <summary>Width of the drawing in character columns (one pixel each); by default it fits the window.</summary>
        [Parameter]
        [ValidateRange(1, 4096)]
        public int Width { get; set; }

        /// <summary>Draws even when the output is not a terminal, writing the escape sequences as text.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Writes the image to the pipeline after drawing it.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (Image.IsDeferred)
            {
                WriteError(Errors.Deferred(Image));
                return;
            }
            PSHostUserInterface? ui = Host?.UI;
            string? reason = ui == null ? "this host has no user interface" : WhyNotATerminal(ui);
            if (reason != null && !Force)
            {
                if (!_warned)
                {
                    WriteWarning($"Show-CppnImage draws with ANSI colour escape sequences, which only a terminal shows, but {reason}, so nothing is drawn. " +
                                 "Save the picture with Export-CppnImage, or add -Force to write the escape sequences anyway.");
                    _warned = true;
                }
            }
            else if (ui != null)
            {
                (int windowColumns, int windowRows) = WindowSize(ui);
                var (columns, pixelRows) = TerminalPicture.Fit(Image.Width, Image.Height, Width > 0 ? Width : (int?)null, windowColumns, windowRows);
                string[] lines;
                try
                {
                    lines = TerminalPicture.Draw(Image, columns, pixelRows, StopToken);
                }
                catch (OperationCanceledException)
                {
                    return;     // Ctrl+C: nothing drawn, nothing emitted.
                }
                foreach (string line in lines) ui.WriteLine(line);
            }
            if (PassThru) WriteObject(Image);
        }

        // Null when the host's output is a terminal that shows 24-bit colour, else why not.
        private static string? WhyNotATerminal(PSHostUserInterface ui)
        {
            if (!ui.SupportsVirtualTerminal) return "this host does not support virtual terminal sequences";
            // The console host writes to the process's standard output; reading the flag writes nothing.
            if (Console.IsOutputRedirected) return "the output is redirected (to a file or a pipe)";
            return null;
        }

        private static (int Columns, int Rows) WindowSize(PSHostUserInterface ui)
        {
            try
            {
                Size size = ui.RawUI.WindowSize;
                if (size.Width > 0 && size.Height > 0) return (size.Width, size.Height);
            }
            catch (Exception e) when (e is NotImplementedException || e is NotSupportedException || e is HostException || e is InvalidOperationException || e is System.IO.IOException)
            {
                // Hosts without a window (remoting, a redirected console) cannot tell; use a common size.
            }
            return (FallbackColumns, FallbackRows);
        }
    }
}
