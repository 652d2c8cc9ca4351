using System;
using System.Management.Automation;

namespace HwTasks.Validation
{
    /// <summary>
    /// An id that goes into a URL path or a header: bounded length, no whitespace at the ends, no
    /// control or format characters and no lone surrogates (<see cref="UnsafeText"/>), no '/' or '\'
    /// and not '.'/'..' (no path traversal). PowerShell prefixes the message with the parameter name.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public class ValidateIdentifierAttribute : ValidateArgumentsAttribute
    {
        public ValidateIdentifierAttribute(int minimumLength, int maximumLength)
        {
            MinimumLength = minimumLength;
            MaximumLength = maximumLength;
        }

        public int MinimumLength { get; }
        public int MaximumLength { get; }
        /// <summary>What the id is, for messages ("a CDM job name").</summary>
        public string What { get; set; } = "an id";

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            if (arguments is Array values)
            {
                foreach (var value in values) Check(value);
            }
            else
            {
                Check(arguments);
            }
        }

        private void Check(object? value)
        {
            var text = value is PSObject wrapped ? wrapped.BaseObject as string : value as string;
            if (value is null) throw Fail("must not be empty.");
            if (text is null) throw Fail("must be a string, not a " + (value is PSObject p ? p.BaseObject : value).GetType().Name + ".");
            if (text.Trim().Length == 0) throw Fail("must not be empty or whitespace.");
            if (text.Length < MinimumLength || text.Length > MaximumLength)
                throw Fail("must be " + MinimumLength + " to " + MaximumLength + " characters long; '" + Shorten(text) + "' has " + text.Length + ".");
            if (text.Trim().Length != text.Length) throw Fail("must not start or end with whitespace.");
            var unsafeText = UnsafeText.Find(text);
            if (unsafeText is not null) throw Fail("must not contain control characters, invisible format characters or lone surrogates; it has " + unsafeText + ".");
            foreach (var c in text)
            {
                if (c == '/' || c == '\\') throw Fail("must not contain '/' or '\\'; pass the id alone, not a path.");
            }
            if (text == "." || text == "..") throw Fail("must not be '.' or '..'.");
        }

        private ValidationMetadataException Fail(string problem) =>
            new ValidationMetadataException("The value, " + What + ", " + problem);

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
    }
}
