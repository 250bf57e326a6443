# The silo executable; the same image runs a cluster silo or a gateway (Cluster:Role), see docker-compose.yml.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Gamification.Silo -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /srv
COPY --from=build /app /app
COPY silo-config /srv/silo-config
# 8080: the HTTP gateway; 11111: Orleans silo-to-silo; 30000: Orleans clients (the gateway process, .NET services).
EXPOSE 8080 11111 30000
ENTRYPOINT ["dotnet", "/app/gamification-silo.dll"]
