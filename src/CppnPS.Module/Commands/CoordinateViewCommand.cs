using System;
using System.Management.Automation;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// The parameters that say which part of a network's coordinate plane is looked at, shared by
    /// every cmdlet that evaluates a network over a grid (rendering it, measuring it), so they
    /// bind, validate and mean the same everywhere.
    /// </summary>
    public abstract class CoordinateViewCommand : CppnCmdlet
    {
        /// <summary>The network to evaluate.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public CppnNetwork Network { get; set; } = null!;

        /// <summary>Multiplies the coordinates (the article's zoom): larger values show more of the pattern.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public double Zoom { get; set; } = 1.0;

        /// <summary>The point at the image centre, as x (column), y (row): pans the view.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateCount(2, 2)]
        public double[] Center { get; set; } = { 0.0, 0.0 };

        /// <summary>Normalized (the article), AspectCorrect (no stretching) or Pixel (raw indices, E2).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public CoordinateMode CoordinateMode { get; set; } = CoordinateMode.Normalized;

        /// <summary>Values of the latent inputs z1..zN of a network made with -LatentSize.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public float[]? Latent { get; set; }

        /// <summary>The render options these parameters describe for a width x height grid.</summary>
        protected RenderOptions CreateRenderOptions(int width, int height, int throttleLimit = 0) => new RenderOptions
        {
            Width = width,
            Height = height,
            Zoom = Zoom,
            CenterX = Center[0],
            CenterY = Center[1],
            CoordinateMode = CoordinateMode,
            Latent = Latent ?? Array.Empty<float>(),
            ThrottleLimit = throttleLimit,
        };
    }
}
