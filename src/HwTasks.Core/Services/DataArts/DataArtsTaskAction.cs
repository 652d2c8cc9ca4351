namespace HwTasks.Core.Services.DataArts
{
    /// <summary>ExecuteTaskAction's action query value.</summary>
    // Based on long so that ConvertTo-Json writes the name, not a number (why: WireEnumConverter).
    public enum DataArtsTaskAction : long
    {
        Start,
        Schedule,
        Stop,
    }
}
