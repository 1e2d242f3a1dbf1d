using System;
using System.Collections.Generic;
using System.Management.Automation;
using CppnPS.Core.Quotes;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Writes stoic-sounding sentences that a small character-level network, trained on Marcus Aurelius and Epictetus
    /// in George Long's translations, makes up for a seed: the same seed gives the same sentences.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CppnQuote")]
    [OutputType(typeof(string))]
    public sealed class GetCppnQuoteCommand : CppnCmdlet
    {
        /// <summary>The seed; the same seed gives the same sentences.</summary>
        [Parameter(Position = 0)]
        public int Seed { get; set; } = 1;

        /// <summary>How many sentences, 1 to 10,000; the first n are the same whatever the count.</summary>
        [Parameter]
        [ValidateRange(1, 10000)]
        public int Count { get; set; } = 1;

        /// <summary>How freely characters are chosen, 0.05 to 1: lower keeps closer to the corpus's habits. 0.6 by default.</summary>
        [Parameter]
        [ValidateRange(QuoteModel.MinTemperature, QuoteModel.MaxTemperature)]
        public double Temperature { get; set; } = QuoteModel.DefaultTemperature;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            IReadOnlyList<string> sentences;
            try
            {
                sentences = QuoteModel.Default.Generate(Seed, Count, Temperature, StopToken);
            }
            catch (OperationCanceledException)
            {
                return;     // Ctrl+C: the pipeline is being stopped.
            }
            foreach (string sentence in sentences) WriteObject(sentence);
        }
    }
}
