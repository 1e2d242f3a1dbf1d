using System;
using System.Collections.Generic;
using System.Management.Automation;
using CppnPS.Core.Initialization;
using CppnPS.Core.Model;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// Checks New-CppnNetwork's initialisation parameters before a network is drawn, so that a bad
    /// value, or an option the chosen scheme does not read, has its own ErrorId, InvalidInitOptions.
    /// </summary>
    internal static class InitArguments
    {
        public static void Check(IDictionary<string, object> bound, NetworkOptions options)
        {
            if (options.Init != InitScheme.VarianceScaling)
                foreach (string name in new[] { "FanMode", "Distribution" })
                    if (bound.ContainsKey(name))
                        throw Error($"-{name} belongs to variance scaling; add -Init VarianceScaling or leave -{name} out.", name);
            if (options.Init != InitScheme.Siren && bound.ContainsKey("SirenOmega"))
                throw Error("-SirenOmega is the w0 of -Init Siren; add -Init Siren or leave -SirenOmega out.", "SirenOmega");
            if (options.BiasInit != BiasInit.Normal && bound.ContainsKey("BiasScale"))
                throw Error("-BiasScale is the standard deviation of -BiasInit Normal; add -BiasInit Normal or leave -BiasScale out.", "BiasScale");
            try
            {
                options.ValidateInitialization();
            }
            catch (ArgumentException ex)
            {
                throw new ErrorRecordException(Errors.Create(ex, ErrorIds.InvalidInitOptions, ErrorCategory.InvalidArgument, ex.ParamName));
            }
        }

        private static ErrorRecordException Error(string message, string target) =>
            new ErrorRecordException(Errors.Create(new ArgumentException(message), ErrorIds.InvalidInitOptions, ErrorCategory.InvalidArgument, target));
    }
}
