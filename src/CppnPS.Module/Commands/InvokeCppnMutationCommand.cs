using System;
using System.Management.Automation;
using CppnPS.Core.Evolution;
using CppnPS.Core.Model;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Breeds children from each piped network by mutation: weights, hidden layers' activations
    /// and structure, each with its own chance; seeded, and recorded in each child's lineage.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "CppnMutation")]
    [OutputType(typeof(CppnNetwork))]
    public sealed class InvokeCppnMutationCommand : CppnCmdlet
    {
        // Core owns the mutation defaults; the parameters start from them.
        private static readonly MutationOptions MutationDefaults = new MutationOptions();

        /// <summary>The parent; it is never changed.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, Position = 0)]
        public CppnNetwork Network { get; set; } = null!;

        /// <summary>Share of weights and biases that change, 0 to 1.</summary>
        [Parameter]
        [ValidateRange(0.0, 1.0)]
        public double Rate { get; set; } = MutationDefaults.Rate;

        /// <summary>Standard deviation of the noise added to a weight that changes.</summary>
        [Parameter]
        [ValidateRange(0.0, 1e6)]
        public double Size { get; set; } = MutationDefaults.Size;

        /// <summary>Chance that each hidden neuron takes another activation from the catalogue.</summary>
        [Parameter]
        [ValidateRange(0.0, 1.0)]
        public double ActivationRate { get; set; }

        /// <summary>Chance that a neuron is added to a hidden layer.</summary>
        [Parameter]
        [ValidateRange(0.0, 1.0)]
        public double AddNeuronRate { get; set; }

        /// <summary>Chance that a neuron is removed from a hidden layer.</summary>
        [Parameter]
        [ValidateRange(0.0, 1.0)]
        public double RemoveNeuronRate { get; set; }

        /// <summary>Chance that a near-identity layer is inserted.</summary>
        [Parameter]
        [ValidateRange(0.0, 1.0)]
        public double AddLayerRate { get; set; }

        /// <summary>Children per parent.</summary>
        [Parameter]
        [ValidateRange(1, 10000)]
        public int Count { get; set; } = 1;

        /// <summary>Seed of the brood: the same seed and parent give the same children. Default: a fresh seed.</summary>
        [Parameter]
        public int? Seed { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            var options = new MutationOptions
            {
                Rate = Rate,
                Size = Size,
                ActivationRate = ActivationRate,
                AddNeuronRate = AddNeuronRate,
                RemoveNeuronRate = RemoveNeuronRate,
                AddLayerRate = AddLayerRate,
            };
            int seed = Seed ?? NetworkVariation.NewSeed();
            try
            {
                for (int k = 0; k < Count; k++)
                {
                    StopToken.ThrowIfCancellationRequested();
                    WriteObject(NetworkVariation.Mutate(Network, options with { Seed = NetworkVariation.ChildSeed(seed, Network, k) }));
                }
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: nothing more to write.
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidMutationOptions, ErrorCategory.InvalidArgument, Network));
            }
        }
    }
}
