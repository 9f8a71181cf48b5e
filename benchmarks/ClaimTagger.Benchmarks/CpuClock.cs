using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ClaimTagger.Benchmarks;

/// <summary>
/// CPU time used by the calling thread: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c> on Linux, else the CPU time of
/// the whole process (<see cref="Process.TotalProcessorTime"/>). On a shared machine the CPU time of a
/// single-threaded run barely moves when other processes compete for the cores, while its wall time can double.
/// </summary>
/// <remarks>
/// The thread clock counts the work the runtime does on the measuring thread, including the gen0/gen1 garbage
/// collections its allocations trigger (workstation GC collects on the allocating thread), but not background
/// (gen2) collection or the JIT's background compilation threads. It still counts cycles lost to cache and
/// hyperthread sharing with other processes, so it is not perfectly immune to load.
/// </remarks>
internal static partial class CpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>Gets a value indicating whether <see cref="Now"/> reads the calling thread's clock (Linux), rather
    /// than the process's.</summary>
    public static bool IsPerThread { get; } = Probe();

    /// <summary>Gets the name of the clock, for reports.</summary>
    public static string Name => IsPerThread ? "thread CPU time (clock_gettime CLOCK_THREAD_CPUTIME_ID)" : "process CPU time (Process.TotalProcessorTime)";

    /// <summary>Returns the CPU time used so far, in seconds.</summary>
    /// <returns>Seconds of CPU time.</returns>
    public static double Now()
    {
        if (IsPerThread && ClockGetTime(ClockThreadCpuTimeId, out Timespec ts) == 0)
        {
            return ts.Seconds + (ts.Nanoseconds / 1e9);
        }

        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out Timespec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
