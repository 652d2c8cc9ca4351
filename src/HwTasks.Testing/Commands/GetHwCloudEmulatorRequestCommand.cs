using System.Management.Automation;
using HwTasks.Core.Endpoints;
using HwTasks.Emulator.Http;
using HwTasks.Testing.Requests;

namespace HwTasks.Testing.Commands
{
    /// <summary>Writes the requests the emulator received, in arrival order, optionally only some.</summary>
    [Cmdlet(VerbsCommon.Get, "HwCloudEmulatorRequest")]
    [OutputType(typeof(EmulatorRequest))]
    public sealed class GetHwCloudEmulatorRequestCommand : EmulatorCmdlet
    {
        [Parameter]
        [ValidateSet(HttpMethods.Get, HttpMethods.Put, HttpMethods.Post, HttpMethods.Delete, HttpMethods.Head, HttpMethods.Options)]
        public string? Method { get; set; }

        /// <summary>A wildcard over the path (without the query), e.g. '*/cdm/job/*/start'.</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(ServiceNameCompleter))]
        public CloudService? Service { get; set; }

        protected override void Process()
        {
            var filter = new RequestFilter(Method, Path, Service?.Name);
            foreach (var request in RequestLog.Of(Target))
                if (filter.Matches(request)) WriteObject(request);
        }
    }
}
