namespace CppnPS.Core.Motion
{
    /// <summary>What changes from frame to frame of an <see cref="Animation"/>.</summary>
    public enum MotionKind
    {
        /// <summary>Every weight and bias of network 0 moves to network 1's (smoothstep easing by default).</summary>
        Morph,
        /// <summary>The zoom goes from <see cref="Animation.ZoomFrom"/> to <see cref="Animation.ZoomTo"/> (1 to 0.2 by default).</summary>
        Zoom,
        /// <summary>The view turns <see cref="Animation.Turns"/> times about its centre.</summary>
        Rotate,
        /// <summary>A travelling wave warps the coordinates (<see cref="Animation.WaveAmplitude"/>, <see cref="Animation.WaveFrequency"/>).</summary>
        Wave,
        /// <summary>The plane twists into a spiral and back, the further from the centre the more (<see cref="Animation.SpiralStrength"/>).</summary>
        Spiral,
        /// <summary>The centre moves on a circle or to and fro (<see cref="Animation.PanPath"/>, <see cref="Animation.PanRadius"/>).</summary>
        Pan,
        /// <summary>Rotation, a zoom in and back out, and the wave, together.</summary>
        Combo,
        /// <summary>The latent vector walks in a straight line from <see cref="Animation.LatentFrom"/> to <see cref="Animation.LatentTo"/>.</summary>
        LatentWalk,
        /// <summary>The latent vector goes once round the circle z1 cos(2 pi t) + z2 sin(2 pi t), a seamless loop.</summary>
        LatentLoop,
        /// <summary>A morph through every network in turn, back to the first when <see cref="Animation.Loop"/> is set.</summary>
        Keyframes,
        /// <summary>One weight, neuron or layer of the network is scaled from <see cref="Animation.SweepFrom"/> to <see cref="Animation.SweepTo"/>.</summary>
        Sweep,
    }
}
