global using Gamification.Contracts;
global using Orleans;
global using Orleans.Runtime;
