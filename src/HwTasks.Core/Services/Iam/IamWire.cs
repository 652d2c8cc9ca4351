using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Iam
{
    /// <summary>KeystoneListProjects: {"projects":[{"id","name",...}]}.</summary>
    internal sealed class IamProjectsResponse : IJsonOnDeserialized
    {
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(Projects, "projects");

        [JsonPropertyName("projects")]
        public List<IamProject>? Projects { get; set; }
    }

    internal sealed class IamProject
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("name")]
        public string? Name { get; set; }
    }

    /// <summary>KeystoneCreateUserTokenByPassword's body (the token itself is the X-Subject-Token header).</summary>
    internal sealed class IamTokenResponse : IJsonOnDeserialized
    {
        void IJsonOnDeserialized.OnDeserialized()
        {
            ResponseShapeException.Require(Token, "token");
            ResponseShapeException.Require(Token!.ExpiresAt, "token.expires_at");
        }

        [JsonPropertyName("token")]
        public IamTokenBody? Token { get; set; }
    }

    internal sealed class IamTokenBody
    {
        [JsonPropertyName("expires_at")]
        public DateTimeOffset? ExpiresAt { get; set; }

        [JsonPropertyName("issued_at")]
        public DateTimeOffset? IssuedAt { get; set; }

        [JsonPropertyName("project")]
        public IamProject? Project { get; set; }
    }
}
