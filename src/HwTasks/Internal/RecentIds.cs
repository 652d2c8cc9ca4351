using System;
using System.Collections.Generic;

namespace HwTasks.Internal
{
    /// <summary>
    /// The ids a listing wrote lately, at most <see cref="Capacity"/> of them: enough to skip what a
    /// page that stepped back (the listing shrank under a pipeline that removes what it lists) repeats,
    /// while the memory of a 100,000-item listing stays that of a few pages.
    /// </summary>
    internal sealed class RecentIds
    {
        private readonly HashSet<string> _ids = new HashSet<string>(StringComparer.Ordinal);
        private readonly Queue<string> _order = new Queue<string>();

        public RecentIds(int capacity) => Capacity = capacity;

        public int Capacity { get; }

        /// <summary>False when the id was written lately (skip it); otherwise remembers it, forgetting the oldest.</summary>
        public bool Add(string id)
        {
            if (!_ids.Add(id)) return false;
            _order.Enqueue(id);
            if (_order.Count > Capacity) _ids.Remove(_order.Dequeue());
            return true;
        }
    }
}
