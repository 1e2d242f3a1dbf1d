using System;

namespace CppnPS.Core.Evolution
{
    /// <summary>
    /// What one mutation does (<see cref="NetworkVariation.Mutate"/>): how many weights change and
    /// by how much, how often a hidden neuron's activation changes, and how likely each structural
    /// change is. All zero changes nothing. Immutable.
    /// </summary>
    public sealed record MutationOptions
    {
        /// <summary>The share of weights and biases that change, 0 to 1.</summary>
        public double Rate { get; init; } = 0.1;

        /// <summary>The standard deviation of the normal noise added to a weight that changes.</summary>
        public double Size { get; init; } = 0.5;

        /// <summary>The chance, 0 to 1, that each hidden neuron takes another activation from the catalogue.</summary>
        public double ActivationRate { get; init; }

        /// <summary>The chance, 0 to 1, that a neuron is added to a hidden layer.</summary>
        public double AddNeuronRate { get; init; }

        /// <summary>The chance, 0 to 1, that a neuron is removed from a hidden layer of two or more.</summary>
        public double RemoveNeuronRate { get; init; }

        /// <summary>The chance, 0 to 1, that a near-identity layer is inserted.</summary>
        public double AddLayerRate { get; init; }

        /// <summary>The seed of every random draw; the same seed and parent give the same child.</summary>
        public int Seed { get; init; }

        /// <summary>Checks every value and throws an <see cref="ArgumentOutOfRangeException"/> naming the first bad one.</summary>
        public void Validate()
        {
            Chance(Rate, nameof(Rate));
            if (!(Size >= 0) || double.IsInfinity(Size))
                throw new ArgumentOutOfRangeException(nameof(Size), Size, "Size must be a finite number, 0 or more.");
            Chance(ActivationRate, nameof(ActivationRate));
            Chance(AddNeuronRate, nameof(AddNeuronRate));
            Chance(RemoveNeuronRate, nameof(RemoveNeuronRate));
            Chance(AddLayerRate, nameof(AddLayerRate));
        }

        private static void Chance(double value, string name)
        {
            if (!(value >= 0 && value <= 1)) throw new ArgumentOutOfRangeException(name, value, name + " must be between 0 and 1.");
        }
    }
}
