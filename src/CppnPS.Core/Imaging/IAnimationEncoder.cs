using System;
using System.Threading;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Imaging
{
    /// <summary>Writes an animation's frames, one at a time, as they arrive; <see cref="AnimationWriter"/> drives it on its own thread.</summary>
    internal interface IAnimationEncoder : IDisposable
    {
        /// <summary>Encodes frame <paramref name="index"/> (every frame has the first one's size).</summary>
        void WriteFrame(CppnImage frame, int index, CancellationToken cancellationToken);

        /// <summary>Ends the file after the last frame.</summary>
        void Finish(CancellationToken cancellationToken);
    }
}
