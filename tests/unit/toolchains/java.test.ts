// Java: Maven and Gradle builds (Spring Boot fat JARs, the local repository), javac/jar, jlink
// runtimes sized from measured jlink output, jdeps, java -jar.
import { describe, expect, it } from 'vitest';
import { ALPINE, DEBIAN, MAVEN, MB, bytesUnder, file, layerAt, notes, ok, opaque, run, text, under } from './fixtures-jpo';

const POM = `<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.5.4</version>
  </parent>
  <groupId>com.example</groupId>
  <artifactId>demo</artifactId>
  <version>0.0.1-SNAPSHOT</version>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-test</artifactId>
      <scope>test</scope>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-maven-plugin</artifactId>
      </plugin>
    </plugins>
  </build>
</project>
`;
const APP = 'package com.example.demo;\n\nimport org.springframework.boot.SpringApplication;\n\npublic class DemoApplication {\n  public static void main(String[] args) { SpringApplication.run(DemoApplication.class, args); }\n}\n';
const FILES = { 'pom.xml': POM, 'src/main/java/com/example/demo/DemoApplication.java': APP, 'src/main/resources/application.properties': 'server.port=8080\n', 'src/test/java/com/example/demo/DemoApplicationTests.java': 'package com.example.demo;\nclass DemoApplicationTests {}\n' };

describe('maven', () => {
  it('mvn -B package -DskipTests: a Spring Boot fat JAR of ~19-20 MB, target/classes, the .original', () => {
    const r = ok(`FROM ${MAVEN}\nWORKDIR /app\nCOPY . .\nRUN mvn -B package -DskipTests\n`, { files: FILES });
    const jar = file(r, '/app/target/demo-0.0.1-SNAPSHOT.jar')!;
    expect(jar.size).toBeGreaterThan(18 * MB);
    expect(jar.size).toBeLessThan(21 * MB);
    expect(file(r, '/app/target/demo-0.0.1-SNAPSHOT.jar.original')!.size).toBeLessThan(10_000);
    expect(file(r, '/app/target/classes/com/example/demo/DemoApplication.class')).toBeDefined();
    expect(file(r, '/app/target/classes/application.properties')).toBeDefined();
    expect(file(r, '/app/target/test-classes/com/example/demo/DemoApplicationTests.class')).toBeDefined();
    expect(under(r, '/app/target/surefire-reports')).toEqual([]);
    // ~/.m2: the starter's own jar at its coordinates, the test starter, and Maven's plugins.
    expect(file(r, '/root/.m2/repository/org/springframework/boot/spring-boot-starter-web/3.5.4/spring-boot-starter-web-3.5.4.jar')).toBeDefined();
    expect(bytesUnder(r, '/root/.m2/repository')).toBeGreaterThan(55 * MB);
    expect(notes(r)).toContain('Spring Boot executable JAR');
  });

  it('dependency:go-offline in its own layer, then package reuses it', () => {
    const r = ok(`FROM ${MAVEN}\nWORKDIR /app\nCOPY pom.xml .\nRUN mvn -B dependency:go-offline\nCOPY src ./src\nRUN mvn -B -o package -DskipTests\n`, { files: FILES });
    expect(layerAt(r, 4).size).toBeGreaterThan(60 * MB);
    expect(layerAt(r, 6).size).toBeLessThan(25 * MB);
    expect(file(r, '/app/target/demo-0.0.1-SNAPSHOT.jar')).toBeDefined();
  });

  it('offline without a warm repository fails; no pom.xml fails', () => {
    expect(run(`FROM ${MAVEN}\nWORKDIR /app\nCOPY . .\nRUN mvn -o package\n`, { files: FILES }).ok).toBe(false);
    expect(run(`FROM ${MAVEN}\nWORKDIR /app\nRUN mvn package\n`).ok).toBe(false);
  });

  it('a plain JAR without the Spring Boot plugin is small; tests run unless skipped (an assumption)', () => {
    const pom = '<project><groupId>g</groupId><artifactId>lib</artifactId><version>1.0</version><dependencies><dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId><version>33.4.8-jre</version></dependency></dependencies></project>';
    const r = ok(`FROM ${MAVEN}\nWORKDIR /app\nCOPY . .\nRUN mvn clean package\n`, { files: { 'pom.xml': pom, 'src/main/java/a/A.java': 'package a;\npublic class A {}\n', 'src/test/java/a/ATest.java': 'package a;\nclass ATest {}\n' } });
    expect(file(r, '/app/target/lib-1.0.jar')!.size).toBeLessThan(5_000);
    expect(file(r, '/app/target/surefire-reports/TEST-ATest.xml')).toBeDefined();
    expect(notes(r)).toContain('tests are assumed to pass');
  });

  it('./mvnw needs the execute bit and the wrapper properties; it downloads Maven into ~/.m2/wrapper', () => {
    const files = { ...FILES, mvnw: '#!/bin/sh\n', '.mvn/wrapper/maven-wrapper.properties': 'distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.9/apache-maven-3.9.9-bin.zip\n' };
    const denied = run(`FROM ${MAVEN}\nWORKDIR /app\nCOPY . .\nRUN ./mvnw package\n`, { files, modes: { mvnw: 0o644 } });
    expect(denied.error?.message).toContain('exit code: 126');
    const r = ok(`FROM ${MAVEN}\nWORKDIR /app\nCOPY . .\nRUN ./mvnw -B package -DskipTests\n`, { files, modes: { mvnw: 0o755 } });
    expect(under(r, '/root/.m2/wrapper/dists').some((f) => f.path.includes('apache-maven-3.9.9'))).toBe(true);
  });

  it('mvn is not in a plain Debian image', () => {
    expect(run(`FROM ${DEBIAN}\nRUN mvn package\n`).error?.message).toContain('exit code: 127');
  });

  it('layertools extract splits the fat JAR', () => {
    const r = ok(`FROM ${MAVEN}\nWORKDIR /app\nCOPY . .\nRUN mvn -B package -DskipTests && java -Djarmode=layertools -jar target/demo-0.0.1-SNAPSHOT.jar extract --destination /layers\n`, { files: FILES });
    expect(bytesUnder(r, '/layers/dependencies')).toBeGreaterThan(18 * MB);
    expect(bytesUnder(r, '/layers/application')).toBeLessThan(10_000);
    expect(opaque(r).trim()).toBe('');
  });
});

