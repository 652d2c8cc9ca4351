namespace HwTasks.Emulator.Auth;

/// <summary>A project is a region-scoped slice of an account; every regional route names one.</summary>
public sealed record Project(string Id, string Name);

public sealed record IamUser(string Id, string Name, string Password)
{
    // Records print every property; a password must not end up in a test failure message.
    public override string ToString() => $"IamUser {{ Id = {Id}, Name = {Name} }}";
}

/// <summary>A permanent AK/SK, or a temporary one when <see cref="SecurityToken"/> is set.</summary>
public sealed record AccessCredential(string AccessKey, string SecretKey, string? SecurityToken)
{
    public override string ToString() => $"AccessCredential {{ AccessKey = {AccessKey} }}";
}

/// <summary>An IAM account (a "domain"): its projects, access keys and users.</summary>
public sealed record Account(
    string DomainId,
    string Name,
    IReadOnlyList<Project> Projects,
    IReadOnlyList<AccessCredential> Credentials,
    IReadOnlyList<IamUser> Users)
{
    public Project? FindProject(string projectId) => Projects.FirstOrDefault(p => p.Id == projectId);
}
