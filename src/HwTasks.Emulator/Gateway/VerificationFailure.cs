namespace HwTasks.Emulator.Gateway;

/// <summary>Why the gateway side refused a signed request.</summary>
public enum VerificationFailure
{
    None,
    MissingAuthorization,
    MalformedAuthorization,
    UnsupportedAlgorithm,
    UnknownAccessKey,
    MissingDate,
    MalformedDate,
    DateOutOfRange,
    SignedHeaderMissing,
    SecurityTokenMismatch,
    SignatureMismatch,
}
