using System.CommandLine;
using Spectre.Console;

namespace Gamification.Cli.Connection;

/// <summary><c>--url</c> and <c>--key</c> (or GAMIFICATION_URL / GAMIFICATION_KEY): which gateway, with which admin key.</summary>
internal sealed class ServiceOptions
{
    public Option<string> Url { get; } = new("--url")
    {
        Description = "The gateway's base address (env GAMIFICATION_URL)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("GAMIFICATION_URL") ?? "http://localhost:5080",
    };

    public Option<string?> Key { get; } = new("--key")
    {
        Description = "An API key with the admin scope (env GAMIFICATION_KEY)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("GAMIFICATION_KEY"),
    };

    public void AddTo(Command command)
    {
        command.Add(Url);
        command.Add(Key);
    }

    /// <summary>The connection, or null after telling the user what is missing.</summary>
    public GatewayConnection? Connect(ParseResult parse, IAnsiConsole console)
    {
        var key = parse.GetValue(Key);
        if (string.IsNullOrWhiteSpace(key))
        {
            console.WriteLine("No API key: pass --key or set GAMIFICATION_KEY (the embedded silo writes one to data/credentials.txt).");
            return null;
        }
        if (!Uri.TryCreate(parse.GetValue(Url), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            console.WriteLine($"--url must be an http(s) address (is '{parse.GetValue(Url)}').");
            return null;
        }
        return new GatewayConnection(url, key);
    }
}
