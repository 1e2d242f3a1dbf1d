namespace CppnPS.Core.Initialization
{
    /// <summary>Which layers have a bias vector.</summary>
    public enum BiasMode
    {
        /// <summary>Only the first layer (the article's network).</summary>
        First,
        /// <summary>Every layer.</summary>
        All,
        /// <summary>No layer.</summary>
        None,
    }
}
