using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.DataArts;
using HwTasks.Internal;

namespace HwTasks.Commands.DataArts
{
    /// <summary>Completes -InstanceId with the project's DataArts Studio instances (ListDataArtsStudioInstances, one page of 50), by name.</summary>
    public sealed class DataArtsInstanceIdCompleter : LiveCompleter
    {
        private const int PageSize = 50;

        internal override CloudService Service => DataArtsService.Instance;

        internal override LiveList ListFor(IDictionary boundParameters) => async (target, options, ct) =>
            (await DataArtsCmdlet.DataArts.ListInstancesAsync(target, 0, PageSize, options, ct).ConfigureAwait(false))
            .Items.Where(i => i.InstanceId is not null).OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
            .Select(i => CompletionCandidate.Of(i.InstanceId!, i.Name, i.Status?.ToString(CultureInfo.InvariantCulture), null, i.SpecificationCode));
    }
}
