namespace HwTasks.Validation
{
    /// <summary>A project id is 32 letters and digits (IAM's format; AOM documents exactly 32).</summary>
    public sealed class ValidateProjectIdAttribute : ValidateTextPatternAttribute
    {
        public ValidateProjectIdAttribute()
            : base("^[0-9A-Za-z]{32}$",
                "A project id is 32 letters and digits, like 0123456789abcdef0123456789abcdef. Omit -ProjectId to look it up from the region.")
        {
        }
    }
}
