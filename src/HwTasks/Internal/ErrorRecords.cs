using System;
using System.Management.Automation;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Errors;

namespace HwTasks.Internal
{
    /// <summary>
    /// Maps failures onto ErrorRecords with stable PascalCase ids and the categories of DESIGN.md:
    /// 404 ObjectNotFound, 401 AuthenticationError, 403 PermissionDenied, 429 LimitsExceeded,
    /// 400 InvalidArgument, 5xx and connection ConnectionError, timeout OperationTimeout.
    /// </summary>
    internal static class ErrorRecords
    {
        /// <param name="notFoundId">The cmdlet's id for a 404, e.g. "CdmJobNotFound".</param>
        public static ErrorRecord From(HwCloudException e, object? target, string? notFoundId = null)
        {
            var (id, category) = Classify(e, notFoundId);
            var record = new ErrorRecord(e, id, category, target);
            if (e.Kind == HwCloudErrorKind.Configuration)
                record.ErrorDetails = new ErrorDetails(e.Message) { RecommendedAction = "Fix the setting named in the message and run the command again." };
            return record;
        }

        public static ErrorRecord InvalidArgument(string id, string message, object? target) =>
            new ErrorRecord(new ArgumentException(message), id, ErrorCategory.InvalidArgument, target);

        private static (string, ErrorCategory) Classify(HwCloudException e, string? notFoundId)
        {
            switch (e.Kind)
            {
                case HwCloudErrorKind.Timeout: return ("Timeout", ErrorCategory.OperationTimeout);
                case HwCloudErrorKind.Connection: return (e.ErrorId, ErrorCategory.ConnectionError);
                case HwCloudErrorKind.InvalidResponse: return (e.ErrorId, ErrorCategory.InvalidResult);
                case HwCloudErrorKind.Configuration: return (e.ErrorId, ErrorCategory.InvalidOperation);
            }
            if (e.ServiceErrorCode is { } code && CloudService.OfDisplayName(e.Service)?.MissingObjectErrorId(code) is { } missing)
                return (missing, ErrorCategory.ObjectNotFound);
            var status = e.StatusCode ?? 0;
            switch (status)
            {
                case 400: return ("InvalidRequest", ErrorCategory.InvalidArgument);
                case 401: return (e.ClockSkew.HasValue ? "ClockSkew" : "AuthenticationFailed", ErrorCategory.AuthenticationError);
                case 403: return ("PermissionDenied", ErrorCategory.PermissionDenied);
                case 404: return (notFoundId ?? "NotFound", ErrorCategory.ObjectNotFound);
                case 409: return ("Conflict", ErrorCategory.ResourceExists);
                case 429: return ("Throttled", ErrorCategory.LimitsExceeded);
            }
            return status >= 500 ? ("ServiceError", ErrorCategory.ConnectionError) : ("ServiceError", ErrorCategory.NotSpecified);
        }
    }
}