describe('gradle', () => {
  const build = "plugins {\n  id 'java'\n  id 'org.springframework.boot' version '3.5.4'\n}\nversion = '0.0.1-SNAPSHOT'\ndependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web'\n  testImplementation 'org.springframework.boot:spring-boot-starter-test'\n}\n";
  const files = { 'build.gradle': build, 'settings.gradle': "rootProject.name = 'demo'\n", 'src/main/java/com/example/demo/DemoApplication.java': APP, gradlew: '#!/bin/sh\n', 'gradle/wrapper/gradle-wrapper.properties': 'distributionUrl=https\\://services.gradle.org/distributions/gradle-8.14.3-bin.zip\n' };

  it('./gradlew bootJar: build/libs/demo-0.0.1-SNAPSHOT.jar, the wrapper distribution and caches in ~/.gradle', () => {
    const r = ok(`FROM ${MAVEN}\nWORKDIR /app\nCOPY . .\nRUN ./gradlew bootJar --no-daemon\n`, { files, modes: { gradlew: 0o755 } });
    expect(file(r, '/app/build/libs/demo-0.0.1-SNAPSHOT.jar')!.size).toBeGreaterThan(18 * MB);
    expect(file(r, '/app/build/libs/demo-0.0.1-SNAPSHOT-plain.jar')).toBeUndefined();
    expect(bytesUnder(r, '/root/.gradle/wrapper')).toBeGreaterThan(250 * MB);
    expect(file(r, '/app/build/classes/java/main/com/example/demo/DemoApplication.class')).toBeDefined();
  });

  it('gradle build -x test makes both the boot JAR and the -plain JAR', () => {
    const r = ok(`FROM ${MAVEN}\nWORKDIR /app\nCOPY . .\nRUN ./gradlew build -x test\n`, { files, modes: { gradlew: 0o755 } });
    expect(file(r, '/app/build/libs/demo-0.0.1-SNAPSHOT-plain.jar')).toBeDefined();
    expect(file(r, '/app/build/libs/demo-0.0.1-SNAPSHOT.jar')).toBeDefined();
  });

  it('no build file fails', () => {
    expect(run(`FROM ${MAVEN}\nRUN gradle build\n`.replace('gradle build', './gradlew build')).ok).toBe(false);
  });
});

