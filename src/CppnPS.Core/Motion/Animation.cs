using System;
using System.Collections.Generic;
using System.Globalization;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;

namespace CppnPS.Core.Motion
{
    /// <summary>
    /// An animation: a function from time t in [0, 1] to what is rendered (the network's weights, the
    /// view's zoom, centre and rotation, the latent vector, and a warp of the coordinates), sampled at
    /// <see cref="FrameCount"/> frames. It is a pure description: frame k depends on nothing but this
    /// record and k, so it re-renders alone to the same bits it has in the whole animation.
    /// <see cref="AnimationJson"/> writes and reads it; <see cref="AnimationRenderer"/> renders it. Immutable;
    /// the defaults are those of the article's repository (60 frames at 30 fps, 256 x 256).
    /// </summary>
    /// <remarks>
    /// Time: frame k of n is at t = k / n for a seamless motion (<see cref="IsSeamless"/>), so the frame
    /// after the last would be frame 0 again, and at t = k / (n - 1) otherwise, so the last frame is the
    /// motion's end. With <see cref="PingPong"/> the time goes 0 -> 1 -> 0 over the n frames
    /// (t = 1 - |1 - 2k/n|), which always loops. The easing then turns t into the motion's progress.
    /// </remarks>
    public sealed record Animation
    {
        /// <summary>Frames by default: 60.</summary>
        public const int DefaultFrameCount = 60;

        /// <summary>Frames per second by default: 30.</summary>
        public const double DefaultFrameRate = 30.0;

        /// <summary>The most frames an animation may have.</summary>
        public const int MaxFrameCount = 100000;

        /// <summary>The highest frame rate accepted, in frames per second.</summary>
        public const double MaxFrameRate = 1000.0;

        /// <summary>What moves.</summary>
        public MotionKind Kind { get; init; }

        /// <summary>
        /// The networks: two for <see cref="MotionKind.Morph"/> (from, to), two or more for
        /// <see cref="MotionKind.Keyframes"/>, exactly one for every other kind. They are not changed.
        /// </summary>
        public IReadOnlyList<CppnNetwork> Networks { get; init; } = Array.Empty<CppnNetwork>();

        /// <summary>Number of frames, 1 to <see cref="MaxFrameCount"/>.</summary>
        public int FrameCount { get; init; } = DefaultFrameCount;

        /// <summary>Frames per second when played (a file writer's frame delay is 1 / FrameRate).</summary>
        public double FrameRate { get; init; } = DefaultFrameRate;

        /// <summary>The easing, or null for the kind's own: smoothstep for morph and keyframes, linear for the others (<see cref="EffectiveEasing"/>).</summary>
        public Easing? Easing { get; init; }

        /// <summary>Plays the motion forward and back within the <see cref="FrameCount"/> frames, so it always loops.</summary>
        public bool PingPong { get; init; }

        /// <summary>For <see cref="MotionKind.Keyframes"/>: morph from the last network back to the first, a seamless loop. True by default.</summary>
        public bool Loop { get; init; } = true;

        /// <summary>
        /// The picture: size, and the view the motion starts from (zoom, centre, coordinate mode, latent).
        /// A zoom motion multiplies its zoom, a pan moves its centre, a latent motion replaces its latent vector.
        /// </summary>
        public RenderOptions Picture { get; init; } = new RenderOptions();

        /// <summary>Zoom factor at the start of a <see cref="MotionKind.Zoom"/> (times the picture's zoom); 1 by default.</summary>
        public double ZoomFrom { get; init; } = 1.0;

        /// <summary>Zoom factor at the end of a <see cref="MotionKind.Zoom"/>, and at the middle of a <see cref="MotionKind.Combo"/>; 0.2 by default.</summary>
        public double ZoomTo { get; init; } = 0.2;

        /// <summary>Full turns of a <see cref="MotionKind.Rotate"/> or <see cref="MotionKind.Combo"/>, counter-clockwise; negative turns clockwise. 1 by default.</summary>
        public double Turns { get; init; } = 1.0;

        /// <summary>How far the wave moves a coordinate, in coordinate units; 0.1 by default.</summary>
        public double WaveAmplitude { get; init; } = 0.1;

