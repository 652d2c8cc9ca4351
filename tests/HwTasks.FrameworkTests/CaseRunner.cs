using System.Diagnostics;

namespace HwTasks.FrameworkTests
{
    /// <summary>Runs each case at once, reports it on its own line, and ends with dotnet test's summary line.</summary>
    internal sealed class CaseRunner
    {
        private int _passed;
        private int _failed;
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public void Case(string name, Action body)
        {
            try
            {
                body();
                _passed++;
                Console.WriteLine("  Passed " + name);
            }
            catch (Exception e)
            {
                _failed++;
                Console.WriteLine("  Failed " + name);
                Console.WriteLine("    " + e.ToString().Replace("\n", "\n    "));
            }
        }

        public void Case(string name, Func<Task> body) => Case(name, () => body().GetAwaiter().GetResult());

        public int Finish()
        {
            // The form of `dotnet test`'s summary, which .ci/run adds up.
            Console.WriteLine("{0}!  - Failed: {1,5}, Passed: {2,5}, Skipped: {3,5}, Total: {4,5}, Duration: {5} s - HwTasks.FrameworkTests.exe (net472 on {6})",
                _failed == 0 ? "Passed" : "Failed", _failed, _passed, 0, _failed + _passed, (int)_clock.Elapsed.TotalSeconds,
                System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
            return _failed == 0 && _passed > 0 ? 0 : 1;
        }
    }

    internal static class Check
    {
        public static void Equal<T>(T expected, T actual, string what)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
                throw new Exception(what + ": expected <" + expected + "> but was <" + actual + ">");
        }

        public static void True(bool condition, string what)
        {
            if (!condition) throw new Exception(what);
        }

        public static TException Throws<TException>(Action action, string what) where TException : Exception
        {
            try
            {
                action();
            }
            catch (TException e)
            {
                return e;
            }
            throw new Exception(what + ": no " + typeof(TException).Name + " was thrown");
        }
    }
}
