using System.Management.Automation;
using System.Text.RegularExpressions;

namespace HwTasks.Validation
{
    /// <summary>
    /// A text value matching a pattern, failing with a message that says what a good value looks
    /// like (ValidatePattern's own message shows only the regular expression).
    /// </summary>
    public abstract class ValidateTextPatternAttribute : ValidateArgumentsAttribute
    {
        private readonly Regex _pattern;
        private readonly string _message;

        protected ValidateTextPatternAttribute(string pattern, string message)
        {
            _pattern = new Regex(pattern, RegexOptions.CultureInvariant);
            _message = message;
        }

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var text = arguments as string ?? (arguments as PSObject)?.BaseObject as string;
            if (text is null || !_pattern.IsMatch(text)) throw new ValidationMetadataException(_message);
        }
    }
}
