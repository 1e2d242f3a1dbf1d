namespace CppnPS.Bench
{
    /// <summary>The JSON line a render worker prints.</summary>
    internal sealed class WorkerReport
    {
        /// <summary>Wall-clock seconds of each timed render.</summary>
        public double[] Seconds { get; set; } = System.Array.Empty<double>();

        /// <summary>Peak resident memory of the worker process (VmHWM), warm-up included.</summary>
        public long PeakResidentBytes { get; set; }

        /// <summary>Managed bytes allocated by one timed render (the mean of the runs).</summary>
        public long AllocatedBytesPerRender { get; set; }

        /// <summary>Threads the render was allowed (ExecutionOptions.EffectiveThreads).</summary>
        public int Threads { get; set; }

        /// <summary>A sum of the first render's samples, so a broken render cannot pass unnoticed as a fast one.</summary>
        public double SampleChecksum { get; set; }
    }
}
