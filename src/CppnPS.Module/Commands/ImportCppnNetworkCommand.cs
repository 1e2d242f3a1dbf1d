using System;
using System.IO;
using System.Management.Automation;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Reads networks from CppnPS genome JSON, from PNGs written by CppnPS (their embedded genome,
    /// read without decoding pixels) and from the PyTorch-layout cppn-weights-v1 JSON.
    /// </summary>
    [Cmdlet(VerbsData.Import, "CppnNetwork", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(CppnNetwork))]
    public sealed class ImportCppnNetworkCommand : FileReadingCommand
    {
        /// <inheritdoc />
        protected override void ReadFile(string file)
        {
            try
            {
                WriteObject(WithView(NetworkFile.Read(file)));
            }
            catch (NoGenomeInImageException ex)
            {
                WriteError(Errors.Create(ex, ErrorIds.NoGenomeInImage, ErrorCategory.InvalidData, file));
            }
            catch (GenomeFormatException ex)
            {
                WriteError(Errors.Create(ex, ErrorIds.InvalidGenome, ErrorCategory.InvalidData, file,
                    "Check the file: it must be a CppnPS genome, a PNG written by CppnPS, or cppn-weights-v1 JSON."));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(Errors.Create(ex, ErrorIds.ImportFailed, ErrorCategory.ReadError, file));
            }
        }

        /// <summary>
        /// The network, with the view it carries (<see cref="CppnNetwork.View"/>: a PNG's zoom, centre,
        /// coordinate mode and latent values; a cppn-weights-v1 file's zoom) also as properties named like
        /// Invoke-CppnRender's parameters, which bind them by property name: so
        /// <c>Import-CppnNetwork thumb.png | Invoke-CppnRender -Size 4096</c> renders the same picture larger.
        /// </summary>
        private static PSObject WithView(GenomeReadResult result)
        {
            PSObject output = PSObject.AsPSObject(result.Network);
            RenderOptions? view = result.Network.View;
            if (view == null) return output;
            output.Properties.Add(new PSNoteProperty("Zoom", view.Zoom));
            if (result.Format == NetworkFileFormat.Png)
            {
                output.Properties.Add(new PSNoteProperty("Center", new[] { view.CenterX, view.CenterY }));
                output.Properties.Add(new PSNoteProperty("CoordinateMode", view.CoordinateMode));
                var latent = new float[view.Latent.Count];
                for (int i = 0; i < latent.Length; i++) latent[i] = view.Latent[i];
                output.Properties.Add(new PSNoteProperty("Latent", latent));
            }
            return output;
        }
    }
}
