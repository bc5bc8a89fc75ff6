// eclipse-temurin 17/21 JDK and JRE (Ubuntu noble and Alpine), maven:3.9 on Temurin 17/21 and
// gradle:8 on Temurin 21. Layers follow adoptium/containers, carlossg/docker-maven and
// gradle/docker-gradle.
import type { Entry, ImageSpec, Step } from '../types';
import { DEBIAN_GROUP, DEBIAN_PASSWD } from './common';

const REPO_INFO = 'docker-library/repo-info';
const JAVA_PATH = 'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const LOCALE_ENV = ['LANG=en_US.UTF-8', 'LANGUAGE=en_US:en', 'LC_ALL=en_US.UTF-8'];

const JDK_BIN = {
  '/opt/java/openjdk/bin': {
    java: 12_600, javac: 12_640, jar: 12_640, jarsigner: 12_656, javadoc: 12_656, javap: 12_640, jcmd: 12_640, jconsole: 12_656,
    jdb: 12_640, jdeprscan: 12_656, jdeps: 12_640, jfr: 12_640, jhsdb: 12_640, jimage: 12_640, jinfo: 12_640, jlink: 12_640,
    jmap: 12_640, jmod: 12_640, jpackage: 12_656, jps: 12_640, jrunscript: 12_656, jshell: 12_640, jstack: 12_640, jstat: 12_640,
    jstatd: 12_640, jwebserver: 12_656, keytool: 12_640, rmiregistry: 12_656, serialver: 12_656,
  },
};
const JRE_BIN = { '/opt/java/openjdk/bin': { java: 12_600, jfr: 12_640, jrunscript: 12_656, jwebserver: 12_656, keytool: 12_640, rmiregistry: 12_656 } };

const JDK_BULK = { '/opt/java/openjdk/jmods': 30, '/opt/java/openjdk/lib': 12, '/opt/java/openjdk/include': 1, '/opt/java/openjdk/legal': 1, '/opt/java/openjdk/conf': 1 };
const JRE_BULK = { '/opt/java/openjdk/lib': 10, '/opt/java/openjdk/legal': 1, '/opt/java/openjdk/conf': 1 };

const JDK21_FILES: Entry[] = [
  { p: '/opt/java/openjdk/lib/modules', s: 140_000_000 },
  { p: '/opt/java/openjdk/lib/server/libjvm.so', s: 23_500_000 },
  { p: '/opt/java/openjdk/lib/server/classes.jsa', s: 15_200_000 },
  { p: '/opt/java/openjdk/lib/server/classes_nocoops.jsa', s: 15_100_000 },
  { p: '/opt/java/openjdk/lib/security/cacerts', s: 160_000 },
  { p: '/opt/java/openjdk/release', s: 1_590 },
];
const JRE21_FILES: Entry[] = [
  { p: '/opt/java/openjdk/lib/modules', s: 62_000_000 },
  { p: '/opt/java/openjdk/lib/server/libjvm.so', s: 23_500_000 },
  { p: '/opt/java/openjdk/lib/server/classes.jsa', s: 15_200_000 },
  { p: '/opt/java/openjdk/lib/server/classes_nocoops.jsa', s: 15_100_000 },
  { p: '/opt/java/openjdk/lib/security/cacerts', s: 160_000 },
  { p: '/opt/java/openjdk/release', s: 1_440 },
];
const JDK17_FILES: Entry[] = [
  { p: '/opt/java/openjdk/lib/modules', s: 128_000_000 },
  { p: '/opt/java/openjdk/lib/server/libjvm.so', s: 22_000_000 },
  { p: '/opt/java/openjdk/lib/server/classes.jsa', s: 14_000_000 },
  { p: '/opt/java/openjdk/lib/server/classes_nocoops.jsa', s: 13_900_000 },
  { p: '/opt/java/openjdk/lib/security/cacerts', s: 160_000 },
  { p: '/opt/java/openjdk/release', s: 1_560 },
];
const JRE17_FILES: Entry[] = [
  { p: '/opt/java/openjdk/lib/modules', s: 56_000_000 },
  { p: '/opt/java/openjdk/lib/server/libjvm.so', s: 22_000_000 },
  { p: '/opt/java/openjdk/lib/server/classes.jsa', s: 14_000_000 },
  { p: '/opt/java/openjdk/lib/server/classes_nocoops.jsa', s: 13_900_000 },
  { p: '/opt/java/openjdk/lib/security/cacerts', s: 160_000 },
  { p: '/opt/java/openjdk/release', s: 1_410 },
];

