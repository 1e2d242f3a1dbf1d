using System;
using System.Collections.Generic;
using System.Globalization;
using CppnPS.Core.Model;

namespace CppnPS.Core.Rendering
{
    /// <summary>Where each network input comes from: the row, the column, the radius or a latent constant.</summary>
    internal sealed class InputLayout
    {
        public enum Source { Row, Column, Radius, Constant }

        private InputLayout(Source[] sources, float[] constants)
        {
            Sources = sources;
            Constants = constants;
        }

        public Source[] Sources { get; }

        /// <summary>The latent value of each input (0 for non-constant inputs).</summary>
        public float[] Constants { get; }

        public static InputLayout Create(IReadOnlyList<string> inputNames, IReadOnlyList<float> latent)
        {
            var sources = new Source[inputNames.Count];
            var constants = new float[inputNames.Count];
            int latentCount = 0;
            for (int i = 0; i < inputNames.Count; i++)
            {
                string name = inputNames[i];
                if (name == InputName.Row) sources[i] = Source.Row;
                else if (name == InputName.Column) sources[i] = Source.Column;
                else if (name == InputName.Radius) sources[i] = Source.Radius;
                else
                {
                    sources[i] = Source.Constant;
                    constants[i] = latentCount < latent.Count ? latent[latentCount] : 0f;
                    latentCount++;
                }
            }
            if (latent.Count != 0 && latent.Count != latentCount)
                throw new LatentSizeMismatchException(string.Format(CultureInfo.InvariantCulture,
                    "The network has {0} latent input(s) but {1} latent value(s) were given. Give {0} values, or none for all zeros.",
                    latentCount, latent.Count), latentCount, latent.Count);
            return new InputLayout(sources, constants);
        }
    }

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
