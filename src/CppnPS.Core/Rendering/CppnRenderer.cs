using System;
using System.Threading;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Motion;

namespace CppnPS.Core.Rendering
{
    /// <summary>Renders networks to images.</summary>
    public static class CppnRenderer
    {
        /// <summary>
        /// Renders the picture <paramref name="options"/> describes of <paramref name="network"/>, computed
        /// as <paramref name="execution"/> says (default: the fast engine on every core). The network is
        /// snapshotted first and never changed. <paramref name="rowsDone"/> is told of each finished
        /// row, from worker threads. Cancelling throws <see cref="OperationCanceledException"/>.
        /// </summary>
        /// <exception cref="ImageTooLargeException">The output cannot fit in memory; raised before allocating.</exception>
        /// <exception cref="LatentSizeMismatchException">The latent vector does not match the network.</exception>
        public static CppnImage Render(CppnNetwork network, RenderOptions options, ExecutionOptions? execution = null,
            IProgress<long>? rowsDone = null, CancellationToken cancellationToken = default)
            => Render(network, options, execution, exactReferenceActivations: true, rowsDone, cancellationToken);

        /// <summary>As above; the reference engine may use the fast activations, to test the fast engine's arithmetic alone.</summary>
        internal static CppnImage Render(CppnNetwork network, RenderOptions options, ExecutionOptions? execution, bool exactReferenceActivations,
            IProgress<long>? rowsDone, CancellationToken cancellationToken)
            => Render(network, options, null, execution, exactReferenceActivations, rowsDone, cancellationToken);

        /// <summary>As above, the coordinates moved by <paramref name="transform"/> (an animation's rotation or warp; null for none).</summary>
        internal static CppnImage Render(CppnNetwork network, RenderOptions options, CoordinateTransform? transform, ExecutionOptions? execution,
            bool exactReferenceActivations, IProgress<long>? rowsDone, CancellationToken cancellationToken)
        {
            if (network is null) throw new ArgumentNullException(nameof(network));
            if (options is null) throw new ArgumentNullException(nameof(options));
            execution ??= ExecutionOptions.Default;
            options.Validate();
            execution.Validate();
            CppnNetwork snapshot = network.Clone();
            var compiled = new CompiledNetwork(snapshot);
            var inputs = InputLayout.Create(compiled.InputNames, options.Latent ?? Array.Empty<float>());
            MemoryBudget.EnsureRenderFits(options.Width, options.Height);
            var grid = CoordinateGrid.Create(options, transform);
            var samples = new float[(long)options.Width * options.Height * 3];
            if (execution.Engine == RenderEngineKind.Reference)
                ReferenceEngine.Render(compiled, inputs, grid, samples, cancellationToken, rowsDone, exactReferenceActivations);
            else
                TiledEngine.Render(compiled, inputs, grid, samples, execution.EffectiveThreads, cancellationToken, rowsDone);
            return new CppnImage(options.Width, options.Height, samples, snapshot, options);
        }
    }
}