const APT_FILES: Entry[] = [
  { p: '/usr/bin/curl', s: 300_000, x: true },
  { p: '/usr/bin/wget', s: 530_000, x: true },
  { p: '/usr/bin/fc-cache', s: 23_000, x: true },
  { p: '/usr/bin/locale-gen', s: 3_000, x: true },
  { p: '/usr/lib/locale/locale-archive', s: 3_050_000 },
  { p: '/etc/locale.gen', s: 10_700 },
  { p: '/etc/ssl/certs/ca-certificates.crt', s: 221_000 },
  { p: '/etc/timezone', c: 'Etc/UTC\n' },
  { p: '/etc/localtime', l: '/usr/share/zoneinfo/Etc/UTC' },
  { p: '/usr/share/zoneinfo/Etc/UTC', s: 114 },
];
const APT_BULK = { '/usr/lib/x86_64-linux-gnu': 10, '/usr/share/zoneinfo': 4, '/usr/share/fonts/truetype/dejavu': 2, '/usr/share': 3, '/var/lib/dpkg': 1 };

const APT_JDK: Step = {
  run: 'RUN /bin/sh -c set -eux; apt-get update; DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl wget fontconfig ca-certificates p11-kit binutils tzdata locales; echo "en_US.UTF-8 UTF-8" >> /etc/locale.gen; locale-gen en_US.UTF-8; rm -rf /var/lib/apt/lists/* # buildkit',
  mb: 48,
  files: [...APT_FILES, { p: '/usr/bin/x86_64-linux-gnu-objcopy', s: 1_200_000, x: true }, { p: '/usr/bin/objcopy', l: 'x86_64-linux-gnu-objcopy' }],
  bulk: APT_BULK,
};
const APT_JRE: Step = {
  run: 'RUN /bin/sh -c set -eux; apt-get update; DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl wget fontconfig ca-certificates p11-kit tzdata locales; echo "en_US.UTF-8 UTF-8" >> /etc/locale.gen; locale-gen en_US.UTF-8; rm -rf /var/lib/apt/lists/* # buildkit',
  mb: 40,
  files: APT_FILES,
  bulk: APT_BULK,
};
const APK_STEP: Step = {
  run: 'RUN /bin/sh -c set -eux; apk add --no-cache fontconfig ttf-dejavu gnupg ca-certificates p11-kit-trust musl-locales musl-locales-lang tzdata coreutils openssl; rm -rf /var/cache/apk/* # buildkit',
  mb: 40,
  files: [
    { p: '/usr/bin/gpg', s: 1_100_000, x: true },
    { p: '/usr/bin/openssl', s: 900_000, x: true },
    { p: '/usr/bin/coreutils', s: 1_100_000, x: true },
    { p: '/usr/share/zoneinfo/UTC', s: 111 },
    { p: '/etc/ssl/certs/ca-certificates.crt', s: 218_000 },
  ],
  bulk: { '/usr/share/fonts/dejavu': 4, '/usr/lib': 8, '/usr/share/zoneinfo': 2, '/usr/share': 1 },
};

const JDK_INSTALL = 'RUN /bin/sh -c set -eux; ARCH="$(dpkg --print-architecture)"; case "${ARCH}" in amd64) ESUM=…; BINARY_URL=\'https://github.com/adoptium/…/OpenJDK…U-jdk_x64_linux_hotspot_….tar.gz\'; ;; … esac; wget --progress=dot:giga -O /tmp/openjdk.tar.gz ${BINARY_URL}; … mkdir -p "$JAVA_HOME"; tar --extract --file /tmp/openjdk.tar.gz --directory "$JAVA_HOME" --strip-components 1 --no-same-owner; rm -f /tmp/openjdk.tar.gz ${JAVA_HOME}/lib/src.zip; … ldconfig; java -Xshare:dump; # buildkit';
const JRE_INSTALL = 'RUN /bin/sh -c set -eux; ARCH="$(dpkg --print-architecture)"; case "${ARCH}" in amd64) ESUM=…; BINARY_URL=\'https://github.com/adoptium/…/OpenJDK…U-jre_x64_linux_hotspot_….tar.gz\'; ;; … esac; wget --progress=dot:giga -O /tmp/openjdk.tar.gz ${BINARY_URL}; … mkdir -p "$JAVA_HOME"; tar --extract --file /tmp/openjdk.tar.gz --directory "$JAVA_HOME" --strip-components 1 --no-same-owner; rm -f /tmp/openjdk.tar.gz; … ldconfig; java -Xshare:dump; # buildkit';
const JDK_INSTALL_ALPINE = 'RUN /bin/sh -c set -eux; ARCH="$(apk --print-arch)"; case "${ARCH}" in x86_64) ESUM=…; BINARY_URL=\'https://github.com/adoptium/…/OpenJDK…U-jdk_x64_alpine-linux_hotspot_….tar.gz\'; ;; … esac; wget -O /tmp/openjdk.tar.gz ${BINARY_URL}; … tar --extract --file /tmp/openjdk.tar.gz --directory "$JAVA_HOME" --strip-components 1 --no-same-owner; rm -f /tmp/openjdk.tar.gz ${JAVA_HOME}/lib/src.zip; java -Xshare:dump; # buildkit';
const JRE_INSTALL_ALPINE = 'RUN /bin/sh -c set -eux; ARCH="$(apk --print-arch)"; case "${ARCH}" in x86_64) ESUM=…; BINARY_URL=\'https://github.com/adoptium/…/OpenJDK…U-jre_x64_alpine-linux_hotspot_….tar.gz\'; ;; … esac; wget -O /tmp/openjdk.tar.gz ${BINARY_URL}; … tar --extract --file /tmp/openjdk.tar.gz --directory "$JAVA_HOME" --strip-components 1 --no-same-owner; rm -f /tmp/openjdk.tar.gz; java -Xshare:dump; # buildkit';

