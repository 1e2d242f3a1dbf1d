using System;

namespace CppnPS.Core.Fitting
{
    /// <summary>How a network is fitted to a picture (<see cref="NetworkFitter"/>). Immutable.</summary>
    public sealed record FitOptions
    {
        /// <summary>The most steps accepted.</summary>
        public const int MaxSteps = 10_000_000;

        /// <summary>Adam steps, one mini-batch each; at least 1.</summary>
        public int Steps { get; init; } = 1000;

        /// <summary>Adam's step size.</summary>
        public double LearningRate { get; init; } = 0.003;

        /// <summary>Pixels per mini-batch, drawn at random (with replacement) from the target.</summary>
        public int BatchSize { get; init; } = 1024;

        /// <summary>Seed of the mini-batch draws.</summary>
        public int Seed { get; init; }

        /// <summary>Most threads to use; 0 = one per core. The result is the same for every value.</summary>
        public int ThrottleLimit { get; init; }

        /// <summary>Steps between progress reports (each measures the loss over the whole target).</summary>
        public int ReportEvery { get; init; } = 50;

        /// <summary>Threads the fit uses.</summary>
        public int EffectiveThreads => ThrottleLimit > 0 ? ThrottleLimit : Environment.ProcessorCount;

        /// <summary>Checks every value and throws an <see cref="ArgumentOutOfRangeException"/> naming the first bad one.</summary>
        public void Validate()
        {
            if (Steps < 1 || Steps > MaxSteps)
                throw new ArgumentOutOfRangeException(nameof(Steps), Steps, $"Steps must be between 1 and {MaxSteps:N0}: a fit of no steps would give the network back unchanged.");
            if (!(LearningRate > 0) || double.IsInfinity(LearningRate))
                throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "The learning rate must be a finite number above 0, e.g. 0.003.");
            if (BatchSize < 1 || BatchSize > 1 << 20)
                throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "The batch size must be between 1 and 1,048,576 pixels.");
            if (ThrottleLimit < 0)
                throw new ArgumentOutOfRangeException(nameof(ThrottleLimit), ThrottleLimit, "ThrottleLimit must be 0 (all cores) or more.");
            if (ReportEvery < 1)
                throw new ArgumentOutOfRangeException(nameof(ReportEvery), ReportEvery, "ReportEvery must be at least 1.");
        }
    }
}
