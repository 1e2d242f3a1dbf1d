using System;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// How a render is computed on this machine: which engine and how many threads. These never
    /// change the picture (both engines and every thread count give the same samples), so they
    /// are kept apart from <see cref="Coordinates.RenderOptions"/>, which describes the picture
    /// and is saved with it. Immutable.
    /// </summary>
    public sealed record ExecutionOptions
    {
        /// <summary>The fast engine on every core.</summary>
        public static ExecutionOptions Default { get; } = new ExecutionOptions();

        /// <summary>Which implementation computes the pixels.</summary>
        public RenderEngineKind Engine { get; init; } = RenderEngineKind.Fast;

        /// <summary>Most threads to use; 0 = one per core.</summary>
        public int ThrottleLimit { get; init; }

        /// <summary>Threads the render uses: ThrottleLimit, or the core count when it is 0.</summary>
        public int EffectiveThreads => ThrottleLimit > 0 ? ThrottleLimit : Environment.ProcessorCount;

        /// <summary>Checks every value and throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
        public void Validate()
        {
            if (ThrottleLimit < 0) throw new ArgumentOutOfRangeException(nameof(ThrottleLimit), ThrottleLimit, "ThrottleLimit must be 0 (all cores) or more.");
            if (Engine != RenderEngineKind.Fast && Engine != RenderEngineKind.Reference)
                throw new ArgumentOutOfRangeException(nameof(Engine), Engine, "Engine must be Fast or Reference.");
        }

        /// <summary>"Fast, all cores" or "Reference, 2 threads".</summary>
        public override string ToString() => Engine + ", " + (ThrottleLimit > 0 ? ThrottleLimit + " thread(s)" : "all cores");
    }
}
