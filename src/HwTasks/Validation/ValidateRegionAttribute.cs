namespace HwTasks.Validation
{
    /// <summary>A region id such as cn-north-4 or ap-southeast-1 (whether a service serves it is checked later).</summary>
    public sealed class ValidateRegionAttribute : ValidateTextPatternAttribute
    {
        public ValidateRegionAttribute()
            : base("^[a-z]{2}(-[a-z]+)+-[0-9]{1,3}$",
                "A region id looks like cn-north-4 or ap-southeast-1 (lower case). Press Tab after -Region to list the regions a service serves.")
        {
        }
    }
}
