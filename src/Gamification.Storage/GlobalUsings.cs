global using Gamification.Persistence;
global using Orleans;
global using Orleans.Runtime;
