using System;
using System.Management.Automation;

namespace CppnPS.Module.Internal
{
    /// <summary>Carries an error record out of a helper so the cmdlet can report it as terminating or not.</summary>
    internal sealed class ErrorRecordException : Exception
    {
        public ErrorRecordException(ErrorRecord record) : base(record.Exception?.Message) => ErrorRecord = record;
        public ErrorRecord ErrorRecord { get; }
    }
}
