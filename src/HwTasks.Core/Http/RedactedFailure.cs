using System;

namespace HwTasks.Core.Http
{
    /// <summary>
    /// A framework exception whose message (or an inner one's) names a URL with user information — a
    /// proxy from HTTPS_PROXY=http://user:password@host — as an HwTasks error may carry it: the same
    /// type name, messages and stack trace, with the user information REDACTED. $Error, ToString()
    /// and serialization see this copy only.
    /// </summary>
    internal sealed class RedactedFailure : Exception
    {
        private readonly string _typeName;
        private readonly string? _stackTrace;

        private RedactedFailure(Exception original)
            : base(UrlRedaction.WithoutUserInfo(original.Message), original.InnerException is null ? null : new RedactedFailure(original.InnerException))
        {
            _typeName = original.GetType().FullName ?? original.GetType().Name;
            _stackTrace = original.StackTrace;
            HResult = original.HResult;
        }

        /// <summary>The framework's type, e.g. System.Net.Http.HttpRequestException.</summary>
        public string OriginalType => _typeName;

        public override string? StackTrace => _stackTrace;

        /// <summary><paramref name="failure"/> itself when no message in its chain holds user information, else a redacted copy.</summary>
        public static Exception Of(Exception failure)
        {
            for (var e = failure; e is not null; e = e.InnerException)
            {
                if (UrlRedaction.WithoutUserInfo(e.Message) != e.Message) return new RedactedFailure(failure);
            }
            return failure;
        }

        public override string ToString()
        {
            var text = _typeName + ": " + Message;
            if (InnerException is not null) text += " ---> " + InnerException + Environment.NewLine + "   --- End of inner exception stack trace ---";
            return _stackTrace is null ? text : text + Environment.NewLine + _stackTrace;
        }
    }
}
