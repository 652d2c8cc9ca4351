namespace HwTasks.Emulator.Gateway;

public sealed class VerificationResult
{
    private VerificationResult(VerificationFailure failure, string message, string? accessKey, TimeSpan? skew)
    {
        Failure = failure;
        Message = message;
        AccessKey = accessKey;
        ClockSkew = skew;
    }

    public bool IsValid => Failure == VerificationFailure.None;
    public VerificationFailure Failure { get; }
    /// <summary>A gateway-style explanation; never contains the secret key or the expected signature.</summary>
    public string Message { get; }
    public string? AccessKey { get; }
    /// <summary>Request time minus gateway time, when the date was read.</summary>
    public TimeSpan? ClockSkew { get; }

    internal static VerificationResult Valid(string accessKey, TimeSpan skew) =>
        new VerificationResult(VerificationFailure.None, "verified", accessKey, skew);

    internal static VerificationResult Fail(VerificationFailure failure, string message, string? accessKey = null, TimeSpan? skew = null) =>
        new VerificationResult(failure, message, accessKey, skew);
}
