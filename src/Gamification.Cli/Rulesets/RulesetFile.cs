using Gamification.Domain.Rules;
using Gamification.Domain.Rules.Json;

namespace Gamification.Cli.Rulesets;

/// <summary>A ruleset file read through the same reader the silo uses, so what passes here loads there.</summary>
internal static class RulesetFile
{
    public static RulesetLoad Load(FileInfo file)
    {
        if (!file.Exists)
            return new RulesetLoad(null, [new RulesetError("$", $"file not found: {file.FullName}")]);
        try
        {
            return RulesetReader.Read(File.ReadAllText(file.FullName));
        }
        catch (IOException e)
        {
            return new RulesetLoad(null, [new RulesetError("$", $"cannot read {file.FullName}: {e.Message}")]);
        }
    }
}
