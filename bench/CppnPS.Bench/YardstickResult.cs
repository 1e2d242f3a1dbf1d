namespace CppnPS.Bench
{
    /// <summary>One run of another implementation on the same weights, or why it did not run.</summary>
    internal sealed class YardstickResult
    {
        public YardstickResult(string implementation, int size, int threads, double? seconds, string? skipReason)
        {
            Implementation = implementation;
            Size = size;
            Threads = threads;
            Seconds = seconds;
            SkipReason = skipReason;
        }

        public string Implementation { get; }

        /// <summary>The network's name, as <see cref="NetworkCase.Name"/>.</summary>
        public string Network { get; init; } = "";
        public int Size { get; }
        public int Threads { get; }

        /// <summary>Seconds of the forward pass, as the program itself timed it.</summary>
        public double? Seconds { get; }

        public string? SkipReason { get; }

        public double? MegapixelsPerSecond => Seconds is double s && s > 0 ? (double)Size * Size / s / 1e6 : null;
    }
}
