using System;

namespace CppnPS.Core.Colour
{
    /// <summary>A colour scheme reads more network outputs than the network has.</summary>
    public sealed class ColourOutputsException : ArgumentException
    {
        /// <summary>Creates the exception.</summary>
        public ColourOutputsException(string message, int needed, int available) : base(message)
        {
            Needed = needed;
            Available = available;
        }

        /// <summary>The outputs the colour scheme reads.</summary>
        public int Needed { get; }

        /// <summary>The outputs the network has.</summary>
        public int Available { get; }
    }
}
