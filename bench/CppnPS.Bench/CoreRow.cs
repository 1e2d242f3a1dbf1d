namespace CppnPS.Bench
{
    /// <summary>One line of the render table: a network at a size, on each engine and thread count.</summary>
    internal sealed class CoreRow
    {
        public CoreRow(NetworkCase network, int size, RenderCaseResult? reference, RenderCaseResult fastOneThread, RenderCaseResult fastAllThreads)
        {
            Network = network;
            Size = size;
            Reference = reference;
            FastOneThread = fastOneThread;
            FastAllThreads = fastAllThreads;
        }

        public NetworkCase Network { get; }
        public int Size { get; }

        /// <summary>The reference engine, measured at a small size (it is slow); MP/s does not depend on the size.</summary>
        public RenderCaseResult? Reference { get; }

        public RenderCaseResult FastOneThread { get; }
        public RenderCaseResult FastAllThreads { get; }
    }
}
