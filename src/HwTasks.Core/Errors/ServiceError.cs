namespace HwTasks.Core.Errors
{
    /// <summary>The code and message a service put in an error body.</summary>
    public sealed class ServiceError
    {
        public ServiceError(string code, string message)
        {
            Code = code;
            Message = message;
        }

        public string Code { get; }
        public string Message { get; }
    }
}
