using System;
using System.IO;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// Replaces a file whole: the new content goes into a temporary file in the same folder (created
    /// readable by its owner only), is flushed to the disk and then renamed over the file. A reader
    /// sees the old file or the new one, never an empty or half-written one; a write that fails (a
    /// full disk) leaves the old file byte for byte and removes the temporary one.
    /// </summary>
    internal static class AtomicFile
    {
        public static void Replace(string target, Action<Stream> write) => Replace(target, write, MoveOver);

        /// <param name="moveOver">Puts the complete temporary file in the target's place; a test fails it as Windows can.</param>
        internal static void Replace(string target, Action<Stream> write, Action<string, string> moveOver)
        {
            var folder = Path.GetDirectoryName(target)!;
            // A dot file, named after the target, so a left-over one (a crash mid-write) is recognisable.
            var temporary = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
            var replacing = false;
            try
            {
                using (var stream = FilePermissions.CreateOwnerOnlyFile(temporary))
                {
                    write(stream);
                    stream.Flush(true);
                }
                replacing = File.Exists(target);
                moveOver(temporary, target);
            }
            catch (IOException) when (replacing && !File.Exists(target) && File.Exists(temporary))
            {
                // ReplaceFile can fail after it removed the old file (ERROR_UNABLE_TO_MOVE_REPLACEMENT):
                // the complete new file is then the only copy, so it goes into place, not away.
                File.Move(temporary, target);
            }
            catch
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    // The write's own failure is the one to report.
                }
                throw;
            }
        }

        // rename(2) on Unix; on Windows only ReplaceFile swaps an existing file in one step.
        private static void MoveOver(string temporary, string target)
        {
            if (File.Exists(target)) File.Replace(temporary, target, null);
            else File.Move(temporary, target);
        }
    }
}
