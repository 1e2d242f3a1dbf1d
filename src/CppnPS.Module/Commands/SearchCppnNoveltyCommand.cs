using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using CppnPS.Core.Evolution;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Evolves pictures with no user, by novelty: breeds generations from the piped networks,
    /// keeps an archive of the most unusual, and writes the most diverse as one montage.
    /// </summary>
    [Cmdlet(VerbsCommon.Search, "CppnNovelty")]
    [OutputType(typeof(CppnImage))]
    public sealed class SearchCppnNoveltyCommand : CppnCmdlet
    {
        // Core owns the mutation defaults; the parameters start from them.
        private static readonly MutationOptions MutationDefaults = new MutationOptions();

        // The montage's dark grey, so that bright and dark pictures both stand out.
        private static readonly float[] Background = { 0.12f, 0.12f, 0.12f };
        private readonly List<CppnNetwork> _start = new List<CppnNetwork>();

        /// <summary>The networks to start from; piped networks are collected.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, Position = 0)]
        public CppnNetwork[] Network { get; set; } = null!;

        /// <summary>Generations to breed.</summary>
        [Parameter]
        [ValidateRange(1, 100000)]
        public int Generations { get; set; } = 10;

        /// <summary>Networks per generation.</summary>
        [Parameter]
        [ValidateRange(2, 10000)]
        public int PopulationSize { get; set; } = 16;

        /// <summary>k, the nearest neighbours a picture's novelty is measured against.</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int Neighbours { get; set; } = 5;

        /// <summary>The most diverse pictures to show.</summary>
        [Parameter]
        [ValidateRange(1, 10000)]
        public int Count { get; set; } = 9;

        /// <summary>Side of each picture in the montage, in pixels.</summary>
        [Parameter]
        [ValidateRange(1, 4096)]
        public int Size { get; set; } = 64;

        /// <summary>Share of weights each mutation changes.</summary>
        [Parameter]
        [ValidateRange(0.0, 1.0)]
        public double Rate { get; set; } = 0.2;

        /// <summary>Standard deviation of each weight change.</summary>
        [Parameter]
        [ValidateRange(0.0, 1e6)]
        public double MutationSize { get; set; } = MutationDefaults.Size;

        /// <summary>Seed of the search. Default: a fresh seed.</summary>
        [Parameter]
        public int? Seed { get; set; }

        /// <summary>Most threads to render with; 0 (default) uses every core.</summary>
        [Parameter]
        [ValidateRange(0, 1024)]
        public int ThrottleLimit { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            foreach (var network in Network)
                if (network != null) _start.Add(network);
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            try
            {
                var options = new NoveltyOptions
                {
                    Generations = Generations,
                    PopulationSize = PopulationSize,
                    Neighbours = Neighbours,
                    ArchivePerGeneration = Math.Max(1, Math.Min(PopulationSize, (Count + Generations - 1) / Generations + 1)),
                    Mutation = new MutationOptions { Rate = Rate, Size = MutationSize },
                    Seed = Seed ?? NetworkVariation.NewSeed(),
                };
                var execution = new ExecutionOptions { ThrottleLimit = ThrottleLimit };
                var progress = new ProgressRecord(0x43505053, "Search-CppnNovelty",
                    string.Format(CultureInfo.InvariantCulture, "Breeding {0} generations of {1}", Generations, PopulationSize));
                CppnImage montage = RunInBackground(progress, Generations, (token, done) =>
                {
                    var results = NoveltySearch.Run(_start, options, execution, done, token);
                    var images = results.Take(Count).Select(r => CppnRenderer.Render(r.Network,
                        (r.Network.View ?? new Core.Coordinates.RenderOptions()) with { Width = Size, Height = Size }, execution, null, token)).ToArray();
                    return ImageMontage.Create(images, 0, 4, Background);
                });
                WriteObject(montage);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: nothing to write.
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidMutationOptions, ErrorCategory.InvalidArgument, _start.ToArray()));
            }
            finally
            {
                base.EndProcessing();
            }
        }
    }
}
