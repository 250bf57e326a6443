namespace Gamification.Testing;

/// <summary>The store a test silo runs on: a fresh SQLite file or a fresh PostgreSQL database.</summary>
public enum TestStorage
{
    Sqlite,
    Postgres,
}
