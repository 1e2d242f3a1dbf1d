using System.Collections.Generic;
using System.Globalization;
using CppnPS.Core.Rendering;

namespace CppnPS.Bench
{
    /// <summary>One timed render configuration, measured in its own child process.</summary>
    internal sealed class RenderCase
    {
        public RenderCase(NetworkCase network, int size, RenderEngineKind engine, int throttleLimit, int runs, int warmUpSize)
        {
            Network = network;
            Size = size;
            Engine = engine;
            ThrottleLimit = throttleLimit;
            Runs = runs;
            WarmUpSize = warmUpSize;
        }

        public NetworkCase Network { get; }

        /// <summary>Environment variables of the worker process (the runtime's instruction-set switches); empty by default.</summary>
        public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
        public int Size { get; }
        public RenderEngineKind Engine { get; }

        /// <summary>ExecutionOptions.ThrottleLimit: 0 = all cores.</summary>
        public int ThrottleLimit { get; }

        /// <summary>Timed renders; the median is reported.</summary>
        public int Runs { get; }

        /// <summary>Side of the untimed first render (JIT, thread pool, caches).</summary>
        public int WarmUpSize { get; }

        public string Describe() => string.Format(CultureInfo.InvariantCulture, "{0} at {1}x{1}, {2}, {3}, {4} run(s)",
            Network.Name, Size, Engine, ThrottleLimit == 0 ? "all threads" : ThrottleLimit + " thread(s)", Runs);

        public IEnumerable<string> WorkerArguments()
        {
            yield return RenderWorker.Verb;
            yield return "--widths"; yield return Network.WidthsArgument;
            yield return "--size"; yield return Size.ToString(CultureInfo.InvariantCulture);
            yield return "--engine"; yield return Engine.ToString();
            yield return "--throttle"; yield return ThrottleLimit.ToString(CultureInfo.InvariantCulture);
            yield return "--runs"; yield return Runs.ToString(CultureInfo.InvariantCulture);
            yield return "--warmup-size"; yield return WarmUpSize.ToString(CultureInfo.InvariantCulture);
        }
    }
}
