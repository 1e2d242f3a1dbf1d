using System;
using System.Globalization;

namespace CppnPS.Core.Fitting
{
    /// <summary>Where a fit stands: the step and the loss over the whole target.</summary>
    public sealed class FitProgress
    {
        /// <summary>Records a report.</summary>
        public FitProgress(int step, int steps, double loss, TimeSpan elapsed)
        {
            Step = step;
            Steps = steps;
            Loss = loss;
            Elapsed = elapsed;
        }

        /// <summary>Steps done.</summary>
        public int Step { get; }

        /// <summary>Steps asked for.</summary>
        public int Steps { get; }

        /// <summary>Mean squared error over every pixel and channel of the target, values in 0..1.</summary>
        public double Loss { get; }

        /// <summary>Peak signal-to-noise ratio in decibels, 10 log10(1 / Loss): higher is closer.</summary>
        public double Psnr => NetworkFitter.Psnr(Loss);

        /// <summary>Time since the fit began.</summary>
        public TimeSpan Elapsed { get; }

        /// <summary>"step 100/1000, loss 0.01234, PSNR 19.09 dB".</summary>
        public override string ToString() => string.Format(CultureInfo.InvariantCulture,
            "step {0}/{1}, loss {2:G4}, PSNR {3:F2} dB", Step, Steps, Loss, Psnr);
    }
}