        /// <summary>Wave cycles per coordinate unit; 2 by default.</summary>
        public double WaveFrequency { get; init; } = 2.0;

        /// <summary>The greatest twist of a <see cref="MotionKind.Spiral"/>, in radians per coordinate unit from the centre; 10 by default.</summary>
        public double SpiralStrength { get; init; } = 10.0;

        /// <summary>The path of a <see cref="MotionKind.Pan"/>.</summary>
        public PanPath PanPath { get; init; } = PanPath.Circular;

        /// <summary>How far a <see cref="MotionKind.Pan"/> moves the centre, in coordinate units; 0.3 by default.</summary>
        public double PanRadius { get; init; } = 0.3;

        /// <summary>The latent vector z1 where a <see cref="MotionKind.LatentWalk"/> starts; the first axis of a <see cref="MotionKind.LatentLoop"/>'s circle.</summary>
        public IReadOnlyList<float> LatentFrom { get; init; } = Array.Empty<float>();

        /// <summary>The latent vector z2 where a <see cref="MotionKind.LatentWalk"/> ends; the second axis of a <see cref="MotionKind.LatentLoop"/>'s circle.</summary>
        public IReadOnlyList<float> LatentTo { get; init; } = Array.Empty<float>();

        /// <summary>The layer a <see cref="MotionKind.Sweep"/> scales (0 = the first).</summary>
        public int SweepLayer { get; init; }

        /// <summary>The output (neuron) of <see cref="SweepLayer"/> to scale, with its bias; null scales the whole layer.</summary>
        public int? SweepNeuron { get; init; }

        /// <summary>The input of <see cref="SweepNeuron"/> whose single weight is scaled; null scales the whole neuron.</summary>
        public int? SweepInput { get; init; }

        /// <summary>The factor at the start of a <see cref="MotionKind.Sweep"/>; 0 by default.</summary>
        public double SweepFrom { get; init; }

        /// <summary>The factor at the end of a <see cref="MotionKind.Sweep"/>; 2 by default (1, the network as it is, is half way).</summary>
        public double SweepTo { get; init; } = 2.0;

        /// <summary>The easing used: <see cref="Easing"/>, or the kind's own.</summary>
        public Easing EffectiveEasing => Easing ?? (Kind == MotionKind.Morph || Kind == MotionKind.Keyframes ? Motion.Easing.Smoothstep : Motion.Easing.Linear);

        /// <summary>
        /// True when the motion ends where it starts, so the frames are spaced k / n and play as a seamless
        /// loop: ping-pong, a whole number of turns (rotate, combo), wave, spiral, pan, the latent loop and
        /// looping keyframes.
        /// </summary>
        public bool IsSeamless
        {
            get
            {
                if (PingPong) return true;
                switch (Kind)
                {
                    case MotionKind.Rotate:
                    case MotionKind.Combo:
                        return Turns == Math.Floor(Turns);
                    case MotionKind.Wave:
                    case MotionKind.Spiral:
                    case MotionKind.Pan:
                    case MotionKind.LatentLoop:
                        return true;
                    case MotionKind.Keyframes:
                        return Loop;
                    default:
                        return false;
                }
            }
        }

        /// <summary>Playing time in seconds: FrameCount / FrameRate.</summary>
        public double Duration => FrameCount / FrameRate;

        /// <summary>The time t in [0, 1] of frame <paramref name="index"/> (see the remarks on <see cref="Animation"/>).</summary>
        /// <exception cref="InvalidAnimationException">The index is outside 0..FrameCount - 1 (<see cref="AnimationProblem.FrameCount"/>).</exception>
        public double TimeOf(int index)
        {
            CheckFrameCount();
            if (index < 0 || index >= FrameCount)
                throw new InvalidAnimationException(AnimationProblem.FrameCount, string.Format(CultureInfo.InvariantCulture,
                    "Frame {0} is outside the animation: give a frame from 0 to {1}.", index, FrameCount - 1), nameof(index));
            return TimeAt(index);
        }

        /// <summary>The time of frame <paramref name="index"/>, which may be FrameCount (the frame after the last).</summary>
        internal double TimeAt(int index)
        {
            int n = FrameCount;
            if (PingPong)
            {
                double v = 2.0 * index / n;
                return v <= 1.0 ? v : 2.0 - v;
            }
            if (IsSeamless) return index == n ? 0.0 : (double)index / n;
            return n == 1 ? 0.0 : (double)index / (n - 1);
        }

