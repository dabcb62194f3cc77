# The report-search app (CLI, API, page), built from this repository.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependency layer: the poms alone (and the plugin's assembly descriptor, which the package phase reads)
# resolve every dependency and plugin, so a source change rebuilds from here without downloading again.
# A new module needs its pom listed here.
COPY pom.xml ./
COPY text/pom.xml text/
COPY core/pom.xml core/
COPY elasticsearch/smartcn-plugin/pom.xml elasticsearch/smartcn-plugin/
COPY elasticsearch/smartcn-plugin/src/assembly elasticsearch/smartcn-plugin/src/assembly
COPY elasticsearch/launcher/pom.xml elasticsearch/launcher/
COPY testkit/pom.xml testkit/
COPY indexer/pom.xml indexer/
COPY web/pom.xml web/
COPY search-api/pom.xml search-api/
COPY bench/pom.xml bench/
COPY cli/pom.xml cli/
COPY cluster-tests/pom.xml cluster-tests/
COPY e2e/pom.xml e2e/
# The managed Elasticsearch is not needed in a container: Elasticsearch is its own service.
RUN mvn -B -q -DskipTests -Dreportsearch.skipEsDist=true package && rm -rf */target */*/target
COPY . .
RUN mvn -B -q -DskipTests -Dreportsearch.skipEsDist=true package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/cli/target/cli.jar /app/cli.jar
COPY --from=build /src/cli/target/lib /app/lib
COPY --from=build /src/samples /app/samples
RUN useradd --system --home /app reportsearch
USER reportsearch
EXPOSE 7070
ENTRYPOINT ["java", "-Xmx1g", "-Dreportsearch.samples=/app/samples", "-cp", "/app/cli.jar:/app/lib/*", "dev.reportsearch.cli.Main"]
CMD ["up", "--port", "7070"]
