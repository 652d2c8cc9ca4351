using System;
using System.Management.Automation;

namespace HwTasks.Validation
{
    /// <summary>
    /// A credentials file section name: an identifier (<see cref="ValidateIdentifierAttribute"/>)
    /// without '[' or ']', which would end the section header it is written into.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateProfileNameAttribute : ValidateIdentifierAttribute
    {
        public ValidateProfileNameAttribute()
            : base(1, 64)
        {
            What = "a credentials file section (profile) name";
        }

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            base.Validate(arguments, engineIntrinsics);
            foreach (var value in arguments is Array values ? values : new[] { arguments })
            {
                var text = (value is PSObject wrapped ? wrapped.BaseObject : value) as string;
                if (text is not null && text.IndexOfAny(new[] { '[', ']' }) >= 0)
                    throw new ValidationMetadataException("The value, " + What + ", must not contain '[' or ']'.");
            }
        }
    }
}