        /// <summary>
        /// Checks every rule and throws an <see cref="InvalidAnimationException"/> for the first one broken,
        /// its <see cref="InvalidAnimationException.Problem"/> saying which and the message what to change.
        /// </summary>
        public void Validate()
        {
            CheckFrameCount();
            if (!(FrameRate > 0) || FrameRate > MaxFrameRate)
                throw new InvalidAnimationException(AnimationProblem.FrameRate, string.Format(CultureInfo.InvariantCulture,
                    "The frame rate must be above 0 and at most {0} frames per second; got {1}.", MaxFrameRate, FrameRate), nameof(FrameRate));
            if (!Enum.IsDefined(typeof(MotionKind), Kind))
                throw new InvalidAnimationException(AnimationProblem.Kind, string.Format(CultureInfo.InvariantCulture,
                    "Unknown motion kind {0}. Use one of {1}.", Kind, string.Join(", ", Enum.GetNames(typeof(MotionKind)))), nameof(Kind));
            if (Easing.HasValue && !Enum.IsDefined(typeof(Easing), Easing.Value))
                throw new InvalidAnimationException(AnimationProblem.Easing, string.Format(CultureInfo.InvariantCulture,
                    "Unknown easing {0}. Use one of {1}.", Easing.Value, Easings.NameList), nameof(Easing));
            if (Picture is null) throw new InvalidAnimationException(AnimationProblem.Parameter, "The animation needs its picture settings.", nameof(Picture));
            try
            {
                Picture.Validate();
            }
            catch (ArgumentException ex)
            {
                throw new InvalidAnimationException(AnimationProblem.Parameter, "The picture settings are invalid: " + ex.Message, nameof(Picture), ex);
            }
            CheckNetworks();
            CheckParameters();
        }

        private void CheckFrameCount()
        {
            if (FrameCount < 1 || FrameCount > MaxFrameCount)
                throw new InvalidAnimationException(AnimationProblem.FrameCount, string.Format(CultureInfo.InvariantCulture,
                    "An animation needs 1 to {0} frames; got {1}. Give a frame count of at least 1.", MaxFrameCount, FrameCount), nameof(FrameCount));
        }

        private void CheckNetworks()
        {
            int count = Networks?.Count ?? 0;
            for (int i = 0; i < count; i++)
                if (Networks![i] is null)
                    throw new InvalidAnimationException(AnimationProblem.NetworkCount, string.Format(CultureInfo.InvariantCulture, "Network {0} is null.", i), nameof(Networks));
            switch (Kind)
            {
                case MotionKind.Morph:
                    if (count != 2)
                        throw new InvalidAnimationException(AnimationProblem.NetworkCount, string.Format(CultureInfo.InvariantCulture,
                            "A morph goes from one network to another: give exactly 2 networks; got {0}. For more, use keyframes.", count), nameof(Networks));
                    NetworkBlend.CheckSameShape(Networks![0], Networks[1], 1);
                    break;
                case MotionKind.Keyframes:
                    if (count < 2)
                        throw new InvalidAnimationException(AnimationProblem.NetworkCount, string.Format(CultureInfo.InvariantCulture,
                            "Keyframes morph through a list of networks: give at least 2; got {0}.", count), nameof(Networks));
                    for (int i = 1; i < count; i++) NetworkBlend.CheckSameShape(Networks![0], Networks[i], i);
                    break;
                default:
                    if (count != 1)
                        throw new InvalidAnimationException(AnimationProblem.NetworkCount, string.Format(CultureInfo.InvariantCulture,
                            "A {0} animation moves one network: give exactly 1; got {1}. To blend networks, use Morph or Keyframes.", Kind, count), nameof(Networks));
                    break;
            }
            int latentSize = Networks![0].LatentSize;
            int pictureLatent = Picture.Latent?.Count ?? 0;
            if (pictureLatent != 0 && pictureLatent != latentSize)
                throw new InvalidAnimationException(AnimationProblem.Latent, string.Format(CultureInfo.InvariantCulture,
                    "The picture has {0} latent value(s) but the network has {1} latent input(s). Give {1} values, or none for all zeros.",
                    pictureLatent, latentSize), nameof(Picture));
            if (Kind == MotionKind.LatentWalk || Kind == MotionKind.LatentLoop)
            {
                if (latentSize == 0)
                    throw new InvalidAnimationException(AnimationProblem.Latent,
                        "A latent motion needs a network with latent inputs: make one with New-CppnNetwork -LatentSize.", nameof(Networks));
                CheckLatent(LatentFrom, latentSize, nameof(LatentFrom));
                CheckLatent(LatentTo, latentSize, nameof(LatentTo));
            }
            if (Kind == MotionKind.Sweep) CheckSweepTarget(Networks![0]);
        }

