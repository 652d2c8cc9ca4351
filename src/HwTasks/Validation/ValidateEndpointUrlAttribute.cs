using System;
using System.Management.Automation;

namespace HwTasks.Validation
{
    /// <summary>
    /// An absolute http(s) URL without query, fragment or user information: the base every service
    /// path is appended to. The message never repeats the URL, which may hold a password.
    /// </summary>
    public sealed class ValidateEndpointUrlAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var uri = arguments as Uri ?? (arguments as PSObject)?.BaseObject as Uri;
            var problem = uri is null ? "is not a URL" : Core.Endpoints.EndpointResolver.Problem(uri);
            if (problem is not null)
            {
                throw new ValidationMetadataException(
                    "The endpoint " + problem + ". Pass an absolute http or https URL such as http://127.0.0.1:5080 for the emulator.");
            }
        }
    }
}
