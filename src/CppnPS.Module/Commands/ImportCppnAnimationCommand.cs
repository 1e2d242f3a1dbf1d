using System;
using System.IO;
using System.Management.Automation;
using CppnPS.Core.Genome;
using CppnPS.Core.Motion;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Reads the animation an animated GIF or a PNG frame written by CppnPS carries (its cppnps-animation
    /// description), so that any frame re-renders from the file, at any size, with Invoke-CppnRender.
    /// </summary>
    [Cmdlet(VerbsData.Import, "CppnAnimation", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(Animation))]
    public sealed class ImportCppnAnimationCommand : FileReadingCommand
    {
        /// <inheritdoc />
        protected override void ReadFile(string file)
        {
            try
            {
                string? description = AnimationFileText.Read(file);
                if (description is null)
                {
                    WriteError(Errors.Create(new InvalidDataException(
                        $"{System.IO.Path.GetFileName(file)} carries no animation description ({AnimationFileText.PngKeyword}). " +
                        "Only GIFs and PNG frames that Export-CppnAnimation wrote from an animation's frames carry one."),
                        ErrorIds.NoAnimationInFile, ErrorCategory.InvalidData, file));
                    return;
                }
                WriteObject(AnimationJson.Read(description, System.IO.Path.GetFileName(file)));
            }
            catch (GenomeFormatException ex)
            {
                WriteError(Errors.Create(ex, ErrorIds.InvalidAnimation, ErrorCategory.InvalidData, file));
            }
            catch (InvalidDataException ex)
            {
                WriteError(Errors.Create(ex, ErrorIds.NoAnimationInFile, ErrorCategory.InvalidData, file));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(Errors.Create(ex, ErrorIds.ImportFailed, ErrorCategory.ReadError, file));
            }
        }
    }
}
