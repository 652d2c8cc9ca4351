using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Http;

namespace HwTasks.Core.Services.Iam
{
    /// <summary>
    /// IAM tokens of password credentials, process-wide, one slot per credential (its fingerprint,
    /// password included), IAM endpoint and region. Concurrent callers — parallel runspaces, a
    /// throttled pipeline — share one request for a new token (single flight); a token is renewed
    /// before it expires (<see cref="AuthToken.RenewAt"/>) and dropped as soon as a service refuses it.
    /// </summary>
    internal static class IamTokenCache
    {
        private static readonly ConcurrentDictionary<string, Slot> Slots = new ConcurrentDictionary<string, Slot>(StringComparer.Ordinal);

        /// <param name="fetch">Asks IAM for a token. It runs once for every caller waiting at the time, and
        /// is not cancelled when one of them is (the others still want the token); its own timeout bounds it.</param>
        public static async Task<AuthToken> GetAsync(string key, Func<Task<AuthToken>> fetch, string identity, CallOptions options,
            CancellationToken cancellationToken)
        {
            var slot = Slots.GetOrAdd(key, _ => new Slot());
            TaskCompletionSource<AuthToken>? started = null;
            Task<AuthToken> pending;
            lock (slot)
            {
                var current = slot.Current;
                if (current is not null && current.IsFresh(DateTimeOffset.UtcNow))
                {
                    options.Trace?.Debug("Using the cached IAM token for " + identity + " (" + current + ").");
                    return current;
                }
                if (slot.Pending is null)
                {
                    started = new TaskCompletionSource<AuthToken>(TaskCreationOptions.RunContinuationsAsynchronously);
                    slot.Pending = started.Task;
                }
                pending = slot.Pending;
            }
            if (started is not null)
            {
                options.Trace?.Verbose("Requesting an IAM token for " + identity + ".");
                _ = FillAsync(slot, started, fetch);
            }
            else
            {
                options.Trace?.Debug("Waiting for the IAM token another command is requesting for " + identity + ".");
            }
            return await WithCancellation(pending, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>A service refused the token: forget it, unless a newer one has replaced it already.</summary>
        public static void Refuse(string key, AuthToken token)
        {
            if (!Slots.TryGetValue(key, out var slot)) return;
            lock (slot)
            {
                if (ReferenceEquals(slot.Current, token)) slot.Current = null;
            }
        }

        /// <summary>Forgets the tokens of one credential (every IAM endpoint and region).</summary>
        public static void Forget(string credentialKey)
        {
            foreach (var key in Slots.Keys)
            {
                if (key.StartsWith(credentialKey + "|", StringComparison.Ordinal)) Slots.TryRemove(key, out _);
            }
        }

        private static async Task FillAsync(Slot slot, TaskCompletionSource<AuthToken> completion, Func<Task<AuthToken>> fetch)
        {
            try
            {
                var token = await fetch().ConfigureAwait(false);
                lock (slot)
                {
                    slot.Current = token;
                    slot.Pending = null;
                }
                completion.SetResult(token);
            }
            catch (Exception e)
            {
                lock (slot) slot.Pending = null; // the next caller asks again
                completion.SetException(e);
            }
        }

        private static async Task<T> WithCancellation<T>(Task<T> task, CancellationToken cancellationToken)
        {
            if (task.IsCompleted || !cancellationToken.CanBeCanceled) return await task.ConfigureAwait(false);
            var cancelled = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellationToken.Register(() => cancelled.TrySetCanceled(cancellationToken)))
            {
                return await (await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }

        private sealed class Slot
        {
            public AuthToken? Current;
            public Task<AuthToken>? Pending;
        }
    }
}
