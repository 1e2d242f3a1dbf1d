using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using CppnPS.Core.Imaging;
using CppnPS.Core.Rendering;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Joins the tiles of a poster (Invoke-CppnRender -Region), in any order and from any machine, into the whole
    /// picture: without -Path the picture itself, in memory, equal to a single render of it; with -Path a PNG
    /// written a band at a time, equal to the byte to Export-CppnImage's of a single render.
    /// </summary>
    [Cmdlet(VerbsCommon.Join, "CppnTile", DefaultParameterSetName = PictureSet, SupportsShouldProcess = true)]
    [OutputType(typeof(CppnImage), ParameterSetName = new[] { PictureSet })]
    [OutputType(typeof(FileInfo), ParameterSetName = new[] { PathSet, LiteralPathSet })]
    public sealed class JoinCppnTileCommand : FileWritingCommand
    {
        private const string PictureSet = "Picture";
        private readonly List<CppnImage> _tiles = new List<CppnImage>();

        /// <summary>The tiles, each rendered with Invoke-CppnRender -Region, in any order.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        public CppnImage[] Image { get; set; } = null!;

        /// <summary>Bits per channel of the PNG: 8 (default) or 16.</summary>
        [Parameter(ParameterSetName = PathSet)]
        [Parameter(ParameterSetName = LiteralPathSet)]
        [ArgumentCompleter(typeof(BitDepthCompleter))]
        public int BitDepth { get; set; } = 8;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            foreach (CppnImage tile in Image)
                if (tile != null) _tiles.Add(tile);
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            try
            {
                if (_tiles.Count == 0) return;
                CppnImage first;
                ImageExportOptions options = new ImageExportOptions { Format = ImageFormatKind.Png, BitDepth = BitDepth };
                try
                {
                    first = PosterTiles.Check(_tiles);
                    if (ParameterSetName != PictureSet) ValidatedExportOptions.Validate(options);
                }
                catch (ArgumentException ex)
                {
                    ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidTiles, ErrorCategory.InvalidArgument, _tiles.Count,
                        "Give every tile of one picture once, each made by Invoke-CppnRender -Region with the same network and settings."));
                    return;
                }

                if (ParameterSetName == PictureSet)
                {
                    try
                    {
                        WriteObject(PosterTiles.Join(_tiles, StopToken));
                    }
                    catch (OperationCanceledException)
                    {
                        // Ctrl+C: nothing to emit.
                    }
                    catch (ImageTooLargeException ex)
                    {
                        ThrowTerminatingError(Errors.Create(ex, ErrorIds.ImageTooLarge, ErrorCategory.ResourceUnavailable, first.Options,
                            "Join the tiles into a PNG instead (Join-CppnTile -Path), which holds one band of rows at a time."));
                    }
                    return;
                }

                string description = $"Write the {first.Options!.Width}x{first.Options.Height} picture joined from {_tiles.Count} tile(s)";
                WriteTarget(first, description, (fullPath, overwrite) => PosterPngWriter.WriteFile(_tiles, fullPath, options, overwrite, cancellationToken: StopToken));
            }
            finally
            {
                base.EndProcessing();
            }
        }
    }
}
