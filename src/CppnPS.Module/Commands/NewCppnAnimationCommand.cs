using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Motion;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Describes a motion of the piped network(s): what changes from the first frame to the last. The result renders
    /// with Invoke-CppnRender; nothing is rendered here.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "CppnAnimation")]
    [OutputType(typeof(Animation))]
    public sealed class NewCppnAnimationCommand : CppnCmdlet
    {
        private readonly List<CppnNetwork> _networks = new List<CppnNetwork>();

        /// <summary>The network that moves; several piped networks are keyframes (or a morph's two ends).</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public CppnNetwork Network { get; set; } = null!;

        /// <summary>The motion; by default told from the other parameters.</summary>
        [Parameter]
        public MotionKind? Kind { get; set; }

        /// <summary>The network(s) a morph goes to; more than one makes keyframes.</summary>
        [Parameter]
        public CppnNetwork[]? To { get; set; }

        /// <summary>Zoom: the factor at the end, or the factors at the start and the end (default 1, 0.2).</summary>
        [Parameter]
        [ValidateCount(1, 2)]
        public double[]? Zoom { get; set; }

        /// <summary>Rotate and combo: full turns (default 1).</summary>
        [Parameter]
        public double? Turns { get; set; }

        /// <summary>Wave and combo: how far a coordinate moves (default 0.1).</summary>
        [Parameter]
        public double? Amplitude { get; set; }

        /// <summary>Wave and combo: cycles per coordinate unit (default 2).</summary>
        [Parameter]
        public double? Frequency { get; set; }

        /// <summary>Spiral: the greatest twist, in radians per unit from the centre (default 10).</summary>
        [Parameter]
        public double? Strength { get; set; }

        /// <summary>Pan: Circular, Horizontal or Vertical (default Circular).</summary>
        [Parameter]
        public PanPath? PanPath { get; set; }

        /// <summary>Pan: how far the centre moves (default 0.3).</summary>
        [Parameter]
        public double? Radius { get; set; }

        /// <summary>Latent walk: where it starts (z1); latent loop: the first axis of its circle.</summary>
        [Parameter]
        public float[]? LatentFrom { get; set; }

        /// <summary>Latent walk: where it ends (z2); latent loop: the second axis of its circle.</summary>
        [Parameter]
        public float[]? LatentTo { get; set; }

        /// <summary>Sweep: the layer whose weights are scaled (0 = the first).</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int? SweepLayer { get; set; }

        /// <summary>Sweep: one neuron (output) of the layer, with its bias; by default the whole layer.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int? SweepNeuron { get; set; }

        /// <summary>Sweep: one input of that neuron, a single weight.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int? SweepInput { get; set; }

        /// <summary>Sweep: the scale factors at the start and the end (default 0, 2).</summary>
        [Parameter]
        [ValidateCount(2, 2)]
        public double[]? SweepRange { get; set; }

        /// <summary>Frames (default 60).</summary>
        [Parameter]
        [Alias("FrameCount")]
        [ValidateRange(1, Animation.MaxFrameCount)]
        public int Frames { get; set; } = Animation.DefaultFrameCount;

        /// <summary>Frames per second when played (default 30).</summary>
        [Parameter]
        public double FrameRate { get; set; } = Animation.DefaultFrameRate;

        /// <summary>Linear, Smoothstep or Sinusoid; by default smoothstep for morph and keyframes, linear otherwise.</summary>
        [Parameter]
        public Easing? Easing { get; set; }

        /// <summary>Plays the motion forward, then back, within the frames: a seamless loop.</summary>
        [Parameter]
        public SwitchParameter PingPong { get; set; }

        /// <summary>Keyframes end at the last network instead of morphing back to the first.</summary>
        [Parameter]
        public SwitchParameter NoLoop { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord() => _networks.Add(Network);

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            try
            {
                var networks = new List<CppnNetwork>(_networks);
                if (To != null) networks.AddRange(To);
                MotionKind kind = Kind ?? InferKind(networks.Count);
                CppnNetwork first = networks[0];
                var animation = new Animation
                {
                    Kind = kind,
                    Networks = networks,
                    FrameCount = Frames,
                    FrameRate = FrameRate,
                    Easing = Easing,
                    PingPong = PingPong,
                    Loop = !NoLoop,
                    Picture = first.View ?? new RenderOptions(),
                };
                if (Zoom != null) animation = Zoom.Length == 1 ? animation with { ZoomTo = Zoom[0] } : animation with { ZoomFrom = Zoom[0], ZoomTo = Zoom[1] };
                if (Turns.HasValue) animation = animation with { Turns = Turns.Value };
                if (Amplitude.HasValue) animation = animation with { WaveAmplitude = Amplitude.Value };
                if (Frequency.HasValue) animation = animation with { WaveFrequency = Frequency.Value };
                if (Strength.HasValue) animation = animation with { SpiralStrength = Strength.Value };
                if (PanPath.HasValue) animation = animation with { PanPath = PanPath.Value };
                if (Radius.HasValue) animation = animation with { PanRadius = Radius.Value };
                if (LatentFrom != null) animation = animation with { LatentFrom = LatentFrom };
                if (LatentTo != null) animation = animation with { LatentTo = LatentTo };
                if (SweepLayer.HasValue) animation = animation with { SweepLayer = SweepLayer.Value };
                if (SweepNeuron.HasValue) animation = animation with { SweepNeuron = SweepNeuron.Value };
                if (SweepInput.HasValue) animation = animation with { SweepInput = SweepInput.Value };
                if (SweepRange != null) animation = animation with { SweepFrom = SweepRange[0], SweepTo = SweepRange[1] };
                animation.Validate();
                WriteObject(animation);
            }
            catch (InvalidAnimationException ex)
            {
                ThrowTerminatingError(AnimationErrors.Create(ex, _networks.Count > 0 ? (object)_networks[0] : null));
            }
            finally
            {
                base.EndProcessing();
            }
        }

        // The motion the parameters given point to: one kind's parameters name it; zoom, turns and wave together make a combo.
        private MotionKind InferKind(int networkCount)
        {
            var kinds = new List<MotionKind>();
            bool wave = Amplitude.HasValue || Frequency.HasValue;
            if (Zoom != null) kinds.Add(MotionKind.Zoom);
            if (Turns.HasValue) kinds.Add(MotionKind.Rotate);
            if (wave) kinds.Add(MotionKind.Wave);
            if (Strength.HasValue) kinds.Add(MotionKind.Spiral);
            if (PanPath.HasValue || Radius.HasValue) kinds.Add(MotionKind.Pan);
            if (LatentFrom != null || LatentTo != null) kinds.Add(MotionKind.LatentWalk);
            if (SweepLayer.HasValue || SweepNeuron.HasValue || SweepInput.HasValue || SweepRange != null) kinds.Add(MotionKind.Sweep);
            if (networkCount == 2) kinds.Add(MotionKind.Morph);
            else if (networkCount > 2) kinds.Add(MotionKind.Keyframes);
            if (kinds.Count == 1) return kinds[0];
            if (kinds.Count > 1 && kinds.All(k => k == MotionKind.Zoom || k == MotionKind.Rotate || k == MotionKind.Wave)) return MotionKind.Combo;
            string message = kinds.Count == 0
                ? "Say which motion: give -Kind (" + string.Join(", ", Enum.GetNames(typeof(MotionKind))) + "), or a parameter of one, such as -Zoom 1, 0.2 or -Turns 1."
                : "The parameters given belong to several motions (" + string.Join(", ", kinds) + "); give -Kind to say which.";
            throw new InvalidAnimationException(AnimationProblem.Kind, message);
        }
    }
}
