using System;
using System.Globalization;
using System.Text;

namespace HwTasks.Core.Errors
{
    /// <summary>
    /// The one error type of HwTasks.Core. Carries what a user needs to act on a failure (status,
    /// service error code and message, request id) and never any credential: messages are built
    /// only from ids, the service's own error text and numbers.
    /// </summary>
    public sealed class HwCloudException : Exception
    {
        public HwCloudException(HwCloudErrorKind kind, string errorId, string message, Exception? inner = null)
            : base(message, inner)
        {
            Kind = kind;
            ErrorId = errorId;
        }

        public HwCloudErrorKind Kind { get; }
        /// <summary>A stable PascalCase id (e.g. "ServiceError", "Timeout", "RegionNotSupported"); cmdlets may refine it.</summary>
        public string ErrorId { get; }
        public int? StatusCode { get; private set; }
        /// <summary>The service's own code, e.g. "Cdm.0100", "APIGW.0301", "AOM.31001302".</summary>
        public string? ServiceErrorCode { get; private set; }
        public string? ServiceMessage { get; private set; }
        public string? RequestId { get; private set; }
        /// <summary>"CDM", "AOM", ...: the service that was called.</summary>
        public string? Service { get; private set; }
        /// <summary>The API operation, e.g. "StartJob".</summary>
        public string? Operation { get; private set; }
        /// <summary>Gateway time minus local time, when a 401 response's Date header says the clock is off.</summary>
        public TimeSpan? ClockSkew { get; private set; }

        public static HwCloudException Configuration(string errorId, string message) =>
            new HwCloudException(HwCloudErrorKind.Configuration, errorId, message);

        internal static HwCloudException FromResponse(string service, string operation, int status, string? reason,
            ServiceError error, string? requestId, TimeSpan? clockSkew, string? notRetried = null)
        {
            var text = new StringBuilder();
            text.Append(service).Append(' ').Append(operation).Append(" failed: HTTP ")
                .Append(status.ToString(CultureInfo.InvariantCulture));
            if (!string.IsNullOrEmpty(reason)) text.Append(' ').Append(RemoteText.Clean(reason, 100));
            text.Append(", ").Append(error.Code).Append(": ").Append(error.Message);
            if (clockSkew.HasValue)
            {
                var minutes = Math.Abs(clockSkew.Value.TotalMinutes).ToString("0.#", CultureInfo.InvariantCulture);
                text.Append(". This computer's clock is ").Append(minutes).Append(" minutes ")
                    .Append(clockSkew.Value > TimeSpan.Zero ? "behind" : "ahead of")
                    .Append(" the gateway")
                    .Append(" (from the response Date header); signed requests are refused beyond 15 minutes. Correct the system time");
            }
            if (notRetried is not null)
            {
                while (text.Length > 0 && text[text.Length - 1] == '.') text.Length--;
                text.Append(". Not retried: ").Append(notRetried);
            }
            AppendRequestId(text, requestId);
            return new HwCloudException(HwCloudErrorKind.Service, "ServiceError", text.ToString())
            {
                StatusCode = status,
                ServiceErrorCode = error.Code,
                ServiceMessage = error.Message,
                RequestId = requestId,
                Service = service,
                Operation = operation,
                ClockSkew = clockSkew,
            };
        }

        internal static HwCloudException Transport(HwCloudErrorKind kind, string errorId, string service, string operation,
            string what, string? requestId, Exception? inner = null)
        {
            var text = new StringBuilder();
            text.Append(service).Append(' ').Append(operation).Append(" failed: ").Append(what);
            AppendRequestId(text, requestId);
            return new HwCloudException(kind, errorId, text.ToString(), inner)
            {
                RequestId = requestId,
                Service = service,
                Operation = operation,
            };
        }

        internal HwCloudException WithStatus(int status)
        {
            StatusCode = status;
            return this;
        }

        private static void AppendRequestId(StringBuilder text, string? requestId)
        {
            // Service messages often end with their own period.
            while (text.Length > 0 && text[text.Length - 1] == '.') text.Length--;
            text.Append(requestId is null ? ". (no request id)" : ". (request id " + requestId + ")");
        }
    }
}
