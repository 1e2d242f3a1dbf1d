namespace CppnPS.Core.Rendering
{
    /// <summary>Which implementation computes the pixels.</summary>
    public enum RenderEngineKind
    {
        /// <summary>The tiled, vectorised, multi-core engine users get by default.</summary>
        Fast,
        /// <summary>Plain MathNet matrix products, layer by layer: slow, simple, the ground truth for tests.</summary>
        Reference,
    }
}
