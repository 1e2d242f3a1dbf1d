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
            _message = message;
        }

        private readonly string _message;

        /// <summary>What is wrong and what to change, without the "(Parameter 'name')" that <see cref="ArgumentException"/> appends: the message is shown to users, the name is in <see cref="ArgumentException.ParamName"/>.</summary>
        public override string Message => _message;

        /// <summary>Which rule the animation breaks.</summary>
        public AnimationProblem Problem { get; }
    }
}
