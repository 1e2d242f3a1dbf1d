using System;
using System.Collections.Generic;

namespace CppnPS.Core.Model
{
    /// <summary>A weight matrix or bias vector does not have the shape its place in the network needs.</summary>
    public sealed class ShapeMismatchException : ArgumentException
    {
        /// <summary>Creates the exception with the expected and actual shapes.</summary>
        public ShapeMismatchException(string message, string what, IReadOnlyList<int> expected, IReadOnlyList<int> actual)
            : base(message)
        {
            What = what;
            Expected = expected;
            Actual = actual;
        }

        /// <summary>"weight" or "bias".</summary>
        public string What { get; }

        /// <summary>The shape that was needed.</summary>
        public IReadOnlyList<int> Expected { get; }

        /// <summary>The shape that was given.</summary>
        public IReadOnlyList<int> Actual { get; }
    }
}
