global using Gamification.Contracts;
global using Gamification.Persistence;
global using Orleans;
global using Orleans.Runtime;
global using Microsoft.Extensions.DependencyInjection;
