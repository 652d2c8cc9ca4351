namespace HwTasks.Emulator.Routing;

/// <summary>One operation: a method and path template, its handler, and what the gateway must know of it.</summary>
internal sealed class Endpoint
{
    public Endpoint(string method, RouteTemplate template, Func<RequestContext, Task<IReply>> handler)
    {
        Method = method;
        Template = template;
        Handler = handler;
    }

    public string Method { get; }

    public RouteTemplate Template { get; }

    public Func<RequestContext, Task<IReply>> Handler { get; }

    /// <summary>Needs no credentials (IAM's password login).</summary>
    public bool IsAnonymous { get; private set; }

    /// <summary>The body carries credentials: the request log replaces every string value in it.</summary>
    public bool CarriesSecrets { get; private set; }

    /// <summary>The emulated service the operation belongs to (its seed section, or "iam"); null for the admin API.</summary>
    public string? Service { get; private set; }

    public Endpoint AllowAnonymous()
    {
        IsAnonymous = true;
        return this;
    }

    public Endpoint WithSecretBody()
    {
        CarriesSecrets = true;
        return this;
    }

    /// <summary>Names the service in the request log, so a test can pick one service's requests.</summary>
    public Endpoint OfService(string service)
    {
        Service = service;
        return this;
    }
}
