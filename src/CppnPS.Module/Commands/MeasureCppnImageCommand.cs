using System.Management.Automation;
using CppnPS.Core.Analysis;
using CppnPS.Core.Rendering;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>Measures a rendered picture: colour statistics, greyness, colourfulness, entropy and complexity.</summary>
    [Cmdlet(VerbsDiagnostic.Measure, "CppnImage")]
    [OutputType(typeof(ImageStatistics))]
    public sealed class MeasureCppnImageCommand : CppnCmdlet
    {
        /// <summary>The picture to measure.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public CppnImage Image { get; set; } = null!;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (Image.IsDeferred) WriteError(Errors.Deferred(Image));
            else WriteObject(ImageAnalyzer.Measure(Image));
        }
    }
}