describe('javac, jar, jlink, jdeps, java', () => {
  it('javac -d out puts classes at their package path; jar cfe packs them', () => {
    const r = ok(`FROM ${MAVEN}\nWORKDIR /src\nCOPY Main.java .\nRUN javac -d out Main.java && jar cfe app.jar hello.Main -C out .\n`, { files: { 'Main.java': 'package hello;\npublic class Main { public static void main(String[] a) { System.out.println("hi"); } }\n' } });
    expect(file(r, '/src/out/hello/Main.class')).toBeDefined();
    expect(file(r, '/src/app.jar')!.size).toBeGreaterThan(600);
    expect(run(`FROM ${MAVEN}\nRUN javac Missing.java\n`).ok).toBe(false);
  });

  it('jlink java.base with the shrinking flags is ~35 MB; without them ~52 MB; more modules, more bytes', () => {
    const small = ok(`FROM ${MAVEN}\nRUN jlink --add-modules java.base --strip-debug --no-man-pages --no-header-files --compress=2 --output /opt/jre\n`);
    const big = ok(`FROM ${MAVEN}\nRUN jlink --add-modules java.base --output /opt/jre\n`);
    const s = bytesUnder(small, '/opt/jre');
    expect(s).toBeGreaterThan(33 * MB);
    expect(s).toBeLessThan(34.5 * MB);
    const b = bytesUnder(big, '/opt/jre');
    expect(b).toBeGreaterThan(49 * MB);
    expect(b).toBeLessThan(51 * MB);
    const web = ok(`FROM ${MAVEN}\nRUN jlink --add-modules java.base,java.desktop,java.sql,java.naming,java.management,java.instrument,java.security.jgss --strip-debug --no-man-pages --no-header-files --compress=2 --output /opt/jre\n`);
    expect(bytesUnder(web, '/opt/jre')).toBeGreaterThan(48 * MB);
    expect(bytesUnder(web, '/opt/jre')).toBeLessThan(52 * MB);
    expect(text(web, '/opt/jre/release')).toContain('java.xml');
  });

  it('jlink fails if the output exists or no modules are given', () => {
    expect(run(`FROM ${MAVEN}\nRUN mkdir /opt/jre && jlink --add-modules java.base --output /opt/jre\n`).ok).toBe(false);
    expect(run(`FROM ${MAVEN}\nRUN jlink --output /opt/jre\n`).ok).toBe(false);
  });

  it('the jlinked java is a glibc binary: copied to Alpine it carries that descriptor', () => {
    const r = ok(`FROM ${MAVEN} AS jre\nRUN jlink --add-modules java.base --output /opt/jre\nFROM ${ALPINE}\nCOPY --from=jre /opt/jre /opt/jre\n`);
    expect(file(r, '/opt/jre/bin/java')).toBeDefined();
    expect(text(r, '/opt/jre/bin/java')).toMatch(/^#!stagecraft-binary java dynamic glibc/);
    const run2 = ok(`FROM ${MAVEN} AS jre\nRUN jlink --add-modules java.base --output /opt/jre\nFROM ${ALPINE}\nCOPY --from=jre /opt/jre /opt/jre\nCOPY app.jar /app.jar\nENTRYPOINT ["/opt/jre/bin/java", "-jar", "/app.jar"]\n`, { files: { 'app.jar': 'x' } });
    expect(run2.findings.map((f) => f.rule)).toContain('dynamic-binary-without-libc');
    const onDebian = ok(`FROM ${MAVEN} AS jre\nRUN jlink --add-modules java.base --output /opt/jre\nFROM ${DEBIAN}\nCOPY --from=jre /opt/jre /opt/jre\nCOPY app.jar /app.jar\nENTRYPOINT ["/opt/jre/bin/java", "-jar", "/app.jar"]\n`, { files: { 'app.jar': 'x' } });
    expect(onDebian.findings.map((f) => f.rule)).not.toContain('dynamic-binary-without-libc');
  });

  it('jdeps --print-module-deps feeds jlink --add-modules $(...)', () => {
    const r = ok(`FROM ${MAVEN}\nWORKDIR /app\nCOPY . .\nRUN mvn -B package -DskipTests && jlink --add-modules $(jdeps --ignore-missing-deps --print-module-deps target/demo-0.0.1-SNAPSHOT.jar) --strip-debug --compress=2 --no-header-files --no-man-pages --output /opt/jre\n`, { files: FILES });
    expect(text(r, '/opt/jre/release')).toContain('java.desktop');
    expect(notes(r)).toContain('jdeps');
  });

  it('java -jar runs the application: opaque', () => {
    const r = ok(`FROM ${MAVEN}\nWORKDIR /app\nCOPY . .\nRUN mvn -B package -DskipTests && java -jar target/demo-0.0.1-SNAPSHOT.jar --version\n`, { files: FILES });
    expect(opaque(r)).toContain('runs the application');
    expect(run(`FROM ${MAVEN}\nRUN java -jar /nope.jar\n`).ok).toBe(false);
  });
});
