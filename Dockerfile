# One image per tizza service, chosen at build time:
#   docker build --build-arg SERVICE=pizza -t tizza-pizza:0.1.0 .
# SERVICE is auth, pizza, bff or frontend. The image is configured only by environment
# variables (see the README) and runs as the non-root user 1001.

# Build with the same toolchain as the developers' machines: Node 20, JDK 17, Maven 3.8.
FROM node:20-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
ARG SERVICE=pizza
RUN set -eu; \
    case "$SERVICE" in \
      auth|pizza|bff) module="$SERVICE-war" ;; \
      frontend) module=frontend ;; \
      *) echo "SERVICE must be auth, pizza, bff or frontend" >&2; exit 1 ;; \
    esac; \
    mvn -B -q -DskipTests -Dtizza.admin.skip=true -pl "$module" -am package; \
    mkdir -p /out/apps /out/app /out/jdbc /out/config; \
    cp "$module/target/$module.war" /out/apps/; \
    cp -r "$module/target/$module/." /out/app/; \
    cp "$module"/target/liberty-config/*.xml /out/config/; \
    mvn -B -q dependency:copy -Dartifact=org.postgresql:postgresql:42.7.14 \
      -DoutputDirectory=/out/jdbc

# Run on the official Open Liberty image; kernel-slim plus only the features server.xml names.
FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi-minimal
ARG SERVICE=pizza
LABEL org.opencontainers.image.title="tizza-${SERVICE}" \
      org.opencontainers.image.version="0.1.0"

COPY --chown=1001:0 --from=build /out/config/ /config/
RUN features.sh

COPY --chown=1001:0 --from=build /out/jdbc/ /opt/ol/wlp/usr/shared/resources/jdbc/
COPY --chown=1001:0 --from=build /out/apps/ /config/apps/
# The same classes, unpacked, for the one-off admin commands (migrate, seed).
COPY --chown=1001:0 --from=build /out/app/ /opt/tizza/app/

ENV LOG_FORMAT=json \
    WLP_LOGGING_CONSOLE_FORMAT=JSON \
    WLP_LOGGING_CONSOLE_SOURCE=message,trace,ffdc
RUN configure.sh

USER 1001
EXPOSE 9080 9081 9082 9083
