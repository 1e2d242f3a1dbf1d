using System;
using System.Globalization;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// The samples of a deferred picture (<see cref="CppnImage.IsDeferred"/>) were asked for: it is rendered
    /// only a band at a time, as it is exported to PNG.
    /// </summary>
    public sealed class DeferredImageException : InvalidOperationException
    {
        /// <summary>Creates the exception for <paramref name="image"/>.</summary>
        public DeferredImageException(CppnImage image)
            : base(string.Format(CultureInfo.InvariantCulture,
                "The {0}x{1} picture is deferred: it is too large to hold in memory (or was asked for deferred), so it has no samples here " +
                "and is rendered a band at a time only as Export-CppnImage writes it to a PNG file. Pipe it to Export-CppnImage with a .png path, " +
                "or render a smaller size to show, measure or join it.",
                image?.Width ?? 0, image?.Height ?? 0))
        {
        }
    }
}
