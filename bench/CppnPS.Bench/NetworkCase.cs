using System.Collections.Generic;
using CppnPS.Core.Model;

namespace CppnPS.Bench
{
    /// <summary>A network shape the benchmark renders, always drawn with seed 1.</summary>
    internal sealed class NetworkCase
    {
        public NetworkCase(string name, IReadOnlyList<int> hiddenWidths)
        {
            Name = name;
            HiddenWidths = hiddenWidths;
        }

        /// <summary>"8x16" (hidden x width, the article's notation) or "funnel 128-64-32-16-8-4".</summary>
        public string Name { get; }

        public IReadOnlyList<int> HiddenWidths { get; }

        public static NetworkCase Uniform(int hidden, int width) =>
            new NetworkCase($"{hidden}x{width}", NetworkOptions.WidthsFor(hidden, width));

        public static NetworkCase Funnel(params int[] widths) =>
            new NetworkCase("funnel " + string.Join("-", widths), widths);

        public CppnNetwork Create() => CppnNetwork.Create(new NetworkOptions { HiddenWidths = HiddenWidths, Seed = 1 });

        /// <summary>
        /// Floating-point operations per pixel counted as ref_cppn.py counts them: a multiply and
        /// an add per weight, one add per bias (the first layer's), activations not counted.
        /// </summary>
        public long FlopPerPixel
        {
            get
            {
                long flop = 0;
                int inputs = 2;
                for (int l = 0; l <= HiddenWidths.Count; l++)
                {
                    int outputs = l < HiddenWidths.Count ? HiddenWidths[l] : NetworkOptions.OutputCount;
                    flop += 2L * inputs * outputs;
                    if (l == 0) flop += outputs;
                    inputs = outputs;
                }
                return flop;
            }
        }

        public string WidthsArgument => string.Join(",", HiddenWidths);
    }
}
