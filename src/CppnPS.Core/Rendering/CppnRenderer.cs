using System;
using System.Threading;
using CppnPS.Core.Colour;
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
        /// <exception cref="ColourOutputsException">The colour scheme reads more outputs than the network has.</exception>
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
            options.Colour.CheckOutputs(compiled.OutputCount);
            var inputs = InputLayout.Create(compiled.InputNames, options.Latent ?? Array.Empty<float>());
            MemoryBudget.EnsureRenderFits(options.Width, options.Height);
            var samples = new float[(long)options.Width * options.Height * 3];
            float[]? alpha = options.Colour.Alpha ? new float[(long)options.Width * options.Height] : null;
            PictureComposer.RenderRows((grid, target, rows) => RunEngine(execution, compiled, inputs, grid, target, exactReferenceActivations, rows, cancellationToken),
                compiled, options, transform, 0, options.Height, samples, alpha, rowsDone, execution.EffectiveThreads, cancellationToken);
            return new CppnImage(options.Width, options.Height, samples, alpha, snapshot, options);
        }

        /// <summary>
        /// The picture <paramref name="options"/> describes of <paramref name="network"/>, not rendered: a
        /// deferred <see cref="CppnImage"/> (<see cref="CppnImage.IsDeferred"/>) that holds what to render and
        /// is rendered a band at a time as it is written (<see cref="Imaging.ImageExporter"/>), for pictures too
        /// large to hold in memory. Its samples will equal those <see cref="Render(CppnNetwork, RenderOptions, ExecutionOptions, IProgress{long}, CancellationToken)"/> gives.
        /// </summary>
        /// <exception cref="LatentSizeMismatchException">The latent vector does not match the network.</exception>
        /// <exception cref="ColourOutputsException">The colour scheme reads more outputs than the network has.</exception>
        public static CppnImage Defer(CppnNetwork network, RenderOptions options, ExecutionOptions? execution = null)
        {
            if (network is null) throw new ArgumentNullException(nameof(network));
            if (options is null) throw new ArgumentNullException(nameof(options));
            execution ??= ExecutionOptions.Default;
            options.Validate();
            execution.Validate();
            CppnNetwork snapshot = network.Clone();
            // Checked now, so a bad latent vector or colour scheme is reported where the picture is asked for, not when it is written.
            InputLayout.Create(snapshot.Inputs, options.Latent ?? Array.Empty<float>());
            options.Colour.CheckOutputs(snapshot.Layers[snapshot.Layers.Count - 1].OutputCount);
            return new CppnImage(snapshot, options, execution);
        }

        /// <summary>
        /// Renders <paramref name="image"/>'s picture band by band, top to bottom: bands of <paramref name="bandRows"/>
        /// rows (the last may be shorter) are rendered into one reused buffer and handed to <paramref name="band"/>
        /// (first row, row count, samples from index 0, and the alpha samples of a picture with alpha, else null)
        /// before the next is rendered. The samples equal a whole render's: every row is computed on its own, from the
        /// same coordinates.
        /// </summary>
        internal static void RenderBands(CppnImage image, int bandRows, Action<int, int, float[], float[]?> band, IProgress<long>? rowsDone, CancellationToken cancellationToken)
        {
            if (bandRows < 1) throw new ArgumentOutOfRangeException(nameof(bandRows), bandRows, "A band holds at least one row.");
            if (!image.IsDeferred) throw new ArgumentException("Only a deferred picture is rendered in bands.", nameof(image));
            int rowLength = image.Width * 3;
            var samples = new float[(long)Math.Min(bandRows, image.Height) * rowLength];
            RenderOptions options = image.Options!;
            var alpha = options.Colour.Alpha ? new float[(long)Math.Min(bandRows, image.Height) * image.Width] : null;
            ExecutionOptions execution = image.DeferredExecution!;
            var compiled = new CompiledNetwork(image.Network!);
            var inputs = InputLayout.Create(compiled.InputNames, options.Latent ?? Array.Empty<float>());
            for (int first = 0; first < image.Height; first += bandRows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int rows = Math.Min(bandRows, image.Height - first);
                float[] target = rows == bandRows ? samples : new float[(long)rows * rowLength];
                float[]? targetAlpha = alpha is null ? null : rows == bandRows ? alpha : new float[(long)rows * image.Width];
                PictureComposer.RenderRows((grid, buffer, done) => RunEngine(execution, compiled, inputs, grid, buffer, exactReferenceActivations: true, done, cancellationToken),
                    compiled, options, null, first, rows, target, targetAlpha, rowsDone, execution.EffectiveThreads, cancellationToken);
                band(first, rows, target, targetAlpha);
            }
        }

        // The one place the engine is chosen: the reference engine or the tiled fast engine on the execution's threads.
        internal static void RunEngine(ExecutionOptions execution, CompiledNetwork compiled, InputLayout inputs, CoordinateGrid grid, float[] samples,
            bool exactReferenceActivations, IProgress<long>? rowsDone, CancellationToken cancellationToken)
        {
            if (execution.Engine == RenderEngineKind.Reference)
                ReferenceEngine.Render(compiled, inputs, grid, samples, cancellationToken, rowsDone, exactReferenceActivations);
            else
                TiledEngine.Render(compiled, inputs, grid, samples, execution.EffectiveThreads, cancellationToken, rowsDone);
        }
    }
}
