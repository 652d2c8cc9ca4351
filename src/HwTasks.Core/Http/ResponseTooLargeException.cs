using System;

namespace HwTasks.Core.Http
{
    internal sealed class ResponseTooLargeException : Exception
    {
        public ResponseTooLargeException(long limit)
            : base("The response is larger than " + limit + " bytes.")
        {
            Limit = limit;
        }

        public long Limit { get; }
    }
}
