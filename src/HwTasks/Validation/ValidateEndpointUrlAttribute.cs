using System;
using System.Management.Automation;

namespace HwTasks.Validation
{
    /// <summary>An absolute http(s) URL without query or fragment: the base every service path is appended to.</summary>
    public sealed class ValidateEndpointUrlAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var uri = arguments as Uri ?? (arguments as PSObject)?.BaseObject as Uri;
            if (uri is null || !Core.Endpoints.EndpointResolver.IsUsableBase(uri))
            {
                throw new ValidationMetadataException(
                    "The endpoint must be an absolute http or https URL without query, such as http://127.0.0.1:5080 for the emulator.");
            }
        }
    }
}
