using System;
using System.IO;
using System.Management.Automation;
using CppnPS.Core.Captions;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Reads the captions a PNG written by CppnPS records, so Add-CppnCaption -Caption draws them again on the picture
    /// re-rendered from the same file.
    /// </summary>
    [Cmdlet(VerbsData.Import, "CppnCaption", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(CaptionSpec))]
    public sealed class ImportCppnCaptionCommand : FileReadingCommand
    {
        /// <inheritdoc />
        protected override void ReadFile(string file)
        {
            try
            {
                var captions = CaptionFile.Read(file);
                if (captions.Count == 0)
                {
                    WriteError(Errors.Create(
                        string.Format(System.Globalization.CultureInfo.InvariantCulture, "'{0}' records no caption: it was not captioned with Add-CppnCaption, or was exported without metadata.", file),
                        ErrorIds.NoCaptionInImage, ErrorCategory.ObjectNotFound, file));
                    return;
                }
                foreach (CaptionSpec caption in captions) WriteObject(caption);
            }
            catch (InvalidDataException ex)
            {
                WriteError(Errors.Create(ex, ErrorIds.InvalidGenome, ErrorCategory.InvalidData, file,
                    "Check the file: it must be a PNG written by CppnPS."));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(Errors.Create(ex, ErrorIds.ImportFailed, ErrorCategory.ReadError, file));
            }
        }
    }
}
