using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Motion
{
    /// <summary>
    /// Renders an <see cref="Animation"/>'s frames. Each frame is a <see cref="CppnImage"/> like any
    /// render, whose <see cref="CppnImage.Network"/> and <see cref="CppnImage.Options"/> are that instant's
    /// network and view, and whose <see cref="CppnImage.Frame"/> gives its index, time and the animation's
    /// description. A rotation, spiral or wave is not among the <see cref="CppnImage.Options"/> (a still has
    /// none): such a frame re-renders from its description. Frames are the same bits whether rendered
    /// together or alone, with either engine's arithmetic as a still would be, and on any number of threads.
    /// To re-render frame k of a file at another size: <c>AnimationRenderer.RenderFrame(AnimationJson.Read(
    /// AnimationFileText.Read(path)), k, animation.Picture.Resize(width, null))</c>.
    /// </summary>
    public static class AnimationRenderer
    {
        /// <summary>
        /// The frames of <paramref name="animation"/>, in order, at <paramref name="picture"/> (its size and
        /// starting view; null keeps the animation's own <see cref="Animation.Picture"/>). Frames render
        /// ahead on all cores (<paramref name="execution"/>'s thread count) while earlier ones are consumed,
        /// so a writer encoding frame k overlaps the rendering of the next ones; at most one frame per thread
        /// is held ahead. The animation is validated before the first frame is asked for.
        /// <paramref name="rowsDone"/> is told of every finished row of every frame (FrameCount x Height rows
        /// in all), from worker threads. Cancelling, or disposing the enumerator, stops the frames in flight;
        /// cancelling throws <see cref="OperationCanceledException"/> from the enumerator.
        /// </summary>
        /// <exception cref="InvalidAnimationException">The animation breaks a rule (<see cref="Animation.Validate"/>).</exception>
        /// <exception cref="ImageTooLargeException">A frame cannot fit in memory.</exception>
        public static IEnumerable<CppnImage> Render(Animation animation, RenderOptions? picture = null, ExecutionOptions? execution = null,
            IProgress<long>? rowsDone = null, CancellationToken cancellationToken = default)
        {
            Prepared prepared = Prepare(animation, picture, execution);
            MemoryBudget.EnsureRenderFits(prepared.Animation.Picture.Width, prepared.Animation.Picture.Height);
            return RenderFrames(prepared, rowsDone, cancellationToken);
        }

        /// <summary>
        /// Frame <paramref name="index"/> of <paramref name="animation"/> alone, at <paramref name="picture"/>
        /// (null: the animation's own): the same bits it has among all the frames.
        /// </summary>
        /// <exception cref="InvalidAnimationException">The animation breaks a rule, or the index is outside 0..FrameCount - 1 (<see cref="AnimationProblem.FrameCount"/>).</exception>
        /// <exception cref="ImageTooLargeException">The frame cannot fit in memory.</exception>
        public static CppnImage RenderFrame(Animation animation, int index, RenderOptions? picture = null, ExecutionOptions? execution = null,
            IProgress<long>? rowsDone = null, CancellationToken cancellationToken = default)
        {
            Prepared prepared = Prepare(animation, picture, execution);
            prepared.Animation.TimeOf(index);
            return RenderOne(prepared, index, prepared.Execution, rowsDone, cancellationToken);
        }

        /// <summary>Frame <paramref name="index"/>, which may be FrameCount: the frame after the last, which a seamless animation makes frame 0 again.</summary>
        internal static CppnImage RenderAtIndex(Animation animation, int index, ExecutionOptions? execution = null)
        {
            Prepared prepared = Prepare(animation, null, execution);
            return RenderOne(prepared, index, prepared.Execution, null, default);
        }

        /// <summary>What is rendered at time <paramref name="time"/>, with <paramref name="execution"/>'s engine and the exact or fast activations.</summary>
        internal static CppnImage RenderAtTime(Animation animation, double time, ExecutionOptions execution, bool exactReferenceActivations = true)
        {
            animation.Validate();
            FrameState state = animation.StateAt(time);
            return CppnRenderer.Render(state.Network, state.View, state.Transform, execution, exactReferenceActivations, null, default);
        }

        private static Prepared Prepare(Animation animation, RenderOptions? picture, ExecutionOptions? execution)
        {
            if (animation is null) throw new ArgumentNullException(nameof(animation));
            execution ??= ExecutionOptions.Default;
            execution.Validate();
            Animation used = picture is null ? animation : animation with { Picture = picture };
            // Networks can be changed while the frames render (Set-CppnWeights on the same object); each frame
            // reads a snapshot taken here, the one the description records.
            if (used.Networks != null) used = used with { Networks = used.Networks.Select(n => n?.Clone()!).ToArray() };
            // Write validates; the description is shared by every frame.
            string description = AnimationJson.Write(used);
            return new Prepared(used, description, execution);
        }

        private static IEnumerable<CppnImage> RenderFrames(Prepared prepared, IProgress<long>? rowsDone, CancellationToken cancellationToken)
        {
            int count = prepared.Animation.FrameCount;
            int threads = Math.Max(1, prepared.Execution.EffectiveThreads);
            int window = Math.Max(1, Math.Min(Math.Min(threads, count), FramesThatFit(prepared.Animation.Picture)));
            // Whole frames in parallel, each on its own threads share: no per-row hand-offs for small frames,
            // and all cores busy even when there are fewer rows than cores. The bits do not depend on it.
            var frameExecution = prepared.Execution with { ThrottleLimit = Math.Max(1, threads / window) };
            using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var pending = new Queue<Task<CppnImage>>();
                int next = 0;
                try
                {
                    for (int k = 0; k < count; k++)
                    {
                        while (next < count && pending.Count < window)
                        {
                            int index = next++;
                            pending.Enqueue(Task.Run(() => RenderOne(prepared, index, frameExecution, rowsDone, stop.Token), stop.Token));
                        }
                        // Checked here too: a frame finished before the cancellation is not handed out after it.
                        cancellationToken.ThrowIfCancellationRequested();
                        yield return pending.Dequeue().GetAwaiter().GetResult();
                    }
                }
                finally
                {
                    // Stopped early (cancelled, failed or the consumer let go): stop the frames in flight and wait for them.
                    stop.Cancel();
                    foreach (Task<CppnImage> task in pending)
                    {
                        try
                        {
                            task.Wait(CancellationToken.None);
                        }
                        catch (AggregateException)
                        {
                            // Their pictures are not wanted; the first failure has already been thrown.
                        }
                    }
                }
            }
        }

        private static CppnImage RenderOne(Prepared prepared, int index, ExecutionOptions execution, IProgress<long>? rowsDone, CancellationToken cancellationToken)
        {
            Animation animation = prepared.Animation;
            double time = animation.TimeAt(index);
            FrameState state = animation.StateAt(time);
            CppnImage image = CppnRenderer.Render(state.Network, state.View, state.Transform, execution, true, rowsDone, cancellationToken);
            return image.WithFrame(new FrameInfo(index, animation.FrameCount, time, prepared.Description));
        }

        /// <summary>How many frames of <paramref name="picture"/> may be in memory at once: a quarter of what the process may use.</summary>
        private static int FramesThatFit(RenderOptions picture)
        {
            long available = MemoryBudget.AvailableBytes();
            if (available == long.MaxValue) return int.MaxValue;
            // Samples, plus the transformed grid's two coordinates per pixel.
            long perFrame = picture.OutputBytes + (long)picture.Width * picture.Height * 2 * sizeof(float);
            return (int)Math.Max(1, Math.Min(int.MaxValue, available / 4 / Math.Max(1, perFrame)));
        }

        private sealed record Prepared(Animation Animation, string Description, ExecutionOptions Execution);
    }
}
