using System;

namespace CppnPS.Core.Motion
{
    /// <summary>An animation cannot be rendered as described; <see cref="Problem"/> says which rule it breaks and the message what to change.</summary>
    public sealed class InvalidAnimationException : ArgumentException
    {
        /// <summary>Creates the exception.</summary>
        public InvalidAnimationException(AnimationProblem problem, string message, string? paramName = null, Exception? innerException = null)
            : base(message, paramName, innerException)
        {
            Problem = problem;
        }

        /// <summary>Which rule the animation breaks.</summary>
        public AnimationProblem Problem { get; }
    }
}
