# The report-search app (CLI, API, page), built from this repository.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The managed Elasticsearch is not needed in a container: Elasticsearch is its own service.
RUN mvn -B -q -DskipTests -Dreportsearch.skipEsDist=true install

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