const VERIFY_JDK: Step = { run: 'RUN /bin/sh -c set -eux; echo "Verifying install ..."; fileEncoding="$(echo \'System.out.println(System.getProperty("file.encoding"))\' | jshell -s -)"; [ "$fileEncoding" = \'UTF-8\' ]; rm -rf ~/.java; echo "javac --version"; javac --version; echo "java --version"; java --version; echo "Complete." # buildkit', exact: true, files: [] };
const VERIFY_JRE: Step = { run: 'RUN /bin/sh -c set -eux; echo "Verifying install ..."; echo "java --version"; java --version; echo "Complete." # buildkit', exact: true, files: [] };
const CACERT: Step[] = [
  { run: 'COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh # buildkit', exact: true, files: [{ p: '/__cacert_entrypoint.sh', s: 5_300, x: true }] },
  { empty: 'ENTRYPOINT ["/__cacert_entrypoint.sh"]' },
];
const JAVA_ENV_ROWS: Step[] = [
  { empty: 'ENV JAVA_HOME=/opt/java/openjdk' },
  { empty: `ENV ${JAVA_PATH}` },
  { empty: 'ENV LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8' },
];

const NOBLE_FACTS = { libc: 'glibc', shell: '/bin/sh (dash); bash', packageManager: 'apt', caCertificates: true, tzdata: true } as const;
const ALPINE_FACTS = { libc: 'musl', shell: '/bin/sh (busybox ash)', packageManager: 'apk', caCertificates: true, tzdata: true } as const;
const TEMURIN_NOTE = 'JAVA_HOME=/opt/java/openjdk. The JDK\'s src.zip is removed and a CDS archive is generated (java -Xshare:dump). /__cacert_entrypoint.sh adds certificates from /certificates when USE_SYSTEM_CA_CERTS is set, then runs the command.';
const NOBLE_ALIAS_NOTE = 'In 2026 the unsuffixed tag moved to Ubuntu 26.04 (resolute; 21-jdk measured 474.81 MB there); the catalog keeps it on noble, where the maven and gradle images are built.';

const MAVEN_LABELS = {
  'org.opencontainers.image.title': 'Apache Maven',
  'org.opencontainers.image.source': 'https://github.com/carlossg/docker-maven',
  'org.opencontainers.image.url': 'https://github.com/carlossg/docker-maven',
  'org.opencontainers.image.description':
    "Apache Maven is a software project management and comprehension tool. Based on the concept of a project object model (POM), Maven can manage a project's build, reporting and documentation from a central piece of information.",
};

