using System.Management.Automation;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// The parameters that say which part of a network's coordinate plane is looked at, shared by
    /// every cmdlet that evaluates a network over a grid (rendering it, measuring it), so they
    /// bind, validate and mean the same everywhere. A setting not given comes from the view the
    /// network carries (<see cref="CppnNetwork.View"/>, read from a PNG or a weights file), else
    /// from the defaults; a setting given always wins.
    /// </summary>
    public abstract class CoordinateViewCommand : CppnCmdlet
    {
        /// <summary>The network to evaluate.</summary>
        /// <remarks>Virtual so that a cmdlet with other inputs too (Invoke-CppnRender's animations) can declare it in some parameter sets only.</remarks>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public virtual CppnNetwork Network { get; set; } = null!;

        /// <summary>Multiplies the coordinates (the article's zoom): larger values show more of the pattern. Default: the network's saved view, else 1.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public double? Zoom { get; set; }

        /// <summary>The point at the image centre, as x (column), y (row): pans the view. Default: the network's saved view, else 0, 0.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateCount(2, 2)]
        public double[]? Center { get; set; }

        /// <summary>Normalized, AspectCorrect (no stretching), Pixel (raw indices, E2) or Article (the article's code, also for non-square pictures). Default: the network's saved view, else Normalized.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public CoordinateMode? CoordinateMode { get; set; }

        /// <summary>Values of the latent inputs z1..zN of a network made with -LatentSize. Default: the network's saved view, else all zero.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public float[]? Latent { get; set; }

        /// <summary>
        /// The picture these parameters describe: the network's saved view (or the defaults) with
        /// every setting given here put in its place, at <paramref name="width"/> x
        /// <paramref name="height"/> (a side not given keeps the view's aspect ratio; see
        /// <see cref="RenderOptions.Resize"/>).
        /// </summary>
        /// <exception cref="System.ArgumentOutOfRangeException">The size is out of range.</exception>
        protected RenderOptions CreateRenderOptions(int? width, int? height)
            => CreateRenderOptions(Network.View ?? new RenderOptions(), width, height);

        /// <summary>As above, over <paramref name="view"/> (an animation's picture, say) instead of the network's saved view.</summary>
        /// <exception cref="System.ArgumentOutOfRangeException">The size is out of range.</exception>
        protected RenderOptions CreateRenderOptions(RenderOptions view, int? width, int? height)
        {
            if (view is null) throw new System.ArgumentNullException(nameof(view));
            return view.Resize(width, height) with
            {
                Zoom = Zoom ?? view.Zoom,
                CenterX = Center != null ? Center[0] : view.CenterX,
                CenterY = Center != null ? Center[1] : view.CenterY,
                CoordinateMode = CoordinateMode ?? view.CoordinateMode,
                Latent = Latent ?? view.Latent,
            };
        }
    }
}
