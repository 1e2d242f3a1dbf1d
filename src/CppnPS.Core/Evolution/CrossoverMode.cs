namespace CppnPS.Core.Evolution
{
    /// <summary>What a crossover takes from one parent or the other as a whole.</summary>
    public enum CrossoverMode
    {
        /// <summary>Each weight and bias from either parent, by a fair coin.</summary>
        Weight,

        /// <summary>Each neuron (its incoming weights and its bias) from either parent, by a fair coin.</summary>
        Neuron,
    }
}
