namespace HwTasks.Emulator.Auth;

/// <summary>Who made an authenticated request, and (for tokens) the one project the token is scoped to.</summary>
public sealed record Caller(Account Account, string Method, string? TokenProjectId);
