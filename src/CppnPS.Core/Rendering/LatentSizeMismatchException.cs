using System;

namespace CppnPS.Core.Rendering
{
    /// <summary>The latent vector given to a render does not match the network's latent inputs.</summary>
    public sealed class LatentSizeMismatchException : ArgumentException
    {
        /// <summary>Creates the exception.</summary>
        public LatentSizeMismatchException(string message, int expected, int actual) : base(message)
        {
            Expected = expected;
            Actual = actual;
        }

        /// <summary>Latent inputs of the network.</summary>
        public int Expected { get; }

        /// <summary>Latent values given.</summary>
        public int Actual { get; }
    }
}
