using System.Management.Automation;
using CppnPS.Core.Motion;

namespace CppnPS.Module.Internal
{
    /// <summary>The error record of an animation that breaks a rule: its ErrorId follows the rule broken.</summary>
    internal static class AnimationErrors
    {
        public static ErrorRecord Create(InvalidAnimationException ex, object? target) => ex.Problem switch
        {
            AnimationProblem.NetworkShapes => Errors.Create(ex, ErrorIds.MorphShapeMismatch, ErrorCategory.InvalidData, target),
            AnimationProblem.Easing => Errors.Create(ex, ErrorIds.UnknownEasing, ErrorCategory.InvalidArgument, target),
            _ => Errors.Create(ex, ErrorIds.InvalidAnimation, ErrorCategory.InvalidArgument, target),
        };
    }
}
