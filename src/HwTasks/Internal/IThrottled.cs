namespace HwTasks.Internal
{
    /// <summary>A command whose piped items' calls may be in flight together: -ThrottleLimit N.</summary>
    internal interface IThrottled
    {
        int ThrottleLimit { get; }
    }
}
