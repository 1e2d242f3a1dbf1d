using System;
using System.Collections.Generic;
using System.Linq;
using CppnPS.Core.Model;

namespace CppnPS.Core.Evolution
{
    /// <summary>
    /// The state of interactive breeding (Picbreeder's loop): a generation of networks; the picks
    /// breed the next one, and survive into it; earlier generations are kept so the user can go
    /// back. Knows nothing of terminals: <see cref="BreedingLoop"/> drives it from text commands.
    /// </summary>
    public sealed class BreedingSession
    {
        private readonly Stack<CppnNetwork[]> _history = new Stack<CppnNetwork[]>();
        private CppnNetwork[] _population;

        /// <summary>The factor one "stronger" or "weaker" command changes the mutation size by.</summary>
        public const double StrengthStep = 1.5;

        /// <summary>
        /// Starts from <paramref name="start"/>: the first generation is the start networks and
        /// mutations of them, <paramref name="populationSize"/> in all.
        /// </summary>
        public BreedingSession(IReadOnlyList<CppnNetwork> start, int populationSize, MutationOptions mutation, int seed)
        {
            if (start is null) throw new ArgumentNullException(nameof(start));
            if (start.Count == 0 || start.Any(n => n is null)) throw new ArgumentException("Breeding needs at least one start network.", nameof(start));
            if (populationSize < 2 || populationSize > 100) throw new ArgumentOutOfRangeException(nameof(populationSize), populationSize, "A generation holds 2 to 100 networks.");
            if (mutation is null) throw new ArgumentNullException(nameof(mutation));
            mutation.Validate();
            PopulationSize = populationSize;
            Mutation = mutation;
            Seed = seed;
            Generation = 1;
            _population = Fill(start.Take(populationSize).ToArray(), 0);
        }

        /// <summary>Networks per generation.</summary>
        public int PopulationSize { get; }

        /// <summary>The seed every child's seed is drawn from.</summary>
        public int Seed { get; }

        /// <summary>How children are mutated; <see cref="Stronger"/> and <see cref="Weaker"/> change its size.</summary>
        public MutationOptions Mutation { get; private set; }

        /// <summary>The generation shown, from 1.</summary>
        public int Generation { get; private set; }

        /// <summary>The networks of the generation shown, numbered from 1 by the user.</summary>
        public IReadOnlyList<CppnNetwork> Population => _population;

        /// <summary>
        /// Breeds the next generation from the picks (numbers from 1): the picks first, unchanged,
        /// then children, each a mutation of one pick, or, for every other child when two or more
        /// picks have the same shape, a mutation of a crossover of two of them.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">A pick is not a number on the screen.</exception>
        public void Breed(IReadOnlyList<int> picks)
        {
            if (picks is null) throw new ArgumentNullException(nameof(picks));
            if (picks.Count == 0) throw new ArgumentException("Pick at least one picture by its number.", nameof(picks));
            foreach (int pick in picks)
                if (pick < 1 || pick > _population.Length)
                    throw new ArgumentOutOfRangeException(nameof(picks), pick, "Pick numbers between 1 and " + _population.Length + ".");
            var chosen = picks.Distinct().Select(p => _population[p - 1]).ToArray();
            _history.Push(_population);
            Generation++;
            _population = Fill(chosen, Generation);
        }

        /// <summary>Goes back to the generation before; false when this is the first.</summary>
        public bool Back()
        {
            if (_history.Count == 0) return false;
            _population = _history.Pop();
            Generation--;
            return true;
        }

        /// <summary>Multiplies the mutation size by <see cref="StrengthStep"/>.</summary>
        public void Stronger() => Mutation = Mutation with { Size = Mutation.Size * StrengthStep };

        /// <summary>Divides the mutation size by <see cref="StrengthStep"/>.</summary>
        public void Weaker() => Mutation = Mutation with { Size = Mutation.Size / StrengthStep };

        private CppnNetwork[] Fill(CppnNetwork[] parents, int generation)
        {
            var next = new List<CppnNetwork>(parents.Take(PopulationSize));
            for (int k = 0; next.Count < PopulationSize; k++)
            {
                CppnNetwork parent = parents[k % parents.Length];
                int seed = NetworkVariation.ChildSeed(unchecked(Seed * 31 + generation), parent, k);
                if (parents.Length > 1 && k % 2 == 1)
                {
                    CppnNetwork other = parents[(k / 2 + 1) % parents.Length];
                    if (!ReferenceEquals(other, parent) && SameShape(parent, other))
                        parent = NetworkVariation.Crossover(parent, other, CrossoverMode.Neuron, seed);
                }
                next.Add(NetworkVariation.Mutate(parent, Mutation with { Seed = seed }));
            }
            return next.ToArray();
        }

        private static bool SameShape(CppnNetwork a, CppnNetwork b)
        {
            try
            {
                NetworkVariation.CheckSameShape(a, b);
                return true;
            }
            catch (ShapeMismatchException)
            {
                return false;
            }
        }
    }
}
