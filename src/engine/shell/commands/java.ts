// Java: Maven (mvn, ./mvnw), Gradle (gradle, ./gradlew), javac, jar, jlink, jdeps and java.
// Builds read pom.xml / build.gradle(.kts) for the artifact name, the Spring Boot plugin and the
// dependencies, then write what the build leaves behind: target/ or build/ (classes, the JAR; a
// Spring Boot JAR carries its dependencies in BOOT-INF/lib) and the local repository
// (~/.m2/repository, ~/.gradle/caches) with the dependencies and the build's own plugins.
//
// Sizes:
// - dependencies: the JARs a starter or library brings in transitively (sum of the JAR sizes on
//   Maven Central for recent versions, approximate); a Spring Boot 3 web application's fat JAR is
//   about 19-20 MB.
// - jlink: measured with OpenJDK 17 (Debian bookworm) jlink on 2026-11-29: java.base alone is
//   52.4 MB, 35.3 MB with --strip-debug --no-man-pages --no-header-files --compress=2; lib/modules
//   shrinks to 77% with --strip-debug, 48% with --compress=2 and 37% with both; libjvm.so is 24.1
//   MB either way; each further module adds its measured share (java.desktop 10.8 MB, java.xml
//   3.8 MB, jdk.localedata 9.4 MB ...).
import { basename, dirname, join, resolve } from '../../fs/path';
import { registerCommand, ok, fail, type CommandContext, type CommandResult } from '../model';
import { isFile, libcOf, mkdirs, onPath, putFile, readText, human, MB, type Owner } from './os-packages';

// ---- dependencies -----------------------------------------------------------------------------

interface Artifact {
  /** Bytes of the artifact's own JAR. */
  jar: number;
  /** Bytes of the JARs it brings in transitively (a starter's include CORE, counted once per build). */
  deps: number;
  version: string;
}

const a = (version: string, jar: number, deps: number): Artifact => ({ version, jar, deps });
/** What every Spring Boot starter brings (spring-boot-starter's closure), counted once per build. */
const CORE = 9_400_000;

/** Well-known artifacts by artifactId (approximate JAR sizes of recent releases on Maven Central). */
const ARTIFACTS: Record<string, Artifact> = {
  // spring-boot-starter: spring-core/context/beans/aop/expression, spring-boot(-autoconfigure), logback, snakeyaml.
  'spring-boot-starter': a('3.5.4', 4_800, CORE),
  'spring-boot-starter-web': a('3.5.4', 4_800, CORE + 9_900_000),
  'spring-boot-starter-webflux': a('3.5.4', 4_800, CORE + 10_500_000),
  'spring-boot-starter-data-jpa': a('3.5.4', 4_800, CORE + 24_500_000),
  'spring-boot-starter-jdbc': a('3.5.4', 4_800, CORE + 1_100_000),
  'spring-boot-starter-actuator': a('3.5.4', 4_800, CORE + 3_300_000),
  'spring-boot-starter-validation': a('3.5.4', 4_800, CORE + 1_600_000),
  'spring-boot-starter-security': a('3.5.4', 4_800, CORE + 2_700_000),
  'spring-boot-starter-thymeleaf': a('3.5.4', 4_800, CORE + 1_500_000),
  'spring-boot-starter-data-redis': a('3.5.4', 4_800, CORE + 6_000_000),
  'spring-boot-starter-test': a('3.5.4', 4_800, 13_000_000),
  'spring-boot-devtools': a('3.5.4', 210_000, 0),
  'jackson-databind': a('2.19.2', 1_650_000, 680_000),
  guava: a('33.4.8-jre', 3_050_000, 250_000),
  lombok: a('1.18.38', 2_050_000, 0),
  'junit-jupiter': a('5.12.2', 6_500, 1_200_000),
  'junit-jupiter-api': a('5.12.2', 220_000, 150_000),
  junit: a('4.13.2', 385_000, 45_000),
  postgresql: a('42.7.7', 1_090_000, 0),
  'mysql-connector-j': a('9.3.0', 2_550_000, 1_750_000),
  h2: a('2.3.232', 2_650_000, 0),
  'hibernate-core': a('6.6.22.Final', 11_500_000, 8_500_000),
  'commons-lang3': a('3.17.0', 680_000, 0),
  'slf4j-api': a('2.0.17', 70_000, 0),
  'logback-classic': a('1.5.18', 330_000, 600_000),
  'mockito-core': a('5.18.0', 720_000, 4_300_000),
  'assertj-core': a('3.27.3', 1_400_000, 4_300_000),
  flyway: a('11.7.2', 900_000, 0),
  'flyway-core': a('11.7.2', 900_000, 300_000),
  'springdoc-openapi-starter-webmvc-ui': a('2.8.9', 40_000, 9_000_000),
  'kotlin-stdlib': a('2.2.0', 1_750_000, 20_000),
};

/** Bytes of an artifact the table does not list. */
const DEFAULT_ARTIFACT = 500_000;
/** Maven's own plugins for the default lifecycle (resources, compiler, surefire, jar, install) and their dependencies. */
const MAVEN_PLUGINS = 36 * MB;
/** dependency:go-offline also fetches maven-dependency-plugin and every plugin the POM declares. */
const GO_OFFLINE_EXTRA = 5 * MB;
const BOOT_PLUGIN = 6 * MB;
const BOOT_LOADER = 330_000;

interface Dep {
  group: string;
  artifact: string;
  version: string;
  scope: string;
}

interface Project {
  kind: 'maven' | 'gradle';
  artifactId: string;
  version: string;
  packaging: string;
  boot: boolean;
  deps: Dep[];
}

function tag(xml: string, name: string): string | null {
  return new RegExp(`<${name}>\\s*([^<]*?)\\s*</${name}>`).exec(xml)?.[1] ?? null;
}

