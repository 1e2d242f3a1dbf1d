using System;
using System.IO;
using System.Management.Automation;
using System.Text;
using CppnPS.Core.Genome;
using CppnPS.Core.Imaging;
using CppnPS.Core.Model;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Reads networks from CppnPS genome JSON, from PNGs written by CppnPS (their embedded genome,
    /// read without decoding pixels) and from the PyTorch-layout cppn-weights-v1 JSON.
    /// </summary>
    [Cmdlet(VerbsData.Import, "CppnNetwork", DefaultParameterSetName = "Path")]
    [OutputType(typeof(CppnNetwork))]
    public sealed class ImportCppnNetworkCommand : CppnCmdlet
    {
        /// <summary>Largest genome file read (a 1024-wide, 64-deep network is about 1 GB of JSON; far beyond any real one).</summary>
        private const long MaxJsonBytes = 512L * 1024 * 1024;

        /// <summary>Files to read; wildcards allowed.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Path", ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        public string[] Path { get; set; } = null!;

        /// <summary>Files to read, taken exactly as typed.</summary>
        [Parameter(Mandatory = true, ParameterSetName = "LiteralPath", ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = null!;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            bool literal = ParameterSetName == "LiteralPath";
            foreach (string input in literal ? LiteralPath : Path)
                foreach (string file in PathResolver.ResolveExistingFiles(this, input, literal))
                    ImportFile(file);
        }

        private void ImportFile(string file)
        {
            try
            {
                string json;
                if (IsPng(file))
                {
                    json = PngTextReader.ReadText(file, GenomeSerializer.PngTextKeyword)
                        ?? throw new ErrorRecordException(Errors.Create(new InvalidDataException(
                            $"'{file}' is a PNG without a CppnPS genome. Only PNGs written by Export-CppnImage carry one."),
                            ErrorIds.NoGenomeInImage, ErrorCategory.InvalidData, file));
                }
                else
                {
                    var info = new FileInfo(file);
                    if (info.Length > MaxJsonBytes)
                        throw new GenomeFormatException("", $"the file is {info.Length:N0} bytes, more than any genome; is it the right file?", file);
                    json = File.ReadAllText(file, Encoding.UTF8);
                }
                WriteObject(WithView(GenomeReader.Read(json, file)));
            }
            catch (ErrorRecordException ex)
            {
                WriteError(ex.ErrorRecord);
            }
            catch (GenomeFormatException ex)
            {
                WriteError(Errors.Create(ex, ErrorIds.InvalidGenome, ErrorCategory.InvalidData, file,
                    "Check the file: it must be a CppnPS genome, a PNG written by CppnPS, or cppn-weights-v1 JSON."));
            }
            catch (InvalidDataException ex)
            {
                WriteError(Errors.Create(ex, ErrorIds.InvalidGenome, ErrorCategory.InvalidData, file));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(Errors.Create(ex, ErrorIds.ImportFailed, ErrorCategory.ReadError, file));
            }
        }

        /// <summary>
        /// The network, carrying the view it was saved with (a PNG's zoom, centre, coordinate mode
        /// and latent values; a cppn-weights-v1 file's zoom) as properties named like
        /// Invoke-CppnRender's parameters, which bind them by property name: so
        /// <c>Import-CppnNetwork thumb.png | Invoke-CppnRender -Size 4096</c> renders the same picture larger.
        /// </summary>
        private static PSObject WithView(GenomeReadResult result)
        {
            PSObject output = PSObject.AsPSObject(result.Network);
            if (result.Render != null)
            {
                output.Properties.Add(new PSNoteProperty("Zoom", result.Render.Zoom));
                output.Properties.Add(new PSNoteProperty("Center", new[] { result.Render.CenterX, result.Render.CenterY }));
                output.Properties.Add(new PSNoteProperty("CoordinateMode", result.Render.CoordinateMode));
                var latent = new float[result.Render.Latent.Count];
                for (int i = 0; i < latent.Length; i++) latent[i] = result.Render.Latent[i];
                output.Properties.Add(new PSNoteProperty("Latent", latent));
            }
            else if (result.Zoom.HasValue)
            {
                output.Properties.Add(new PSNoteProperty("Zoom", result.Zoom.Value));
            }
            return output;
        }

        private static bool IsPng(string file)
        {
            var signature = new byte[8];
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read))
            {
                int read = stream.Read(signature, 0, 8);
                return read == 8 && signature[0] == 0x89 && signature[1] == (byte)'P' && signature[2] == (byte)'N' && signature[3] == (byte)'G';
            }
        }
    }
}
