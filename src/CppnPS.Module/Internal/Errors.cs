using System;
using System.Management.Automation;

namespace CppnPS.Module.Internal
{
    /// <summary>Builds error records with a stable ErrorId, a real category and the offending value as target.</summary>
    internal static class Errors
    {
        public static ErrorRecord Create(Exception exception, string errorId, ErrorCategory category, object? target, string? recommendedAction = null)
        {
            var record = new ErrorRecord(exception, errorId, category, target);
            if (recommendedAction != null)
                record.ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = recommendedAction };
            return record;
        }

        /// <summary>A deferred picture (too large to hold) reached a cmdlet that needs its samples.</summary>
        public static ErrorRecord Deferred(CppnPS.Core.Rendering.CppnImage image)
            => Create(new CppnPS.Core.Rendering.DeferredImageException(image), ErrorIds.DeferredImage, ErrorCategory.InvalidOperation, image,
                "Pipe it to Export-CppnImage with a .png path, or render a smaller size.");

        public static ErrorRecord Create(string message, string errorId, ErrorCategory category, object? target)
            => new ErrorRecord(new ArgumentException(message), errorId, category, target);
    }
}
