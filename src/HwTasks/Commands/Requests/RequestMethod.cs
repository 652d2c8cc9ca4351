namespace HwTasks.Commands.Requests
{
    /// <summary>
    /// The HTTP methods Invoke-HwCloudRequest sends. Upper case, as on the wire and as completion has
    /// always offered them; PowerShell binds them in any case.
    /// </summary>
    public enum RequestMethod
    {
        GET,
        POST,
        PUT,
        DELETE,
        PATCH,
        HEAD,
    }
}
