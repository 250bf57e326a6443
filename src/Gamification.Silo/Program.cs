using Gamification.Silo;
using Microsoft.Extensions.Options;

try
{
    var silo = SiloApplication.Build(args);
    // Validate every option before the host starts, so a bad setting is reported once, by key.
    silo.Services.GetRequiredService<IStartupValidator>().Validate();
    await silo.RunAsync();
    return 0;
}
catch (SiloConfigurationException invalid)
{
    // Bad settings are the operator's to fix: say which keys, without a stack trace.
    await Console.Error.WriteLineAsync(invalid.Message);
    return 2;
}
catch (OptionsValidationException invalid)
{
    await Console.Error.WriteLineAsync("The silo's settings are invalid:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", invalid.Failures));
    return 2;
}
