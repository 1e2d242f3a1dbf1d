namespace CppnPS.Core.Model
{
    /// <summary>Which polar-angle inputs a new network has.</summary>
    public enum AngleInput
    {
        /// <summary>No angle input.</summary>
        None,
        /// <summary>The angle theta = atan2(row, col) in radians: one input, with a seam where it jumps from pi to -pi.</summary>
        Theta,
        /// <summary>sin theta and cos theta: two inputs, continuous all round (no seam).</summary>
        SinCos,
    }
}
