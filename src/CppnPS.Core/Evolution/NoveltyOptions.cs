using System;

namespace CppnPS.Core.Evolution
{
    /// <summary>How a novelty search runs (<see cref="NoveltySearch"/>). Immutable.</summary>
    public sealed record NoveltyOptions
    {
        /// <summary>Generations to breed, at least 1.</summary>
        public int Generations { get; init; } = 10;

        /// <summary>Networks per generation, at least 2.</summary>
        public int PopulationSize { get; init; } = 16;

        /// <summary>k: a picture's novelty is its mean distance to its k nearest neighbours.</summary>
        public int Neighbours { get; init; } = 5;

        /// <summary>The most novel pictures of each generation that join the archive.</summary>
        public int ArchivePerGeneration { get; init; } = 2;

        /// <summary>Side of the pictures the features are measured on, in pixels.</summary>
        public int ProbeSize { get; init; } = 32;

        /// <summary>How each child is mutated from its parent (its seed is drawn per child).</summary>
        public MutationOptions Mutation { get; init; } = new MutationOptions { Rate = 0.2, Size = 0.5 };

        /// <summary>Seed of the search: the same seed and start networks give the same result.</summary>
        public int Seed { get; init; }

        /// <summary>Checks every value and throws an <see cref="ArgumentOutOfRangeException"/> naming the first bad one.</summary>
        public void Validate()
        {
            if (Generations < 1 || Generations > 100_000) throw new ArgumentOutOfRangeException(nameof(Generations), Generations, "Generations must be between 1 and 100,000.");
            if (PopulationSize < 2 || PopulationSize > 10_000) throw new ArgumentOutOfRangeException(nameof(PopulationSize), PopulationSize, "The population must be between 2 and 10,000 networks.");
            if (Neighbours < 1) throw new ArgumentOutOfRangeException(nameof(Neighbours), Neighbours, "Neighbours (k) must be at least 1.");
            if (ArchivePerGeneration < 1 || ArchivePerGeneration > PopulationSize)
                throw new ArgumentOutOfRangeException(nameof(ArchivePerGeneration), ArchivePerGeneration, "ArchivePerGeneration must be between 1 and the population size.");
            if (ProbeSize < 4 || ProbeSize > 1024) throw new ArgumentOutOfRangeException(nameof(ProbeSize), ProbeSize, "ProbeSize must be between 4 and 1024 pixels.");
            if (Mutation is null) throw new ArgumentNullException(nameof(Mutation));
            Mutation.Validate();
        }
    }
}