function readPom(text: string): Project {
  const parent = /<parent>[\s\S]*?<\/parent>/.exec(text)?.[0] ?? '';
  const top = text.replace(/<parent>[\s\S]*?<\/parent>/, '').replace(/<dependencies>[\s\S]*?<\/dependencies>/g, '').replace(/<build>[\s\S]*<\/build>/, '').replace(/<dependencyManagement>[\s\S]*?<\/dependencyManagement>/, '').replace(/<profiles>[\s\S]*?<\/profiles>/, '');
  const depsBlock = text.replace(/<dependencyManagement>[\s\S]*?<\/dependencyManagement>/, '').replace(/<build>[\s\S]*<\/build>/, '');
  const deps: Dep[] = [];
  for (const m of depsBlock.matchAll(/<dependency>([\s\S]*?)<\/dependency>/g)) {
    deps.push({ group: tag(m[1]!, 'groupId') ?? '', artifact: tag(m[1]!, 'artifactId') ?? '', version: tag(m[1]!, 'version') ?? '', scope: tag(m[1]!, 'scope') ?? (tag(m[1]!, 'optional') === 'true' ? 'optional' : 'compile') });
  }
  const boot = /spring-boot-maven-plugin/.test(text);
  return {
    kind: 'maven',
    artifactId: tag(top, 'artifactId') ?? 'app',
    version: tag(top, 'version') ?? tag(parent, 'version') ?? '0.0.1-SNAPSHOT',
    packaging: tag(top, 'packaging') ?? 'jar',
    boot,
    deps,
  };
}