        private static void CheckLatent(IReadOnlyList<float>? values, int size, string name)
        {
            int count = values?.Count ?? 0;
            if (count != size)
                throw new InvalidAnimationException(AnimationProblem.Latent, string.Format(CultureInfo.InvariantCulture,
                    "{0} has {1} value(s) but the network has {2} latent input(s): give {2} values.", name, count, size), name);
            foreach (float z in values!)
                if (float.IsNaN(z) || float.IsInfinity(z))
                    throw new InvalidAnimationException(AnimationProblem.Latent, name + " values must be finite numbers.", name);
        }

        private void CheckSweepTarget(CppnNetwork network)
        {
            int layers = network.Layers.Count;
            if (SweepLayer < 0 || SweepLayer >= layers)
                throw Parameter(nameof(SweepLayer), "The sweep's layer must be between 0 and {0}; got {1}.", layers - 1, SweepLayer);
            CppnLayer layer = network.Layers[SweepLayer];
            if (SweepNeuron.HasValue && (SweepNeuron.Value < 0 || SweepNeuron.Value >= layer.OutputCount))
                throw Parameter(nameof(SweepNeuron), "Layer {0} has neurons 0 to {1}; got {2}.", SweepLayer, layer.OutputCount - 1, SweepNeuron.Value);
            if (SweepInput.HasValue && !SweepNeuron.HasValue)
                throw Parameter(nameof(SweepInput), "A single weight is the weight from an input to a neuron: give the neuron too.");
            if (SweepInput.HasValue && (SweepInput.Value < 0 || SweepInput.Value >= layer.InputCount))
                throw Parameter(nameof(SweepInput), "Layer {0} has inputs 0 to {1}; got {2}.", SweepLayer, layer.InputCount - 1, SweepInput.Value);
        }

        private void CheckParameters()
        {
            CheckFinite(ZoomFrom, nameof(ZoomFrom));
            CheckFinite(ZoomTo, nameof(ZoomTo));
            CheckFinite(Turns, nameof(Turns));
            CheckFinite(WaveAmplitude, nameof(WaveAmplitude));
            CheckFinite(WaveFrequency, nameof(WaveFrequency));
            CheckFinite(SpiralStrength, nameof(SpiralStrength));
            CheckFinite(PanRadius, nameof(PanRadius));
            CheckFinite(SweepFrom, nameof(SweepFrom));
            CheckFinite(SweepTo, nameof(SweepTo));
            if (!Enum.IsDefined(typeof(PanPath), PanPath))
                throw Parameter(nameof(PanPath), "Unknown pan path {0}. Use one of {1}.", PanPath, string.Join(", ", Enum.GetNames(typeof(PanPath))));
        }

        private static void CheckFinite(double value, string name)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
                throw Parameter(name, "{0} must be a finite number; got {1}.", name, value);
        }

        private static InvalidAnimationException Parameter(string name, string format, params object[] args) =>
            new InvalidAnimationException(AnimationProblem.Parameter, string.Format(CultureInfo.InvariantCulture, format, args), name);

