using System.Management.Automation;
using System.Text.RegularExpressions;

namespace HwTasks.Validation
{
    /// <summary>A project id is 32 letters and digits (IAM's format; AOM documents exactly 32).</summary>
    public sealed class ValidateProjectIdAttribute : ValidateArgumentsAttribute
    {
        private static readonly Regex Pattern = new Regex("^[0-9A-Za-z]{32}$", RegexOptions.CultureInvariant);

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var text = arguments as string ?? (arguments as PSObject)?.BaseObject as string;
            if (text is null || !Pattern.IsMatch(text))
                throw new ValidationMetadataException(
                    "A project id is 32 letters and digits, like 0123456789abcdef0123456789abcdef. Omit -ProjectId to look it up from the region.");
        }
    }
}