const MAVEN_STEPS: Step[] = [
  {
    run: 'RUN /bin/sh -c apt-get update && apt-get install -y ca-certificates curl git openssh-client --no-install-recommends && rm -rf /var/lib/apt/lists/* # buildkit',
    files: [{ p: '/usr/bin/git', s: 3_900_000, x: true }, { p: '/usr/bin/ssh', s: 920_000, x: true }, { p: '/usr/bin/scp', s: 130_000, x: true }],
    bulk: { '/usr/lib/git-core': 12, '/usr/share/perl/5.38': 10, '/usr/lib/x86_64-linux-gnu': 8, '/usr/share': 4 },
  },
  { empty: 'LABEL org.opencontainers.image.title=Apache Maven' },
  { empty: 'LABEL org.opencontainers.image.source=https://github.com/carlossg/docker-maven' },
  { empty: 'LABEL org.opencontainers.image.url=https://github.com/carlossg/docker-maven' },
  { empty: `LABEL org.opencontainers.image.description=${MAVEN_LABELS['org.opencontainers.image.description']}` },
  { empty: 'ENV MAVEN_HOME=/usr/share/maven' },
  {
    run: 'COPY /usr/share/maven /usr/share/maven # buildkit',
    mb: 10.4,
    files: [
      { p: '/usr/share/maven/bin/mvn', s: 5_878, x: true },
      { p: '/usr/share/maven/bin/mvnDebug', s: 1_539, x: true },
      { p: '/usr/share/maven/bin/m2.conf', s: 1_611 },
      { p: '/usr/share/maven/boot/plexus-classworlds-2.9.0.jar', s: 53_000 },
      { p: '/usr/share/maven/conf/settings.xml', s: 10_742 },
      { p: '/usr/share/maven/ref/settings-docker.xml', s: 107 },
    ],
    bulk: { '/usr/share/maven/lib': 1 },
  },
  { run: 'COPY /usr/local/bin/mvn-entrypoint.sh /usr/local/bin/mvn-entrypoint.sh # buildkit', exact: true, files: [{ p: '/usr/local/bin/mvn-entrypoint.sh', s: 1_420, x: true }] },
  { run: 'RUN /bin/sh -c ln -s ${MAVEN_HOME}/bin/mvn /usr/bin/mvn # buildkit', exact: true, files: [{ p: '/usr/bin/mvn', l: '/usr/share/maven/bin/mvn' }] },
  { empty: 'ARG USER_HOME_DIR=/root' },
  { empty: 'ENV MAVEN_CONFIG=/root/.m2' },
  {
    run: 'RUN |1 USER_HOME_DIR=/root /bin/sh -c mvn org.apache.maven.plugins:maven-toolchains-plugin:3.2.0:generate-jdk-toolchains-xml && mv "$MAVEN_CONFIG/discovered-jdk-toolchains-cache.xml" "$MAVEN_CONFIG/toolchains.xml" # buildkit',
    mb: 2.5,
    files: [{ p: '/root/.m2/toolchains.xml', s: 1_200 }],
    bulk: { '/root/.m2/repository': 1 },
  },
  { empty: 'ENTRYPOINT ["/usr/local/bin/mvn-entrypoint.sh"]' },
  { empty: 'CMD ["mvn"]' },
];

const MAVEN_CONFIG = { labels: MAVEN_LABELS, env: ['MAVEN_HOME=/usr/share/maven', 'MAVEN_CONFIG=/root/.m2'], entrypoint: ['/usr/local/bin/mvn-entrypoint.sh'], cmd: ['mvn'] };

