using System;
using System.Linq;
using System.Management.Automation;
using HwTasks.Core;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Errors;

namespace HwTasks.Validation
{
    /// <summary>
    /// Lets -Context take a context that arrives deserialized (Start-Job's $using: and -ArgumentList,
    /// remoting): a property bag named Deserialized.HwTasks.Core.HwCloudContext, without the
    /// credential. <see cref="SerializedContext"/> finds the credential again at its source in this
    /// process, or refuses a context built from parameters with the fix. A live context (same
    /// process: ForEach-Object -Parallel, Start-ThreadJob) and anything else pass unchanged.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class RehydrateContextAttribute : ArgumentTransformationAttribute
    {
        private const string DeserializedTypeName = "Deserialized.HwTasks.Core.HwCloudContext";

        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            if (inputData is not PSObject shown || shown.BaseObject is HwCloudContext || !shown.TypeNames.Contains(DeserializedTypeName))
                return inputData;
            var serialized = new SerializedContext
            {
                CredentialSourceKind = Kind(shown.Properties["CredentialSourceKind"]?.Value),
                ProfileName = Text(shown, "ProfileName"),
                CredentialsFilePath = Text(shown, "CredentialsFilePath"),
                CredentialSource = Text(shown, "CredentialSource"),
                Identity = Text(shown, "Identity"),
                Region = Text(shown, "Region"),
                ProjectId = Text(shown, "ProjectId"),
                EndpointUrl = Url(shown.Properties["EndpointUrl"]?.Value),
                IamEndpoint = Text(shown, "IamEndpoint"),
            };
            try
            {
                return serialized.Rehydrate(new AmbientCredentials());
            }
            catch (HwCloudException failure)
            {
                throw new ArgumentTransformationMetadataException(failure.Message, failure);
            }
        }

        private static string? Text(PSObject shown, string name) =>
            shown.Properties[name]?.Value is { } value ? LanguagePrimitives.ConvertTo<string>(value) : null;

        // A deserialized enum is its number, with its name as ToString(); either converts.
        private static CredentialSourceKind? Kind(object? value)
        {
            if (value is null) return null;
            return LanguagePrimitives.TryConvertTo<CredentialSourceKind>(value, out var kind) &&
                   Enum.IsDefined(typeof(CredentialSourceKind), kind) ? kind : (CredentialSourceKind?)null;
        }

        private static Uri? Url(object? value)
        {
            var unwrapped = value is PSObject wrapped ? wrapped.BaseObject : value;
            return unwrapped as Uri ?? (unwrapped is string text && Uri.TryCreate(text, UriKind.Absolute, out var url) ? url : null);
        }
    }
}
