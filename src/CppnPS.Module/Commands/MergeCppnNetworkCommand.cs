using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using CppnPS.Core.Evolution;
using CppnPS.Core.Model;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Breeds children of two parents of the same shape by crossover, per weight or per neuron;
    /// seeded, and recorded in each child's lineage.
    /// </summary>
    [Cmdlet(VerbsData.Merge, "CppnNetwork")]
    [OutputType(typeof(CppnNetwork))]
    public sealed class MergeCppnNetworkCommand : CppnCmdlet
    {
        private readonly List<CppnNetwork> _parents = new List<CppnNetwork>();

        /// <summary>The two parents, given at once or piped one after the other; they are never changed.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, Position = 0)]
        public CppnNetwork[] Network { get; set; } = null!;

        /// <summary>Neuron (default): each neuron whole from one parent; Weight: each weight from either.</summary>
        [Parameter]
        public CrossoverMode Mode { get; set; } = CrossoverMode.Neuron;

        /// <summary>Children to breed.</summary>
        [Parameter]
        [ValidateRange(1, 10000)]
        public int Count { get; set; } = 1;

        /// <summary>Seed of the brood: the same seed and parents give the same children. Default: a fresh seed.</summary>
        [Parameter]
        public int? Seed { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            foreach (var network in Network)
                if (network != null) _parents.Add(network);
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            try
            {
                if (_parents.Count != 2)
                    ThrowTerminatingError(Errors.Create(string.Format(CultureInfo.InvariantCulture,
                        "Merge-CppnNetwork crosses exactly two parents; it got {0}. Pass two networks: Merge-CppnNetwork $a, $b.", _parents.Count),
                        ErrorIds.ParentCount, ErrorCategory.InvalidArgument, _parents.ToArray()));
                int seed = Seed ?? NetworkVariation.NewSeed();
                for (int k = 0; k < Count; k++)
                {
                    StopToken.ThrowIfCancellationRequested();
                    WriteObject(NetworkVariation.Crossover(_parents[0], _parents[1], Mode, NetworkVariation.ChildSeed(seed, _parents[0], k)));
                }
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: nothing more to write.
            }
            catch (ShapeMismatchException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.ParentShapeMismatch, ErrorCategory.InvalidArgument, _parents.ToArray()));
            }
            finally
            {
                base.EndProcessing();
            }
        }
    }
}