export const JAVA: ImageSpec[] = [
  // ---- eclipse-temurin on Ubuntu 24.04 (noble) ----
  {
    tags: ['eclipse-temurin:21-jdk', 'eclipse-temurin:21-jdk-noble', 'eclipse-temurin:21', 'eclipse-temurin:21-noble'],
    from: 'ubuntu:24.04',
    steps: [...JAVA_ENV_ROWS, APT_JDK, { empty: 'ENV JAVA_VERSION=jdk-21.0.11+10' }, { run: JDK_INSTALL, files: JDK21_FILES, exe: JDK_BIN, bulk: JDK_BULK }, VERIFY_JDK, ...CACERT, { empty: 'CMD ["jshell"]' }],
    config: { env: ['JAVA_HOME=/opt/java/openjdk', JAVA_PATH, ...LOCALE_ENV, 'JAVA_VERSION=jdk-21.0.11+10'], entrypoint: ['/__cacert_entrypoint.sh'], cmd: ['jshell'] },
    size: { mb: 448.57, basis: 'measured', source: `${REPO_INFO} repos/eclipse-temurin/local/21-jdk-noble.md`, asOf: '2026-07-02 (21.0.11+10)' },
    facts: { ...NOBLE_FACTS, sources: [`${REPO_INFO} repos/eclipse-temurin/local/21-jdk-noble.md`, `${REPO_INFO} repos/eclipse-temurin/remote/21-jdk-noble.md`, 'adoptium/containers 21/jdk/ubuntu/noble/Dockerfile'], notes: `${TEMURIN_NOTE} ${NOBLE_ALIAS_NOTE}` },
  },
  {
    tags: ['eclipse-temurin:21-jre', 'eclipse-temurin:21-jre-noble'],
    from: 'ubuntu:24.04',
    steps: [...JAVA_ENV_ROWS, APT_JRE, { empty: 'ENV JAVA_VERSION=jdk-21.0.12+8' }, { run: JRE_INSTALL, files: JRE21_FILES, exe: JRE_BIN, bulk: JRE_BULK }, VERIFY_JRE, ...CACERT],
    config: { env: ['JAVA_HOME=/opt/java/openjdk', JAVA_PATH, ...LOCALE_ENV, 'JAVA_VERSION=jdk-21.0.12+8'], entrypoint: ['/__cacert_entrypoint.sh'] },
    size: { mb: 287.54, basis: 'measured', source: `${REPO_INFO} repos/eclipse-temurin/local/21-jre-noble.md`, asOf: '2026-08-21 (21.0.12+8)' },
    facts: { ...NOBLE_FACTS, sources: [`${REPO_INFO} repos/eclipse-temurin/local/21-jre-noble.md`], notes: `No javac, jlink or jshell. No CMD: ENTRYPOINT cleared the CMD inherited from ubuntu. ${TEMURIN_NOTE}` },
  },
  {
    tags: ['eclipse-temurin:17-jdk', 'eclipse-temurin:17-jdk-noble', 'eclipse-temurin:17', 'eclipse-temurin:17-noble'],
    from: 'ubuntu:24.04',
    steps: [...JAVA_ENV_ROWS, APT_JDK, { empty: 'ENV JAVA_VERSION=jdk-17.0.16+8' }, { run: JDK_INSTALL, files: JDK17_FILES, exe: JDK_BIN, bulk: JDK_BULK }, VERIFY_JDK, ...CACERT, { empty: 'CMD ["jshell"]' }],
    config: { env: ['JAVA_HOME=/opt/java/openjdk', JAVA_PATH, ...LOCALE_ENV, 'JAVA_VERSION=jdk-17.0.16+8'], entrypoint: ['/__cacert_entrypoint.sh'], cmd: ['jshell'] },
    size: { mb: 420, basis: 'estimate', source: 'by analogy with eclipse-temurin:21-jdk-noble (448.57 MB); JDK 17 is somewhat smaller' },
    facts: { ...NOBLE_FACTS, sources: [`${REPO_INFO} repos/eclipse-temurin/local/21-jdk-noble.md`], date: '2026-11', notes: `JAVA_VERSION is a representative 17.0.x release (estimate). ${TEMURIN_NOTE}` },
  },
  {
    tags: ['eclipse-temurin:17-jre', 'eclipse-temurin:17-jre-noble'],
    from: 'ubuntu:24.04',
    steps: [...JAVA_ENV_ROWS, APT_JRE, { empty: 'ENV JAVA_VERSION=jdk-17.0.16+8' }, { run: JRE_INSTALL, files: JRE17_FILES, exe: JRE_BIN, bulk: JRE_BULK }, VERIFY_JRE, ...CACERT],
    config: { env: ['JAVA_HOME=/opt/java/openjdk', JAVA_PATH, ...LOCALE_ENV, 'JAVA_VERSION=jdk-17.0.16+8'], entrypoint: ['/__cacert_entrypoint.sh'] },
    size: { mb: 275, basis: 'estimate', source: 'by analogy with eclipse-temurin:21-jre-noble (287.54 MB)' },
    facts: { ...NOBLE_FACTS, sources: [`${REPO_INFO} repos/eclipse-temurin/local/21-jre-noble.md`], date: '2026-11', notes: `JAVA_VERSION is a representative 17.0.x release (estimate). ${TEMURIN_NOTE}` },
  },
  // ---- eclipse-temurin on Alpine 3.24 ----
  {
    tags: ['eclipse-temurin:21-jre-alpine', 'eclipse-temurin:21-jre-alpine-3.24'],
    from: 'alpine:3.24',
    steps: [...JAVA_ENV_ROWS, APK_STEP, { empty: 'ENV JAVA_VERSION=jdk-21.0.12+8' }, { run: JRE_INSTALL_ALPINE, files: JRE21_FILES, exe: JRE_BIN, bulk: JRE_BULK }, VERIFY_JRE, ...CACERT],
    config: { env: ['JAVA_HOME=/opt/java/openjdk', JAVA_PATH, ...LOCALE_ENV, 'JAVA_VERSION=jdk-21.0.12+8'], entrypoint: ['/__cacert_entrypoint.sh'] },
    size: { mb: 207.7, basis: 'measured', source: `${REPO_INFO} repos/eclipse-temurin/local/21-jre-alpine-3.24.md`, asOf: '2026-09-17 (21.0.12_8-jre-alpine-3.24)' },
    facts: { ...ALPINE_FACTS, sources: [`${REPO_INFO} repos/eclipse-temurin/local/21-jre-alpine-3.24.md`, `${REPO_INFO} repos/eclipse-temurin/remote/21-jre-alpine.md`], notes: `A musl build of Temurin. ${TEMURIN_NOTE}` },
  },
  {
    tags: ['eclipse-temurin:21-jdk-alpine', 'eclipse-temurin:21-alpine', 'eclipse-temurin:21-jdk-alpine-3.24', 'eclipse-temurin:21-alpine-3.24'],
    from: 'alpine:3.24',
    steps: [...JAVA_ENV_ROWS, { ...APK_STEP, mb: 48 }, { empty: 'ENV JAVA_VERSION=jdk-21.0.12+8' }, { run: JDK_INSTALL_ALPINE, files: JDK21_FILES, exe: JDK_BIN, bulk: JDK_BULK }, VERIFY_JDK, ...CACERT, { empty: 'CMD ["jshell"]' }],
    config: { env: ['JAVA_HOME=/opt/java/openjdk', JAVA_PATH, ...LOCALE_ENV, 'JAVA_VERSION=jdk-21.0.12+8'], entrypoint: ['/__cacert_entrypoint.sh'], cmd: ['jshell'] },
    size: {
      mb: 378.83,
      basis: 'estimate',
      source: 'alpine:3.24 (8.42) + packages (48, estimate) + the JDK 21 layer of eclipse-temurin:21-jdk-noble (322.40, derived from its measured size)',
      corrected: { from: null, why: 'not in the research data' },
    },
    facts: { ...ALPINE_FACTS, sources: [`${REPO_INFO} repos/eclipse-temurin/local/21-jdk-noble.md`, `${REPO_INFO} repos/eclipse-temurin/local/21-jre-alpine-3.24.md`], date: '2026-11', notes: TEMURIN_NOTE },
  },
  {
    tags: ['eclipse-temurin:17-jre-alpine', 'eclipse-temurin:17-jre-alpine-3.24'],
    from: 'alpine:3.24',
    steps: [...JAVA_ENV_ROWS, APK_STEP, { empty: 'ENV JAVA_VERSION=jdk-17.0.16+8' }, { run: JRE_INSTALL_ALPINE, files: JRE17_FILES, exe: JRE_BIN, bulk: JRE_BULK }, VERIFY_JRE, ...CACERT],
    config: { env: ['JAVA_HOME=/opt/java/openjdk', JAVA_PATH, ...LOCALE_ENV, 'JAVA_VERSION=jdk-17.0.16+8'], entrypoint: ['/__cacert_entrypoint.sh'] },
    size: { mb: 195, basis: 'estimate', source: 'by analogy with eclipse-temurin:21-jre-alpine (207.7 MB)' },
    facts: { ...ALPINE_FACTS, sources: [`${REPO_INFO} repos/eclipse-temurin/local/21-jre-alpine-3.24.md`], date: '2026-11', notes: `JAVA_VERSION is a representative 17.0.x release (estimate). ${TEMURIN_NOTE}` },
  },
  {
    tags: ['eclipse-temurin:17-jdk-alpine', 'eclipse-temurin:17-alpine', 'eclipse-temurin:17-jdk-alpine-3.24', 'eclipse-temurin:17-alpine-3.24'],
    from: 'alpine:3.24',
    steps: [...JAVA_ENV_ROWS, { ...APK_STEP, mb: 48 }, { empty: 'ENV JAVA_VERSION=jdk-17.0.16+8' }, { run: JDK_INSTALL_ALPINE, files: JDK17_FILES, exe: JDK_BIN, bulk: JDK_BULK }, VERIFY_JDK, ...CACERT, { empty: 'CMD ["jshell"]' }],
    config: { env: ['JAVA_HOME=/opt/java/openjdk', JAVA_PATH, ...LOCALE_ENV, 'JAVA_VERSION=jdk-17.0.16+8'], entrypoint: ['/__cacert_entrypoint.sh'], cmd: ['jshell'] },
    size: {
      mb: 350.26,
      basis: 'estimate',
      source: 'alpine:3.24 (8.42) + packages (48, estimate) + the JDK 17 layer of eclipse-temurin:17-jdk-noble (293.84, estimate)',
      corrected: { from: null, why: 'not in the research data' },
    },
    facts: { ...ALPINE_FACTS, sources: [`${REPO_INFO} repos/eclipse-temurin/local/21-jdk-noble.md`], date: '2026-11', notes: TEMURIN_NOTE },
  },
  // ---- maven ----
  {
    tags: [
      'maven:3.9-eclipse-temurin-21', 'maven:3-eclipse-temurin-21', 'maven:3.9.16-eclipse-temurin-21',
      'maven:3.9-eclipse-temurin-21-noble', 'maven:3-eclipse-temurin-21-noble', 'maven:3.9.16-eclipse-temurin-21-noble',
    ],
    from: 'eclipse-temurin:21-jdk',
    steps: MAVEN_STEPS,
    config: MAVEN_CONFIG,
    size: { mb: 537.87, basis: 'measured', source: `${REPO_INFO} repos/maven/local/3-eclipse-temurin-21-noble.md`, asOf: '2026-08-04 (3.9.16, jdk-21.0.11+10)' },
    facts: {
      ...NOBLE_FACTS,
      sources: [`${REPO_INFO} repos/maven/local/3-eclipse-temurin-21-noble.md`, 'carlossg/docker-maven eclipse-temurin-21-noble/Dockerfile'],
      notes: 'Maven in /usr/share/maven (mvn on PATH via /usr/bin/mvn); the local repository is /root/.m2 (MAVEN_CONFIG). git and ssh are installed. The image has 10 layers (the research data guessed 8).',
    },
  },
  {
    tags: [
      'maven:3.9-eclipse-temurin-17', 'maven:3-eclipse-temurin-17', 'maven:3.9.16-eclipse-temurin-17',
      'maven:3.9-eclipse-temurin-17-noble', 'maven:3-eclipse-temurin-17-noble', 'maven:3.9.16-eclipse-temurin-17-noble',
    ],
    from: 'eclipse-temurin:17-jdk',
    steps: MAVEN_STEPS,
    config: MAVEN_CONFIG,
    size: { mb: 510, basis: 'estimate', source: 'eclipse-temurin:17-jdk (420, estimate) plus the Maven layers of maven:3.9-eclipse-temurin-21 (about 90 MB)' },
    facts: { ...NOBLE_FACTS, sources: [`${REPO_INFO} repos/maven/local/3-eclipse-temurin-21-noble.md`], date: '2026-11', notes: 'Maven in /usr/share/maven; local repository /root/.m2.' },
  },
  // ---- gradle ----
  {
    tags: ['gradle:8-jdk21', 'gradle:8.14.5-jdk21', 'gradle:8.14-jdk21', 'gradle:8-jdk21-noble', 'gradle:8.14.5-jdk21-noble', 'gradle:8.14-jdk21-noble'],
    from: 'eclipse-temurin:21-jdk',
    steps: [
      { empty: 'CMD ["gradle"]' },
      { empty: 'ENV GRADLE_HOME=/opt/gradle' },
      {
        run: 'RUN /bin/sh -c set -o errexit -o nounset && echo "Renaming ubuntu user and group to gradle" && groupmod --new-name gradle ubuntu && mkdir /home/gradle && usermod --login gradle --home /home/gradle --groups gradle ubuntu && chown gradle /home/gradle && mkdir /home/gradle/.gradle && chown --recursive gradle:gradle /home/gradle && chmod --recursive o+rwx /home/gradle && echo "Symlinking root Gradle cache to gradle Gradle cache" && ln --symbolic /home/gradle/.gradle /root/.gradle # buildkit',
        exact: true,
        files: [
          { p: '/etc/passwd', c: `${DEBIAN_PASSWD}gradle:x:1000:1000:Ubuntu:/home/gradle:/bin/bash\n` },
          { p: '/etc/group', c: `${DEBIAN_GROUP}gradle:x:1000:gradle\n` },
          { p: '/etc/shadow', s: 508, m: 0o640, g: 42 },
          { p: '/etc/gshadow', s: 426, m: 0o640, g: 42 },
          { p: '/home/gradle', d: true, m: 0o757, u: 1000, g: 1000 },
          { p: '/home/gradle/.gradle', d: true, m: 0o757, u: 1000, g: 1000 },
          { p: '/root/.gradle', l: '/home/gradle/.gradle' },
        ],
      },
      { empty: 'VOLUME [/home/gradle/.gradle]' },
      { run: 'WORKDIR /home/gradle', exact: true, files: [] },
      {
        run: 'RUN /bin/sh -c set -o errexit -o nounset && apt-get update && apt-get install --yes --no-install-recommends make curl wget tar unzip brz git git-lfs mercurial openssh-client subversion && rm --recursive --force /var/lib/apt/lists/* && … which hg && which svn # buildkit',
        files: [
          { p: '/usr/bin/git', s: 3_900_000, x: true },
          { p: '/usr/bin/git-lfs', s: 11_000_000, x: true },
          { p: '/usr/bin/make', s: 255_000, x: true },
          { p: '/usr/bin/unzip', s: 180_000, x: true },
          { p: '/usr/bin/svn', s: 340_000, x: true },
          { p: '/usr/bin/ssh', s: 920_000, x: true },
          { p: '/usr/bin/hg', s: 1_480, x: true },
          { p: '/usr/bin/brz', s: 1_900, x: true },
          { p: '/usr/bin/python3.12', s: 8_000_000, x: true },
          { p: '/usr/bin/python3', l: 'python3.12' },
        ],
        bulk: { '/usr/lib/python3/dist-packages': 20, '/usr/lib/python3.12': 15, '/usr/lib/git-core': 10, '/usr/lib/x86_64-linux-gnu': 12, '/usr/share/perl/5.38': 6, '/usr/share': 6 },
      },
      { empty: 'ENV GRADLE_VERSION=8.14.5' },
      { empty: 'ARG GRADLE_DOWNLOAD_SHA256=…' },
      {
        run: 'RUN |1 GRADLE_DOWNLOAD_SHA256=… /bin/sh -c set -o errexit -o nounset && echo "Downloading Gradle" && wget --no-verbose --output-document=gradle.zip "https://services.gradle.org/distributions/gradle-${GRADLE_VERSION}-bin.zip" && … && unzip gradle.zip && rm gradle.zip && mv "gradle-${GRADLE_VERSION}" "${GRADLE_HOME}/" && ln --symbolic "${GRADLE_HOME}/bin/gradle" /usr/bin/gradle # buildkit',
        mb: 145,
        files: [
          { p: '/opt/gradle/bin/gradle', s: 8_700, x: true },
          { p: '/opt/gradle/bin/gradle.bat', s: 2_900 },
          { p: '/opt/gradle/lib/gradle-launcher-8.14.5.jar', s: 30_000 },
          { p: '/opt/gradle/LICENSE', s: 64_000 },
          { p: '/usr/bin/gradle', l: '/opt/gradle/bin/gradle' },
        ],
        bulk: { '/opt/gradle/lib': 9, '/opt/gradle/lib/plugins': 5 },
      },
      { empty: 'USER gradle' },
      {
        run: 'RUN |1 GRADLE_DOWNLOAD_SHA256=… /bin/sh -c set -o errexit -o nounset && echo "Testing Gradle installation" && gradle --stacktrace --debug --version # buildkit',
        mb: 15,
        files: [
          { p: '/home/gradle/.gradle/native', d: true, u: 1000, g: 1000 },
          { p: '/home/gradle/.gradle/caches', d: true, u: 1000, g: 1000 },
        ],
        bulk: { '/home/gradle/.gradle/native': 1, '/home/gradle/.gradle/caches': 1 },
      },
      { empty: 'USER root' },
    ],
    config: { cmd: ['gradle'], env: ['GRADLE_HOME=/opt/gradle', 'GRADLE_VERSION=8.14.5', 'JAVA_VERSION=jdk-21.0.12+8'], volumes: ['/home/gradle/.gradle'], workdir: '/home/gradle', user: 'root' },
    size: { mb: 795.13, basis: 'measured', source: `${REPO_INFO} repos/gradle/local/8-jdk21.md`, asOf: '2026-08-21' },
    facts: {
      ...NOBLE_FACTS,
      sources: [`${REPO_INFO} repos/gradle/local/8-jdk21.md`, `${REPO_INFO} repos/gradle/remote/8-jdk21.md`, 'gradle/docker-gradle jdk21-noble/Dockerfile'],
      notes: 'Gradle in /opt/gradle (gradle on PATH via /usr/bin/gradle). The ubuntu user is renamed gradle (uid 1000, home /home/gradle); the image ends with USER root. /home/gradle/.gradle is a VOLUME. Built on eclipse-temurin:21-jdk-noble one JDK update later than the catalog\'s temurin entry (JAVA_VERSION jdk-21.0.12+8).',
    },
  },
];
