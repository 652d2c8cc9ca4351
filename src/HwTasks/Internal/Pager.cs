using System;
using System.Collections.Generic;
using System.Management.Automation;
using HwTasks.Core.Services;

namespace HwTasks.Internal
{
    /// <summary>
    /// Pages a list call to completion, writing each page's objects as it arrives, honouring -First
    /// and -Skip without fetching pages beyond what they need, and stopping on an empty, short or
    /// repeated page (a service that ignores the offset must not loop forever). Its memory does not
    /// grow with the listing: only the last pages' ids are kept (<see cref="RecentIds"/>).
    /// </summary>
    internal sealed class Pager
    {
        private readonly IPipelineOutput _output;
        private readonly ulong _skip;
        private readonly ulong _first;
        private readonly PagingParameters? _paging;

        /// <param name="paging">The command's -First/-Skip/-IncludeTotalCount; null pages through everything.</param>
        public Pager(IPipelineOutput output, PagingParameters? paging)
        {
            _output = output;
            _paging = paging;
            _skip = paging?.Skip ?? 0;
            _first = paging?.First ?? ulong.MaxValue;
        }

        private bool IncludeTotalCount => _paging?.IncludeTotalCount == true;

        /// <summary>For APIs that take an offset and a limit (Kafka start/limit, OMS and DataArts offset/limit).</summary>
        public void ByOffset<T>(int maximumPageSize, Func<int, int, Page<T>> fetch, Func<T, string?> identity)
        {
            var offset = (int)Math.Min(_skip, int.MaxValue);
            Run(offset, 0, 1, remaining => (int)Math.Min((ulong)maximumPageSize, remaining), fetch, identity);
        }

        /// <summary>
        /// For APIs that take a page number (CDM page_no from 1, AOM page from 0): pages keep one
        /// size so page numbers line up; items before -Skip on the first page are dropped.
        /// </summary>
        public void ByPageNumber<T>(int pageSize, int firstPageNumber, Func<int, int, Page<T>> fetch, Func<T, string?> identity)
        {
            var skip = (int)Math.Min(_skip, int.MaxValue);
            var discard = skip % pageSize;
            Run(skip - discard, discard, pageSize, _ => pageSize, (start, size) => fetch(firstPageNumber + start / pageSize, size), identity);
        }

        /// <param name="alignment">Offsets must be multiples of this (1 for offset APIs, the page size for page numbers).</param>
        private void Run<T>(int offset, int discard, int alignment, Func<ulong, int> pageSizeFor, Func<int, int, Page<T>> fetch, Func<T, string?> identity)
        {
            var remaining = _first;
            if (remaining == 0 && !IncludeTotalCount) return;
            string? previous = null;
            int? lastTotal = null;
            // A step back is at most what the listing shrank by, which a pipeline removing what it
            // lists keeps to about a page; ten pages of ids cover it with room to spare.
            var written = new RecentIds(10 * Math.Max(alignment, pageSizeFor(ulong.MaxValue)));
            var first = true;
            while (true)
            {
                var limit = pageSizeFor(Math.Max(remaining, 1));
                var page = fetch(offset, limit);
                if (first && IncludeTotalCount)
                {
                    _output.WriteObject(page.Total.HasValue
                        ? _paging!.NewTotalCount((ulong)page.Total.Value, 1.0)
                        : _paging!.NewTotalCount(0, 0.0));
                }
                // The listing shrank since the last page, typically because the pipeline removed (or
                // started out of a status filter) what was already written: the items not listed yet
                // moved towards the front. Step back by as much and read again; what was already
                // written is skipped below. The total only falls, so this ends.
                if (!first && offset > 0 && page.Total < lastTotal)
                {
                    var back = Math.Min(offset, lastTotal!.Value - page.Total!.Value);
                    offset = (offset - back) / alignment * alignment;
                    lastTotal = page.Total;
                    continue;
                }
                first = false;
                lastTotal = page.Total;
                if (remaining == 0 || page.Items.Count == 0) return;

                var signature = identity(page.Items[0]) + "|" + identity(page.Items[page.Items.Count - 1]) + "|" + page.Items.Count;
                if (signature == previous)
                {
                    _output.Warning("The service returned the same page twice at offset " + offset + "; stopping the listing there.");
                    return;
                }
                previous = signature;

                for (var i = discard; i < page.Items.Count && remaining > 0; i++)
                {
                    var id = identity(page.Items[i]);
                    if (id is not null && !written.Add(id)) continue;
                    _output.WriteObject(page.Items[i]);
                    remaining--;
                }
                discard = 0;
                offset += page.Items.Count;
                if (remaining == 0 || page.Items.Count < limit || (page.Total.HasValue && offset >= page.Total.Value)) return;
            }
        }
    }
}
