using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using HwTasks.Core.Errors;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// One writer of a credentials file at a time, across processes: an exclusive handle on a lock
    /// file beside the file ("credentials.lock"). FileShare.None is an exclusive flock(2) on Unix and a
    /// share mode on Windows, and either ends with the process, so a crashed writer never leaves the
    /// file locked. The lock file itself stays: deleting it would let a waiter lock the deleted file
    /// while a newcomer locks a new one.
    /// </summary>
    internal sealed class CredentialsFileLock : IDisposable
    {
        /// <summary>A write holds the lock for milliseconds; this long means the holder is stuck, not busy.</summary>
        public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

        private readonly FileStream _handle;

        private CredentialsFileLock(FileStream handle) => _handle = handle;

        /// <summary>The lock file of a credentials file: beside the file links lead to, so every link shares it.</summary>
        public static string PathFor(string target) => target + ".lock";

        /// <summary>
        /// Takes the lock of <paramref name="target"/> (the file the links of <paramref name="path"/> lead
        /// to), waiting up to <paramref name="wait"/> for another writer to finish.
        /// </summary>
        public static CredentialsFileLock Take(string path, string target, TimeSpan wait)
        {
            var lockPath = PathFor(target);
            var waited = Stopwatch.StartNew();
            var random = new Random();
            while (true)
            {
                try
                {
                    return new CredentialsFileLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                }
                catch (IOException e) when (HeldByAnother(e))
                {
                    if (waited.Elapsed >= wait)
                    {
                        throw HwCloudException.Configuration("CredentialsFileLocked",
                            "The credentials file '" + path + "' is being changed by another process, which held its lock '" + lockPath + "' for " +
                            Math.Round(wait.TotalSeconds, 1).ToString(System.Globalization.CultureInfo.InvariantCulture) +
                            " s. Try again when that process has finished; nothing was written.");
                    }
                    // Waiters wake at different moments, so they do not all retry together.
                    Thread.Sleep(random.Next(5, 40));
                }
            }
        }

        // The lock is held: ERROR_SHARING_VIOLATION or ERROR_LOCK_VIOLATION on Windows; on Unix .NET
        // gives flock's EWOULDBLOCK as its raw errno (11 on Linux, 35 on macOS and the BSDs).
        private static bool HeldByAnother(IOException e)
        {
            if (e is FileNotFoundException || e is DirectoryNotFoundException || e is PathTooLongException) return false;
            var code = e.HResult;
            if ((code & 0xFFFF0000) == 0x80070000) return (code & 0xFFFF) == 32 || (code & 0xFFFF) == 33;
            return code == 11 || code == 35;
        }

        public void Dispose() => _handle.Dispose();
    }
}
