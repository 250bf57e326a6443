using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Gamification.Testing;

/// <summary>
/// The newest log lines of one in-process node (exceptions in full): for a failing test to print what the node was
/// doing, or for a test to check what it writes. <paramref name="capacity"/> bounds the lines kept.
/// </summary>
public sealed class RecentLog(int capacity = 2000) : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    /// <summary>The kept lines, oldest first.</summary>
    public IReadOnlyList<string> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        lines.Enqueue(line);
        while (lines.Count > capacity)
            lines.TryDequeue(out _);
    }

    private sealed class Logger(RecentLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception)}");
    }
}
