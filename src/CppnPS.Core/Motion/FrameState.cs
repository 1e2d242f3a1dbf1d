using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;

namespace CppnPS.Core.Motion
{
    /// <summary>What one instant of an animation renders: the network, the picture (size, zoom, centre, latent) and the coordinate transform.</summary>
    internal sealed record FrameState(CppnNetwork Network, RenderOptions View, CoordinateTransform Transform);
}
