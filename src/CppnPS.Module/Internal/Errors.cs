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

        public static ErrorRecord Create(string message, string errorId, ErrorCategory category, object? target)
            => new ErrorRecord(new ArgumentException(message), errorId, category, target);
    }
}
