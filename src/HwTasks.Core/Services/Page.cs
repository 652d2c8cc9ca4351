using System.Collections.Generic;

namespace HwTasks.Core.Services
{
    /// <summary>One page of a list call, with the total when the service says it.</summary>
    public sealed class Page<T>
    {
        public Page(IReadOnlyList<T> items, int? total)
        {
            Items = items;
            Total = total;
        }

        public IReadOnlyList<T> Items { get; }
        public int? Total { get; }
    }
}
