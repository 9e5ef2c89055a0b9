# DocsGen in a container: the tool package packed from this checkout, installed on the official
# .NET runtime image (ASP.NET Core's, which `docsgen serve` and `docsgen mock` need).
#   docker build -t docsgen .
#   docker run --rm -v "$PWD:/site" docsgen build          # builds ./docsgen.yml's site into ./_site
#   docker run --rm -v "$PWD:/site" docsgen check -f github
#   docker run --rm -p 5000:5000 -v "$PWD:/site" docsgen serve --host 0.0.0.0
# tests/DocsGen.Tests/Shipping runs the same install and commands without Docker.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS pack
ARG TARGETARCH
WORKDIR /src
COPY . .
# One RID-specific (ReadyToRun) package for the image's architecture, plus the pointer package.
RUN dotnet pack generator/DocsGen.Cli -c Release -o /feed -nologo -p:DocsGenToolRids=linux-$(if [ "$TARGETARCH" = "arm64" ]; then echo arm64; else echo x64; fi)
# The version of the package just packed, so no other source's DocsGen can be picked instead.
RUN version="$(basename /feed/DocsGen.[0-9]*.nupkg .nupkg)" && \
    dotnet tool install DocsGen --tool-path /opt/docsgen --add-source /feed --version "${version#DocsGen.}"

FROM mcr.microsoft.com/dotnet/aspnet:10.0
COPY --from=pack /opt/docsgen /opt/docsgen
ENV PATH="/opt/docsgen:${PATH}" \
    DOTNET_ROOT=/usr/share/dotnet \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
RUN docsgen --version
WORKDIR /site
ENTRYPOINT ["docsgen"]
CMD ["--help"]