        /// <summary>What is rendered at time <paramref name="t"/>; the animation has been validated.</summary>
        internal FrameState StateAt(double t)
        {
            double e = Easings.Apply(EffectiveEasing, t);
            CppnNetwork network = Networks[0];
            RenderOptions view = Picture;
            CoordinateTransform transform = CoordinateTransform.Identity;
            switch (Kind)
            {
                case MotionKind.Morph:
                    network = NetworkBlend.Lerp(Networks[0], Networks[1], e);
                    break;
                case MotionKind.Keyframes:
                    network = KeyframeAt(t);
                    break;
                case MotionKind.Zoom:
                    view = view with { Zoom = Picture.Zoom * Lerp(ZoomFrom, ZoomTo, e) };
                    break;
                case MotionKind.Rotate:
                    transform = transform with { Rotation = Angle(Turns * e) };
                    break;
                case MotionKind.Wave:
                    transform = Wave(e);
                    break;
                case MotionKind.Spiral:
                    transform = transform with { SpiralTwist = SpiralStrength * CanonicalMath.Sin(Angle(e)) };
                    break;
                case MotionKind.Pan:
                    view = Pan(e);
                    break;
                case MotionKind.Combo:
                    // The zoom goes in and back out ((1 - cos) / 2 runs 0 -> 1 -> 0), so with whole turns the combo loops.
                    view = view with { Zoom = Picture.Zoom * Lerp(ZoomFrom, ZoomTo, (1 - CanonicalMath.Cos(Angle(e))) / 2) };
                    transform = Wave(e) with { Rotation = Angle(Turns * e) };
                    break;
                case MotionKind.LatentWalk:
                    view = view with { Latent = LatentWalk(e) };
                    break;
                case MotionKind.LatentLoop:
                    view = view with { Latent = LatentCircle(e) };
                    break;
                case MotionKind.Sweep:
                    network = NetworkBlend.Scale(Networks[0], SweepLayer, SweepNeuron, SweepInput, Lerp(SweepFrom, SweepTo, e));
                    break;
            }
            return new FrameState(network, view, transform);
        }

        private CoordinateTransform Wave(double e) =>
            CoordinateTransform.Identity with { WaveAmplitude = WaveAmplitude, WaveFrequency = WaveFrequency, WavePhase = Angle(e) };

        private RenderOptions Pan(double e)
        {
            double angle = Angle(e);
            switch (PanPath)
            {
                case PanPath.Horizontal:
                    return Picture with { CenterX = Picture.CenterX + PanRadius * CanonicalMath.Sin(angle) };
                case PanPath.Vertical:
                    return Picture with { CenterY = Picture.CenterY + PanRadius * CanonicalMath.Sin(angle) };
                default:
                    return Picture with
                    {
                        CenterX = Picture.CenterX + PanRadius * CanonicalMath.Cos(angle),
                        CenterY = Picture.CenterY + PanRadius * CanonicalMath.Sin(angle),
                    };
            }
        }

        private float[] LatentWalk(double e)
        {
            var z = new float[LatentFrom.Count];
            for (int i = 0; i < z.Length; i++)
                z[i] = e == 0.0 ? LatentFrom[i] : e == 1.0 ? LatentTo[i] : (float)(LatentFrom[i] + ((double)LatentTo[i] - LatentFrom[i]) * e);
            return z;
        }

        private float[] LatentCircle(double e)
        {
            double angle = Angle(e);
            CanonicalMath.SinCos(angle, out double sin, out double cos);
            var z = new float[LatentFrom.Count];
            for (int i = 0; i < z.Length; i++) z[i] = (float)(LatentFrom[i] * cos + LatentTo[i] * sin);
            return z;
        }

        private CppnNetwork KeyframeAt(double t)
        {
            int count = Networks.Count;
            int segments = Loop ? count : count - 1;
            double position = t * segments;
            int segment = Math.Min((int)Math.Floor(position), segments - 1);
            double local = position - segment;
            double s = Easings.Apply(EffectiveEasing, local);
            return NetworkBlend.Lerp(Networks[segment], Networks[(segment + 1) % count], s);
        }

        /// <summary>
        /// The angle of <paramref name="cycles"/> turns, taken modulo one turn: a whole number of turns is exactly
        /// 0, so a periodic motion at t = 1 (the frame after the last) is bit for bit its frame 0 and the loop closes.
        /// </summary>
        private static double Angle(double cycles) => 2 * Math.PI * (cycles - Math.Floor(cycles));

        /// <summary>a + (b - a) e, exactly a at e = 0 and exactly b at e = 1.</summary>
        private static double Lerp(double a, double b, double e) => e == 0.0 ? a : e == 1.0 ? b : a + (b - a) * e;
    }
}
