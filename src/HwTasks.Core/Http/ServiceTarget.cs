using System;
using HwTasks.Core.Endpoints;

namespace HwTasks.Core.Http
{
    /// <summary>Where and as whom a call goes: the resolved endpoint, region, project and authenticator.</summary>
    public sealed class ServiceTarget
    {
        public ServiceTarget(CloudService service, Uri baseUri, string region, string? projectId, RequestAuthenticator authenticator)
        {
            Service = service;
            BaseUri = baseUri;
            Region = region;
            ProjectId = projectId;
            Authenticator = authenticator;
        }

        public CloudService Service { get; }
        public Uri BaseUri { get; }
        public string Region { get; }
        public string? ProjectId { get; }
        public RequestAuthenticator Authenticator { get; }

        /// <summary>The project id, or an error saying the call needs one.</summary>
        public string RequireProjectId() =>
            ProjectId ?? throw Errors.HwCloudException.Configuration("ProjectIdRequired",
                "This " + Service.DisplayName + " call needs a project id, and " + Service.DisplayName + " calls get none. Pass -ProjectId, or leave {project_id} out of -Path.");
    }
}
