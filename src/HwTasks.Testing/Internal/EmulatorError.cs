using System;
using System.Management.Automation;

namespace HwTasks.Testing.Internal
{
    /// <summary>
    /// A failure with the stable error id, category and target its ErrorRecord gets, thrown by the
    /// helpers and turned into a terminating error by <see cref="Commands.TestingCmdlet"/>.
    /// </summary>
    internal sealed class EmulatorError : Exception
    {
        public EmulatorError(string errorId, ErrorCategory category, string message, object? target, Exception? inner = null)
            : base(message, inner)
        {
            ErrorId = errorId;
            Category = category;
            Target = target;
        }

        public string ErrorId { get; }

        public ErrorCategory Category { get; }

        public object? Target { get; }

        /// <summary>Bad input: the id names the parameter ("Invalid" + parameter), the message says how to fix it.</summary>
        public static EmulatorError InvalidArgument(string parameter, string message, object? target = null) =>
            new EmulatorError("Invalid" + parameter, ErrorCategory.InvalidArgument, message, target ?? parameter);

        public ErrorRecord ToRecord() => new ErrorRecord(this, ErrorId, Category, Target);
    }
}
