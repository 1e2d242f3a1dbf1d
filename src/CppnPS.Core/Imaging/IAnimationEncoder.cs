using System;
using System.Threading;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// Writes an animation's frames as they arrive, in two steps: <see cref="Prepare"/>, the costly part (palette,
    /// compression), which may run for several frames at once on any threads, and <see cref="Write"/>, in frame
    /// order on <see cref="AnimationWriter"/>'s own thread.
    /// </summary>
    internal interface IAnimationEncoder : IDisposable
    {
        /// <summary>The bytes that stand for <paramref name="frame"/> in the file (every frame has the first one's size). Thread-safe.</summary>
        byte[] Prepare(CppnImage frame, CancellationToken cancellationToken);

        /// <summary>Writes frame <paramref name="index"/>, as <see cref="Prepare"/> made it.</summary>
        void Write(byte[] prepared, int index, CancellationToken cancellationToken);

        /// <summary>Ends the file after the last frame.</summary>
        void Finish(CancellationToken cancellationToken);
    }
}
