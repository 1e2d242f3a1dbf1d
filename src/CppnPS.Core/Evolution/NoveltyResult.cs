using System.Globalization;
using CppnPS.Core.Model;

namespace CppnPS.Core.Evolution
{
    /// <summary>A network the novelty search archived, with its novelty among the archive.</summary>
    public sealed class NoveltyResult
    {
        /// <summary>Records a result.</summary>
        public NoveltyResult(CppnNetwork network, double novelty)
        {
            Network = network;
            Novelty = novelty;
        }

        /// <summary>The network.</summary>
        public CppnNetwork Network { get; }

        /// <summary>Mean feature distance to its nearest neighbours in the archive: higher is more unlike the rest.</summary>
        public double Novelty { get; }

        /// <summary>"novelty 0.512: 2->16x9->3 tanh/sigmoid, ...".</summary>
        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "novelty {0:F3}: {1}", Novelty, Network);
    }
}
