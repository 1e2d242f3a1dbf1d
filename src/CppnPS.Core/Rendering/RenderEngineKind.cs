namespace CppnPS.Core.Rendering
{
    /// <summary>Which implementation computes the pixels.</summary>
    public enum RenderEngineKind
    {
        /// <summary>The tiled, vectorised, multi-core engine users get by default.</summary>
        Fast,
        /// <summary>One pixel and one neuron at a time, the same fused multiply-add sums, exact activations: slow, simple, the ground truth for tests.</summary>
        Reference,
    }
}