function readGradle(build: string, settings: string | null, dirName: string): Project {
  const deps: Dep[] = [];
  for (const m of build.matchAll(/^\s*(implementation|api|runtimeOnly|compileOnly|testImplementation|annotationProcessor|developmentOnly|testRuntimeOnly)\s*\(?\s*(?:platform\()?["']([^"':]+):([^"':]+)(?::([^"']+))?["']/gm)) {
    const conf = m[1]!;
    deps.push({ group: m[2]!, artifact: m[3]!, version: m[4] ?? '', scope: conf.startsWith('test') ? 'test' : conf === 'compileOnly' || conf === 'annotationProcessor' || conf === 'developmentOnly' ? 'provided' : conf === 'runtimeOnly' ? 'runtime' : 'compile' });
  }
  const name = /rootProject\.name\s*=\s*["']([^"']+)["']/.exec(settings ?? '')?.[1] ?? dirName;
  return {
    kind: 'gradle',
    artifactId: name,
    version: /^\s*version\s*=\s*["']([^"']+)["']/m.exec(build)?.[1] ?? '',
    packaging: /\bwar\b/.test(/plugins\s*\{[\s\S]*?\}/.exec(build)?.[0] ?? '') ? 'war' : 'jar',
    boot: /org\.springframework\.boot/.test(build),
    deps,
  };
}

/** Bytes of the dependency JARs a build resolves: all scopes (the local repository) and the runtime ones (the fat JAR). */
function depBytes(p: Project, assume: (s: string) => void): { all: number; runtime: number } {
  let all = 0;
  let runtime = 0;
  let starterBase = false;
  const unknown: string[] = [];
  for (const d of p.deps) {
    const art = ARTIFACTS[d.artifact];
    if (!art) unknown.push(d.artifact);
    let bytes = art ? art.jar + art.deps : DEFAULT_ARTIFACT;
    // Spring Boot starters share spring-boot-starter's core (≈9.4 MB): counted once.
    if (art && d.artifact.startsWith('spring-boot-starter') && d.artifact !== 'spring-boot-starter-test') {
      if (starterBase) bytes -= CORE;
      starterBase = true;
    }
    bytes = Math.max(bytes, art?.jar ?? DEFAULT_ARTIFACT);
    all += bytes;
    if (d.scope === 'compile' || d.scope === 'runtime') runtime += bytes;
  }
  if (unknown.length) assume(`${unknown.join(', ')}: not in the simulator's table of Java artifacts; each is counted as ${human(DEFAULT_ARTIFACT)} with no dependencies`);
  return { all, runtime };
}

/** Java sources under a directory, and their bytes (for the classes a compile makes). */
function sources(ctx: CommandContext, dir: string, ext = '.java'): { path: string; size: number }[] {
  const real = ctx.fs.realpath(dir);
  if (!ctx.fs.isDir(real)) return [];
  return ctx.fs.walk(real).filter((p) => p.endsWith(ext) && ctx.fs.get(p)?.type === 'file').map((p) => ({ path: p, size: ctx.fs.get(p)!.size }));
}

/** A .class file is about this fraction of its source, plus a constant pool header. */
const classBytes = (source: number) => Math.round(source * 0.7 + 450);

/** Compiles sources into a classes directory (package path from `package x.y;`); returns the bytes written. */
function compile(ctx: CommandContext, srcRoot: string, files: { path: string; size: number }[], out: string, owner: Owner): number {
  let total = 0;
  for (const f of files) {
    const text = readText(ctx, f.path);
    const pkg = text ? /^\s*package\s+([\w.]+)\s*;/m.exec(text)?.[1] : undefined;
    const rel = pkg !== undefined ? join(pkg.replace(/\./g, '/'), basename(f.path)) : f.path.slice(ctx.fs.realpath(srcRoot).length + 1);
    const cls = join(out, rel.replace(/\.(java|kt)$/, '.class'));
    const size = classBytes(f.size);
    putFile(ctx, cls, size, { owner, id: `class:${f.path}:${f.size}` });
    total += size;
  }
  return total;
}

function copyResources(ctx: CommandContext, from: string, to: string, owner: Owner): number {
  const real = ctx.fs.realpath(from);
  if (!ctx.fs.isDir(real)) return 0;
  let total = 0;
  for (const p of ctx.fs.walk(real)) {
    const n = ctx.fs.get(p)!;
    const dest = join(to, p.slice(real.length + 1));
    if (n.type === 'dir') mkdirs(ctx, dest, owner);
    else if (n.type === 'file') {
      if (n.content !== undefined) putFile(ctx, dest, n.content, { owner });
      else putFile(ctx, dest, n.size, { owner, id: `res:${p}:${n.size}` });
      total += n.size;
    }
  }
  return total;
}

interface BuildOptions {
  tool: string;
  skipTestRun: boolean;
  skipTestCompile: boolean;
  offline: boolean;
  goals: string[];
}

/** What `package` leaves in target/ (Maven) or build/ (Gradle); returns the JAR path. */
function buildProject(ctx: CommandContext, p: Project, o: BuildOptions, repoDeps: { all: number; runtime: number }): string {
  const owner: Owner = { uid: ctx.user.uid, gid: ctx.user.gid };
  const maven = p.kind === 'maven';
  const out = join(ctx.cwd, maven ? 'target' : 'build');
  const classes = maven ? `${out}/classes` : `${out}/classes/java/main`;
  const main = [...sources(ctx, join(ctx.cwd, 'src/main/java')), ...sources(ctx, join(ctx.cwd, 'src/main/kotlin'), '.kt')];
  mkdirs(ctx, classes, owner);
  let appBytes = compile(ctx, join(ctx.cwd, 'src/main/java'), main, classes, owner);
  appBytes += copyResources(ctx, join(ctx.cwd, 'src/main/resources'), maven ? classes : `${out}/resources/main`, owner);
  const tests = sources(ctx, join(ctx.cwd, 'src/test/java'));
  if (tests.length && !o.skipTestCompile) {
    compile(ctx, join(ctx.cwd, 'src/test/java'), tests, maven ? `${out}/test-classes` : `${out}/classes/java/test`, owner);
    if (!o.skipTestRun) {
      ctx.assume(`${o.tool}: the tests are assumed to pass (the simulator does not run them)`);
      if (maven) for (const t of tests) putFile(ctx, `${out}/surefire-reports/TEST-${basename(t.path, )}`.replace(/\.java$/, '.xml'), 4_000, { owner, id: `surefire:${t.path}` });
      else putFile(ctx, `${out}/test-results/test/binary/results.bin`, 2_000 * tests.length, { owner, id: `gradle-test:${tests.length}` });
    }
  }
  if (maven) {
    putFile(ctx, `${out}/maven-archiver/pom.properties`, `artifactId=${p.artifactId}\ngroupId=com.example\nversion=${p.version}\n`, { owner });
    mkdirs(ctx, `${out}/maven-status/maven-compiler-plugin/compile/default-compile`, owner);
    mkdirs(ctx, `${out}/generated-sources/annotations`, owner);
  } else {
    mkdirs(ctx, `${out}/tmp/compileJava`, owner);
  }
  const name = maven ? `${p.artifactId}-${p.version}` : `${p.artifactId}${p.version ? '-' + p.version : ''}`;
  const ext = p.packaging === 'war' ? 'war' : 'jar';
  const libs = maven ? out : `${out}/libs`;
  const plain = Math.round(appBytes * 0.55) + 1_200;
  const jar = `${libs}/${name}.${ext}`;
  if (p.boot) {
    const fat = plain + repoDeps.runtime + BOOT_LOADER;
    const wanted = maven || o.goals.some((g) => /^(build|bootJar|assemble|bootWar)$/.test(g));
    if (maven) putFile(ctx, `${jar}.original`, plain, { owner, id: `jar:${name}:plain:${plain}` });
    else if (o.goals.some((g) => g === 'build' || g === 'assemble' || g === 'jar')) putFile(ctx, `${libs}/${name}-plain.${ext}`, plain, { owner, id: `jar:${name}:plain:${plain}` });
    if (wanted) putFile(ctx, jar, fat, { owner, id: `jar:${name}:boot:${fat}`, head: `#!stagecraft-jar spring-boot app=${appBytes} deps=${repoDeps.runtime} loader=${BOOT_LOADER}\n` });
    ctx.assume(`${o.tool}: ${basename(jar)} is a Spring Boot executable JAR of ${human(fat)}: ${human(repoDeps.runtime)} of dependency JARs in BOOT-INF/lib, the loader and ${human(plain)} of application classes and resources`);
  } else {
    putFile(ctx, jar, plain, { owner, id: `jar:${name}:plain:${plain}`, head: `#!stagecraft-jar plain app=${appBytes}\n` });
    if (!main.length) ctx.assume(`${o.tool}: no Java sources were found under src/main/java, so ${basename(jar)} holds only its manifest and resources`);
  }
  return jar;
}

function repository(ctx: CommandContext, p: Project, o: { goOffline: boolean; plugins: boolean; repo: string }, deps: { all: number; runtime: number }): void {
  const owner: Owner = { uid: ctx.user.uid, gid: ctx.user.gid };
  const repo = o.repo;
  for (const d of p.deps) {
    const art = ARTIFACTS[d.artifact];
    const v = d.version || art?.version || 'managed';
    const dir = `${repo}/${d.group.replace(/\./g, '/')}/${d.artifact}/${v}`;
    putFile(ctx, `${dir}/${d.artifact}-${v}.jar`, art?.jar ?? DEFAULT_ARTIFACT, { owner, id: `m2:${d.group}:${d.artifact}:${v}` });
    putFile(ctx, `${dir}/${d.artifact}-${v}.pom`, 3_000, { owner, id: `m2pom:${d.group}:${d.artifact}:${v}` });
  }
  const own = p.deps.reduce((s, d) => s + (ARTIFACTS[d.artifact]?.jar ?? DEFAULT_ARTIFACT), 0);
  const transitive = Math.max(0, deps.all - own);
  if (transitive) putFile(ctx, `${repo}/[${human(transitive)} of transitive dependencies]`, transitive, { owner, id: `m2-transitive:${p.artifactId}:${transitive}` });
  if (o.plugins) {
    const bytes = MAVEN_PLUGINS + (o.goOffline ? GO_OFFLINE_EXTRA : 0) + (p.boot ? BOOT_PLUGIN : 0);
    putFile(ctx, `${repo}/org/apache/maven/[build plugins and their dependencies]`, bytes, { owner, id: `m2-plugins:${bytes}` });
  }
}

function hasDeps(ctx: CommandContext, p: Project, repo: string): boolean {
  return p.deps.every((d) => ctx.fs.isDir(ctx.fs.realpath(`${repo}/${d.group.replace(/\./g, '/')}/${d.artifact}`))) && ctx.fs.has(ctx.fs.realpath(`${repo}/org/apache/maven/[build plugins and their dependencies]`));
}

function javaPresent(ctx: CommandContext, tool: string): boolean {
  const home = ctx.env.get('JAVA_HOME');
  // A tool that runs although it is not in the image: the image is unknown, assume a JDK.
  if (!onPath(ctx, tool) && !isFile(ctx, join(ctx.cwd, tool))) return true;
  return !!onPath(ctx, 'java') || (!!home && isFile(ctx, `${home}/bin/java`));
}

function maven(args: string[], ctx: CommandContext, tool: string): CommandResult {
  if (!javaPresent(ctx, tool.replace('./', ''))) return fail('The JAVA_HOME environment variable is not defined correctly,\nthis environment variable is needed to run this program.\n');
  const goals: string[] = [];
  let pomFile = 'pom.xml';
  const props = new Map<string, string>();
  let offline = false;
  for (let i = 0; i < args.length; i++) {
    const x = args[i]!;
    if (x === '-f' || x === '--file') pomFile = args[++i] ?? pomFile;
    else if (x.startsWith('-D')) {
      const [k, v = 'true'] = x.slice(2).split('=', 2) as [string, string?];
      props.set(k, v);
    } else if (x === '-o' || x === '--offline') offline = true;
    else if (x === '-s' || x === '--settings' || x === '-P' || x === '-pl' || x === '-T' || x === '--threads' || x === '-gs') i++;
    else if (!x.startsWith('-')) goals.push(x);
  }
  const pomPath = resolve(ctx.cwd, pomFile);
  const pomDir = dirname(pomPath);
  if (!isFile(ctx, pomPath)) return fail(`[ERROR] The goal you specified requires a project to execute but there is no POM in this directory (${ctx.cwd}). Please verify you invoked Maven from the correct directory. -> [Help 1]\n`);
  const text = readText(ctx, pomPath);
  if (text === null) {
    ctx.opaque(`${tool}: pom.xml has contents the simulator does not know`);
    return ok();
  }
  if (!goals.length) return fail('[ERROR] No goals have been specified for this build.\n');
  const p = readPom(text);
  const repo = props.get('maven.repo.local') ?? `${ctx.user.home === '/' ? '/root' : ctx.user.home}/.m2/repository`;
  const deps = depBytes(p, (s) => ctx.assume(s));
  const inner = { ...ctx, cwd: pomDir };
  let out = `[INFO] Scanning for projects...\n[INFO] Building ${p.artifactId} ${p.version}\n`;
  for (const g of goals) {
    if (g === 'clean') {
      ctx.fs.remove(ctx.fs.realpath(join(pomDir, 'target')));
      continue;
    }
    const lifecycle = ['validate', 'compile', 'test', 'package', 'verify', 'install', 'deploy'];
    const goOffline = /dependency:(go-offline|resolve|resolve-plugins)$/.test(g);
    if (!goOffline && !lifecycle.includes(g) && !/^(spring-boot:repackage|dependency:copy-dependencies)$/.test(g)) {
      ctx.opaque(`${tool} ${g}: this goal is not modelled`);
      continue;
    }
    if (!hasDeps(ctx, p, repo)) {
      if (offline) return fail(`${out}[ERROR] Failed to execute goal on project ${p.artifactId}: Could not resolve dependencies: Cannot access central (https://repo.maven.apache.org/maven2) in offline mode and the artifact has not been downloaded from it before.\n`);
      repository(inner, p, { goOffline, plugins: true, repo }, deps);
      ctx.assume(`${tool}: the local repository ${repo} gets the dependencies (${human(deps.all)}) and Maven's plugins (≈${human(MAVEN_PLUGINS + (goOffline ? GO_OFFLINE_EXTRA : 0) + (p.boot ? BOOT_PLUGIN : 0))}); sizes are approximate`);
      out += `[INFO] Downloaded ${human(deps.all)} of dependencies\n`;
    }
    if (goOffline) continue;
    if (g === 'validate') continue;
    const skipTestCompile = ['true', ''].includes(props.get('maven.test.skip') ?? 'x');
    const skipTestRun = skipTestCompile || props.has('skipTests') || g === 'compile';
    const built = g === 'compile' ? null : buildProject(inner, p, { tool, skipTestRun, skipTestCompile, offline, goals: [g] }, deps);
    if (g === 'compile') {
      const owner: Owner = { uid: ctx.user.uid, gid: ctx.user.gid };
      mkdirs(ctx, join(pomDir, 'target/classes'), owner);
      compile(inner, join(pomDir, 'src/main/java'), sources(ctx, join(pomDir, 'src/main/java')), join(pomDir, 'target/classes'), owner);
    }
    if (built && (g === 'install' || g === 'deploy')) {
      const n = ctx.fs.get(ctx.fs.realpath(built))!;
      putFile(ctx, `${repo}/com/example/${p.artifactId}/${p.version}/${basename(built)}`, n.size, { id: `installed:${built}:${n.size}` });
    }
    if (built) out += `[INFO] Building jar: ${built}\n`;
  }
  return ok({ text: out + '[INFO] BUILD SUCCESS\n' });
}

registerCommand({ names: ['mvn'], run: (args, ctx) => maven(args, ctx, 'mvn') });

registerCommand({
  names: ['mvnw'],
  run(args, ctx) {
    const script = ctx.fs.get(ctx.fs.realpath(join(ctx.cwd, 'mvnw')));
    if (script && (script.mode & 0o111) === 0) return fail('/bin/sh: ./mvnw: Permission denied\n', 126);
    if (!isFile(ctx, join(ctx.cwd, '.mvn/wrapper/maven-wrapper.properties'))) {
      return fail(`cannot read distributionUrl property in ${ctx.cwd}/.mvn/wrapper/maven-wrapper.properties\n`);
    }
    const home = ctx.user.home === '/' ? '/root' : ctx.user.home;
    const props = readText(ctx, join(ctx.cwd, '.mvn/wrapper/maven-wrapper.properties')) ?? '';
    const version = /apache-maven-([\d.]+)-bin/.exec(props)?.[1] ?? '3.9.11';
    const dist = `${home}/.m2/wrapper/dists/apache-maven-${version}-bin/3a1b2c3d/apache-maven-${version}`;
    if (!ctx.fs.isDir(ctx.fs.realpath(dist))) {
      putFile(ctx, `${dist}/lib/[Maven ${version} libraries]`, 10_400_000, { id: `maven-dist:${version}` });
      putFile(ctx, `${dist}/bin/mvn`, 7_000, { mode: 0o755, id: `maven-dist-bin:${version}` });
      ctx.assume(`./mvnw downloads Maven ${version} into ${home}/.m2/wrapper (≈10 MB unpacked)`);
    }
    return maven(args, ctx, './mvnw');
  },
});

// ---- Gradle ---------------------------------------------------------------------------------------

const GRADLE_CACHES = 75 * MB;

function gradle(args: string[], ctx: CommandContext, tool: string): CommandResult {
  if (!javaPresent(ctx, tool.replace('./', ''))) return fail('ERROR: JAVA_HOME is not set and no \'java\' command could be found in your PATH.\n');
  const file = ['build.gradle', 'build.gradle.kts'].map((f) => join(ctx.cwd, f)).find((f) => isFile(ctx, f));
  const settings = ['settings.gradle', 'settings.gradle.kts'].map((f) => join(ctx.cwd, f)).find((f) => isFile(ctx, f));
  if (!file) {
    return fail(`\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nDirectory '${ctx.cwd}' does not contain a Gradle build.\n`);
  }
  const text = readText(ctx, file);
  if (text === null) {
    ctx.opaque(`${tool}: ${basename(file)} has contents the simulator does not know`);
    return ok();
  }
  const excluded = new Set<string>();
  const goals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const x = args[i]!;
    if (x === '-x' || x === '--exclude-task') excluded.add(args[++i] ?? '');
    else if (!x.startsWith('-')) goals.push(x.replace(/^:/, ''));
  }
  const p = readGradle(text, settings ? readText(ctx, settings) : null, basename(ctx.cwd));
  const home = ctx.env.get('GRADLE_USER_HOME') ?? `${ctx.user.home === '/' ? '/root' : ctx.user.home}/.gradle`;
  const deps = depBytes(p, (s) => ctx.assume(s));
  const owner: Owner = { uid: ctx.user.uid, gid: ctx.user.gid };
  const cache = `${home}/caches/modules-2/files-2.1`;
  if (!ctx.fs.isDir(ctx.fs.realpath(cache))) {
    for (const d of p.deps) {
      const art = ARTIFACTS[d.artifact];
      putFile(ctx, `${cache}/${d.group}/${d.artifact}/${d.version || art?.version || 'managed'}/0a1b2c3d/${d.artifact}-${d.version || art?.version || 'managed'}.jar`, art?.jar ?? DEFAULT_ARTIFACT, { owner, id: `gradle-dep:${d.group}:${d.artifact}` });
    }
    const own = p.deps.reduce((s, d) => s + (ARTIFACTS[d.artifact]?.jar ?? DEFAULT_ARTIFACT), 0);
    putFile(ctx, `${cache}/[${human(Math.max(0, deps.all - own))} of transitive dependencies]`, Math.max(0, deps.all - own), { owner, id: `gradle-transitive:${deps.all}` });
    putFile(ctx, `${home}/caches/[Gradle's generated API jars, transforms and plugin dependencies]`, GRADLE_CACHES, { owner, id: 'gradle-caches' });
    putFile(ctx, `${home}/native/[native libraries]`, 2_500_000, { owner, id: 'gradle-native' });
    ctx.assume(`${tool}: the Gradle user home ${home} gets the dependencies (${human(deps.all)}) and Gradle's own caches (≈${human(GRADLE_CACHES)}, approximate); \`--mount=type=cache,target=${home}\` keeps them out of the layer`);
  }
  mkdirs(ctx, join(ctx.cwd, '.gradle'), owner);
  putFile(ctx, join(ctx.cwd, '.gradle/[file hashes and build state]'), 120_000, { owner, id: 'gradle-project-state' });
  for (const g of goals) {
    if (g === 'clean') {
      ctx.fs.remove(ctx.fs.realpath(join(ctx.cwd, 'build')));
      continue;
    }
    if (!/^(build|assemble|bootJar|jar|bootWar|war|compileJava|classes|test|check|installDist|shadowJar|dependencies)$/.test(g)) {
      ctx.opaque(`${tool} ${g}: this task is not modelled`);
      continue;
    }
    if (g === 'dependencies') continue;
    const skipTestRun = excluded.has('test') || !/^(build|test|check)$/.test(g);
    buildProject(ctx, p, { tool, skipTestRun, skipTestCompile: skipTestRun && excluded.has('test'), offline: false, goals: [g] }, deps);
  }
  return ok({ text: `BUILD SUCCESSFUL\n` });
}

registerCommand({ names: ['gradle'], run: (args, ctx) => gradle(args, ctx, 'gradle') });

registerCommand({
  names: ['gradlew'],
  run(args, ctx) {
    const script = ctx.fs.get(ctx.fs.realpath(join(ctx.cwd, 'gradlew')));
    if (script && (script.mode & 0o111) === 0) return fail('/bin/sh: ./gradlew: Permission denied\n', 126);
    const props = readText(ctx, join(ctx.cwd, 'gradle/wrapper/gradle-wrapper.properties'));
    if (props === null && !isFile(ctx, join(ctx.cwd, 'gradle/wrapper/gradle-wrapper.jar'))) {
      return fail('Error: Could not find or load main class org.gradle.wrapper.GradleWrapperMain\nCaused by: java.lang.ClassNotFoundException: org.gradle.wrapper.GradleWrapperMain\n');
    }
    const version = /gradle-([\d.]+)-(?:bin|all)\.zip/.exec(props ?? '')?.[1] ?? '8.14.3';
    const home = ctx.env.get('GRADLE_USER_HOME') ?? `${ctx.user.home === '/' ? '/root' : ctx.user.home}/.gradle`;
    const dist = `${home}/wrapper/dists/gradle-${version}-bin/9k8j7h6g5f4d3s2a1`;
    if (!ctx.fs.isDir(ctx.fs.realpath(dist))) {
      putFile(ctx, `${dist}/gradle-${version}-bin.zip`, 136_000_000, { id: `gradle-zip:${version}` });
      putFile(ctx, `${dist}/gradle-${version}/lib/[Gradle ${version} distribution]`, 150_000_000, { id: `gradle-dist:${version}` });
      ctx.assume(`./gradlew downloads Gradle ${version} into ${home}/wrapper/dists: the zip (≈136 MB) stays next to its unpacked copy (≈150 MB), approximate sizes`);
    }
    return gradle(args, ctx, './gradlew');
  },
});

// ---- javac, jar ---------------------------------------------------------------------------------

registerCommand({
  names: ['javac'],
  run(args, ctx) {
    let out: string | null = null;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const x = args[i]!;
      if (x === '-d') out = args[++i] ?? null;
      else if (['-cp', '-classpath', '--class-path', '-sourcepath', '--source', '--release', '-source', '-target', '-encoding', '-s', '-h', '--module-path', '-p'].includes(x)) i++;
      else if (x.startsWith('@')) {
        const list = readText(ctx, resolve(ctx.cwd, x.slice(1)));
        if (list === null) {
          ctx.opaque(`javac ${x}: the argument file is unknown`);
          return ok();
        }
        files.push(...list.split(/\s+/).filter(Boolean));
      } else if (!x.startsWith('-')) files.push(x);
    }
    if (!files.length) return fail('error: no source files\n', 2);
    const owner: Owner = { uid: ctx.user.uid, gid: ctx.user.gid };
    const list: { path: string; size: number }[] = [];
    for (const f of files) {
      const path = resolve(ctx.cwd, f);
      const n = ctx.fs.get(ctx.fs.realpath(path));
      if (!n || n.type !== 'file') return fail(`error: file not found: ${f}\nUsage: javac <options> <source files>\n`, 2);
      list.push({ path: ctx.fs.realpath(path), size: n.size });
    }
    if (out !== null) {
      if (mkdirs(ctx, resolve(ctx.cwd, out), owner) === null) return fail(`error: not a directory: ${out}\n`, 2);
      compile(ctx, ctx.cwd, list, resolve(ctx.cwd, out), owner);
    } else {
      for (const f of list) putFile(ctx, f.path.replace(/\.java$/, '.class'), classBytes(f.size), { owner, id: `class:${f.path}:${f.size}` });
    }
    ctx.assume('javac: each class file is taken as 70% of its source plus 450 bytes; inner and anonymous classes are not listed');
    return ok();
  },
});

registerCommand({
  names: ['jar'],
  run(args, ctx) {
    const first = args[0] ?? '';
    let file: string | null = null;
    let create = false;
    let extract = false;
    const inputs: string[] = [];
    let cdir = ctx.cwd;
    let i = 0;
    if (/^-?[ctxuvfmeM0]+$/.test(first) && !first.startsWith('--')) {
      const flags = first.replace(/^-/, '');
      create = flags.includes('c');
      extract = flags.includes('x');
      i = 1;
      for (const f of flags) {
        if (f === 'f') file = args[i++] ?? null;
        else if (f === 'm' || f === 'e') i++;
      }
    }
    for (; i < args.length; i++) {
      const x = args[i]!;
      if (x === '--create' || x === '-c') create = true;
      else if (x === '--extract' || x === '-x') extract = true;
      else if (x === '--file' || x === '-f') file = args[++i] ?? null;
      else if (x.startsWith('--file=')) file = x.slice(7);
      else if (x === '--main-class' || x === '-e' || x === '--manifest' || x === '-m') i++;
      else if (x === '-C') {
        cdir = resolve(ctx.cwd, args[++i] ?? '.');
        const what = args[++i] ?? '.';
        inputs.push(resolve(cdir, what));
      } else if (!x.startsWith('-')) inputs.push(resolve(cdir, x));
    }
    if (extract) {
      ctx.opaque(`jar x ${file ?? ''}: extracting an archive's entries is not modelled`);
      return ok();
    }
    if (!create || !file) {
      ctx.opaque(`jar ${args.join(' ')}: not modelled`);
      return ok();
    }
    let bytes = 0;
    for (const inp of inputs) {
      const n = ctx.fs.get(ctx.fs.realpath(inp));
      if (!n) return fail(`${inp} : no such file or directory\n`);
      if (n.type === 'file') bytes += n.size;
      else for (const p of ctx.fs.walk(ctx.fs.realpath(inp))) bytes += ctx.fs.get(p)?.type === 'file' ? ctx.fs.get(p)!.size : 0;
    }
    const size = Math.round(bytes * 0.55) + 600;
    putFile(ctx, resolve(ctx.cwd, file), size, { id: `jar:${file}:${size}`, head: `#!stagecraft-jar plain app=${bytes}\n` });
    ctx.assume(`jar: ${file} is taken as 55% of its ${human(bytes)} of inputs (deflate) plus the manifest`);
    return ok();
  },
});

// ---- jlink, jdeps -------------------------------------------------------------------------------

/** Bytes each module adds to an image linked with --strip-debug --compress=2 (measured, OpenJDK 17), and what it requires. */
const MODULES: Record<string, [number, string]> = {
  'java.base': [0, ''],
  'java.logging': [93_616, ''],
  'java.xml': [3_837_379, ''],
  'java.sql': [65_804, 'java.logging java.xml java.transaction.xa'],
  'java.transaction.xa': [6_532, ''],
  'java.naming': [330_840, 'java.security.sasl'],
  'java.security.sasl': [157_523, 'java.logging'],
  'java.security.jgss': [475_959, 'java.naming'],
  'java.desktop': [10_700_000, 'java.xml java.prefs java.datatransfer'],
  'java.prefs': [62_328, 'java.xml'],
  'java.datatransfer': [60_000, ''],
  'java.management': [667_867, ''],
  'jdk.management': [83_926, 'java.management'],
  'java.instrument': [65_017, ''],
  'java.net.http': [567_016, ''],
  'jdk.unsupported': [16_550, ''],
  'java.scripting': [47_136, ''],
  'jdk.crypto.ec': [97_707, ''],
  'java.compiler': [92_275, ''],
  'jdk.jfr': [563_747, ''],
  'java.rmi': [225_987, 'java.logging'],
  'jdk.localedata': [9_378_625, ''],
  'jdk.zipfs': [78_916, ''],
  'jdk.httpserver': [82_634, ''],
  'jdk.naming.dns': [60_000, 'java.naming'],
  'jdk.crypto.cryptoki': [300_000, ''],
  'java.se': [0, 'java.compiler java.datatransfer java.desktop java.instrument java.logging java.management java.naming java.net.http java.prefs java.rmi java.scripting java.security.jgss java.security.sasl java.sql java.transaction.xa java.xml'],
};
const JLINK = {
  /** lib/modules of java.base without and with --strip-debug / --compress=2. */
  modules: 26_244_505,
  strip: 20_195_547 / 26_244_505,
  compress: 12_479_869 / 26_244_505,
  both: 9_662_628 / 26_244_505,
  libjvm: 24_112_808,
  /** The rest of java.base's image: launchers, native libraries, conf, legal, security files. */
  rest: 35_347_612 - 9_662_628 - 24_112_808,
  headers: 194_729,
  man: 309_147,
};

registerCommand({
  names: ['jlink'],
  run(args, ctx) {
    const mods: string[] = [];
    let output: string | null = null;
    let strip = false;
    let compress = false;
    let noHeaders = false;
    let noMan = false;
    for (let i = 0; i < args.length; i++) {
      const x = args[i]!;
      const [k, v] = x.includes('=') ? (x.split('=', 2) as [string, string]) : [x, undefined];
      if (k === '--add-modules') mods.push(...(v ?? args[++i] ?? '').split(',').filter(Boolean));
      else if (k === '--output') output = v ?? args[++i] ?? null;
      else if (k === '--strip-debug' || k === '--strip-java-debug-attributes') strip = true;
      else if (k === '--compress' || k === '-c') {
        const level = v ?? args[++i] ?? '';
        compress = /^(2|zip-[1-9])$/.test(level);
      } else if (k === '--no-header-files') noHeaders = true;
      else if (k === '--no-man-pages') noMan = true;
      else if (k === '--module-path' || k === '-p' || k === '--launcher') i += v === undefined ? 1 : 0;
    }
    if (!output) return fail('Error: --output must be specified\n', 2);
    if (!mods.length) return fail('Error: --add-modules must be specified\n', 2);
    const out = resolve(ctx.cwd, output);
    if (ctx.fs.has(ctx.fs.realpath(out))) return fail(`Error: directory already exists: ${out}\n`);
    // The transitive closure of the requested modules.
    const all = new Set<string>(['java.base']);
    const unknown: string[] = [];
    const add = (m: string) => {
      if (all.has(m) && m !== 'java.base') return;
      if (m === 'ALL-MODULE-PATH' || m === 'ALL-SYSTEM') {
        add('java.se');
        return;
      }
      const info = MODULES[m];
      if (!info) {
        if (!all.has(m)) unknown.push(m);
        all.add(m);
        return;
      }
      all.add(m);
      for (const dep of info[1].split(' ').filter(Boolean)) add(dep);
    };
    for (const m of mods) add(m);
    const factor = strip && compress ? JLINK.both : strip ? JLINK.strip : compress ? JLINK.compress : 1;
    const extra = [...all].reduce((s, m) => s + (MODULES[m]?.[0] ?? 400_000), 0);
    const modulesBytes = Math.round(JLINK.modules * factor + (extra / JLINK.both) * factor);
    const libc = libcOf(ctx);
    const owner: Owner = { uid: ctx.user.uid, gid: ctx.user.gid };
    const javaVersion = /(\d+)(?:\.[\d.]+)?/.exec(ctx.env.get('JAVA_VERSION') ?? '')?.[1] ?? '17';
    putFile(ctx, `${out}/bin/java`, 12_888, { owner, mode: 0o755, id: `jlink-java:${libc}:${javaVersion}`, head: `#!stagecraft-binary java dynamic ${libc === 'unknown' ? 'glibc' : libc} linux/amd64\n` });
    putFile(ctx, `${out}/bin/keytool`, 12_888, { owner, mode: 0o755, id: `jlink-keytool:${libc}` });
    putFile(ctx, `${out}/lib/modules`, modulesBytes, { owner, id: `jlink-modules:${[...all].sort().join(',')}:${factor}` });
    putFile(ctx, `${out}/lib/server/libjvm.so`, JLINK.libjvm, { owner, mode: 0o755, id: `jlink-libjvm:${javaVersion}` });
    putFile(ctx, `${out}/lib/[native libraries, conf, legal and security files]`, JLINK.rest, { owner, id: `jlink-rest:${javaVersion}` });
    putFile(ctx, `${out}/release`, `JAVA_VERSION="${javaVersion}"\nMODULES="${[...all].join(' ')}"\n`, { owner });
    if (!noHeaders) putFile(ctx, `${out}/include/[jni headers]`, JLINK.headers, { owner, id: 'jlink-include' });
    if (!noMan) putFile(ctx, `${out}/man/[man pages]`, JLINK.man, { owner, id: 'jlink-man' });
    const total = modulesBytes + JLINK.libjvm + JLINK.rest + 25_776 + (noHeaders ? 0 : JLINK.headers) + (noMan ? 0 : JLINK.man);
    ctx.assume(
      `jlink: a runtime of ${all.size} module${all.size > 1 ? 's' : ''} (${human(total)}), from sizes measured with OpenJDK 17's jlink${strip || compress ? '' : '; --strip-debug --compress=2 --no-header-files --no-man-pages would make it about a third smaller'}${unknown.length ? `; ${unknown.join(', ')} counted as 400 kB each` : ''}. Its bin/java is linked against ${libc === 'musl' ? 'musl' : 'glibc'}: it runs only on an image with the same C library`,
    );
    return ok();
  },
});

registerCommand({
  names: ['jdeps'],
  run(args, ctx) {
    const target = args.filter((x) => !x.startsWith('-')).pop();
    if (!target) return fail('Error: no path specified\n', 2);
    const path = resolve(ctx.cwd, target);
    const n = ctx.fs.get(ctx.fs.realpath(path));
    if (!n) return fail(`Error: ${target} is not a valid file or directory\n`, 2);
    const boot = (n.content ?? '').startsWith('#!stagecraft-jar spring-boot');
    const list = boot ? 'java.base,java.desktop,java.instrument,java.management,java.naming,java.prefs,java.rmi,java.scripting,java.security.jgss,java.sql,jdk.jfr,jdk.unsupported' : 'java.base';
    ctx.assume(`jdeps ${target}: the module list is the usual one for ${boot ? 'a Spring Boot application' : 'a plain application'} (${list}); the real list depends on the code`);
    if (args.includes('--print-module-deps') || args.includes('--list-reduced-deps') || args.includes('--list-deps')) return ok({ text: args.includes('--print-module-deps') ? list + '\n' : list.split(',').map((m) => `   ${m}\n`).join('') });
    return ok({ unknown: `the output of jdeps ${target}` });
  },
});

// ---- java ---------------------------------------------------------------------------------------

registerCommand({
  names: ['java'],
  run(args, ctx) {
    const j0 = args.indexOf('-jar');
    const own = j0 >= 0 ? args.slice(0, j0) : args;
    if (own.includes('-version') || own.includes('--version')) {
      const v = ctx.env.get('JAVA_VERSION') ?? '17';
      return { status: 0, stderr: `openjdk version "${v.replace(/^jdk-?/, '')}"\n` };
    }
    const j = args.indexOf('-jar');
    const jar = j >= 0 ? args[j + 1] : undefined;
    const layertools = own.some((x) => x === '-Djarmode=layertools' || x === '-Djarmode=tools');
    if (jar && layertools && args.includes('extract')) {
      const n = ctx.fs.get(ctx.fs.realpath(resolve(ctx.cwd, jar)));
      if (!n) return fail(`Error: Unable to access jarfile ${jar}\n`);
      const m = /^#!stagecraft-jar spring-boot app=(\d+) deps=(\d+) loader=(\d+)/.exec(n.content ?? '');
      if (!m) {
        ctx.opaque(`java -Djarmode=… -jar ${jar} extract: the layers of this JAR are not known to the simulator`);
        return ok();
      }
      const di = args.indexOf('--destination');
      const dest = resolve(ctx.cwd, di >= 0 ? args[di + 1] ?? '.' : '.');
      const owner: Owner = { uid: ctx.user.uid, gid: ctx.user.gid };
      putFile(ctx, `${dest}/dependencies/BOOT-INF/lib/[dependency JARs]`, Number(m[2]), { owner, id: `layer-deps:${m[2]}` });
      putFile(ctx, `${dest}/spring-boot-loader/org/springframework/boot/loader/[loader classes]`, Number(m[3]), { owner, id: `layer-loader:${m[3]}` });
      mkdirs(ctx, `${dest}/snapshot-dependencies`, owner);
      putFile(ctx, `${dest}/application/BOOT-INF/classes/[application classes and resources]`, Number(m[1]), { owner, id: `layer-app:${m[1]}` });
      ctx.assume(`java -Djarmode=layertools extract: ${jar} is split into dependencies (${human(Number(m[2]))}), spring-boot-loader, snapshot-dependencies and application (${human(Number(m[1]))})`);
      return ok();
    }
    if (jar) {
      const n = ctx.fs.get(ctx.fs.realpath(resolve(ctx.cwd, jar)));
      if (!n) return fail(`Error: Unable to access jarfile ${jar}\n`);
    }
    ctx.opaque(`java ${args.join(' ')}: runs the application; what it does is unknown to the simulator`);
    return ok({ unknown: 'the output of a Java program' });
  },
});
