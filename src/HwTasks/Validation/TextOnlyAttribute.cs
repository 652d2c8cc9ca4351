using System;
using System.Management.Automation;

namespace HwTasks.Validation
{
    /// <summary>
    /// Keeps a text parameter from taking an object PowerShell would turn into text with ToString():
    /// a hashtable would otherwise bind as 'System.Collections.Hashtable' and be sent as an id. Runs
    /// before that conversion (validation attributes only see its result). Text, numbers, GUIDs and
    /// enums pass, as do arrays (the binder itself refuses more than one value for a string).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class TextOnlyAttribute : ArgumentTransformationAttribute
    {
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is null || value is string || value is char || value is decimal || value is Guid || value is Enum || value is Array ||
                value.GetType().IsPrimitive)
            {
                return inputData;
            }
            throw new ArgumentTransformationMetadataException("The value must be text, not a " + value.GetType().Name + ".");
        }
    }
}
