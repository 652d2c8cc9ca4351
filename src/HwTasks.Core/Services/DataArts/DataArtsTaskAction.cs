namespace HwTasks.Core.Services.DataArts
{
    /// <summary>ExecuteTaskAction's action query value.</summary>
    public enum DataArtsTaskAction
    {
        Start,
        Schedule,
        Stop,
    }
}
