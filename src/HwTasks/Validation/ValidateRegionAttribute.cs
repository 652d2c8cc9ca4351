using System.Management.Automation;
using System.Text.RegularExpressions;

namespace HwTasks.Validation
{
    /// <summary>A region id such as cn-north-4 or ap-southeast-1 (whether a service serves it is checked later).</summary>
    public sealed class ValidateRegionAttribute : ValidateArgumentsAttribute
    {
        private static readonly Regex Pattern = new Regex("^[a-z]{2}(-[a-z]+)+-[0-9]{1,3}$", RegexOptions.CultureInvariant);

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var text = arguments as string ?? (arguments as PSObject)?.BaseObject as string;
            if (text is null || !Pattern.IsMatch(text))
                throw new ValidationMetadataException(
                    "A region id looks like cn-north-4 or ap-southeast-1 (lower case). Press Tab after -Region to list the regions a service serves.");
        }
    }
}
