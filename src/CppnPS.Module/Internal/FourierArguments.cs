using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// Checks -FourierFeatures and -FourierSigma before a network is drawn, so that a count below 1
    /// or a sigma that is not > 0 has its own ErrorId, InvalidFourierFeatures.
    /// </summary>
    internal static class FourierArguments
    {
        public static void Check(IDictionary<string, object> bound, int count, double sigma)
        {
            bool countGiven = bound.ContainsKey("FourierFeatures");
            if ((countGiven || bound.ContainsKey("FourierSigma")) && count < 1)
                throw Error(string.Format(CultureInfo.InvariantCulture,
                    "-FourierFeatures must be at least 1 (it is {0}); give the number of features, e.g. -FourierFeatures 16, or leave both Fourier parameters out.", count), count);
            if (double.IsNaN(sigma) || double.IsInfinity(sigma) || sigma <= 0)
                throw Error(string.Format(CultureInfo.InvariantCulture,
                    "-FourierSigma must be a finite number > 0 (it is {0}); try 1, or 10 for finer detail.", sigma), sigma);
        }

        private static ErrorRecordException Error(string message, object target) =>
            new ErrorRecordException(Errors.Create(new ArgumentException(message), ErrorIds.InvalidFourierFeatures, ErrorCategory.InvalidArgument, target));
    }
}
