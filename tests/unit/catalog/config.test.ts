// Configs as `docker inspect` shows them. Expected values are written from the upstream
// Dockerfiles (docker-library/golang, nodejs/docker-node, docker-library/python,
// adoptium/containers, carlossg/docker-maven, gradle/docker-gradle, nginx/docker-nginx,
// GoogleContainerTools/distroless) and the repo-info records, not from the catalog's data.
import { describe, expect, it } from 'vitest';
import { findCatalogImage } from '../../../src/engine/images/catalog';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const config = (ref: string) => {
  const img = findCatalogImage(ref);
  if (!img) throw new Error(`${ref} not in the catalog`);
  return img.config;
};

describe('base distributions', () => {
  it('alpine:3.21', () => {
    const c = config('alpine:3.21');
    expect(c.Env).toEqual([PATH]);
    expect(c.Cmd).toEqual(['/bin/sh']);
    expect(c.Entrypoint).toBeNull();
    expect(c.User).toBe('');
  });
  it('debian:bookworm-slim', () => {
    expect(config('debian:bookworm-slim').Cmd).toEqual(['bash']);
    expect(config('debian:bookworm-slim').Env).toEqual([PATH]);
  });
  it('ubuntu:24.04 (classic builder, labels)', () => {
    const c = config('ubuntu:24.04');
    expect(c.Cmd).toEqual(['/bin/bash']);
    expect(c.WorkingDir).toBe('');
    expect(c.Labels).toEqual({ 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '24.04' });
  });
  it('busybox', () => {
    expect(config('busybox').Cmd).toEqual(['sh']);
  });
});

describe('language images', () => {
  it('golang:1.23 — ENV order as the Dockerfile sets it, WORKDIR /go, CMD from buildpack-deps', () => {
    const c = config('golang:1.23');
    expect(c.Env).toEqual([
      'PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'GOLANG_VERSION=1.23.12',
      'GOTOOLCHAIN=local',
      'GOPATH=/go',
    ]);
    expect(c.WorkingDir).toBe('/go');
    expect(c.Cmd).toEqual(['bash']);
    expect(c.Entrypoint).toBeNull();
  });
  it('golang:1.25-alpine', () => {
    const c = config('golang:1.25-alpine');
    expect(c.Env).toEqual(['PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOLANG_VERSION=1.25.13', 'GOTOOLCHAIN=local', 'GOPATH=/go']);
    expect(c.Cmd).toEqual(['/bin/sh']);
    expect(c.WorkingDir).toBe('/go');
  });
  it('node:22 — docker-entrypoint.sh and node', () => {
    const c = config('node:22');
    expect(c.Env).toEqual([PATH, 'NODE_VERSION=22.23.2', 'YARN_VERSION=1.22.22']);
    expect(c.Entrypoint).toEqual(['docker-entrypoint.sh']);
    expect(c.Cmd).toEqual(['node']);
    expect(c.User).toBe('');
  });
  it('node:22-alpine has the same config on Alpine', () => {
    const c = config('node:22-alpine');
    expect(c.Env).toEqual([PATH, 'NODE_VERSION=22.23.2', 'YARN_VERSION=1.22.22']);
    expect(c.Entrypoint).toEqual(['docker-entrypoint.sh']);
    expect(c.Cmd).toEqual(['node']);
  });
  it('python:3.12-slim — PATH, LANG, GPG_KEY, PYTHON_VERSION; CMD python3', () => {
    const c = config('python:3.12-slim');
    expect(c.Env.slice(0, 4)).toEqual([
      'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'LANG=C.UTF-8',
      'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305',
      'PYTHON_VERSION=3.12.13',
    ]);
    expect(c.Cmd).toEqual(['python3']);
  });
  it('python:3.11 is signed by another release manager (repo-info 3.11-bookworm)', () => {
    expect(config('python:3.11').Env).toEqual([
      'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'LANG=C.UTF-8',
      'GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D',
      'PYTHON_VERSION=3.11.16',
      'PYTHON_SHA256=91bcdebfdde239a003ae93738a7fce0f9230fee5c4bc2b86f6e6e8c6f98aabe8',
    ]);
  });
  it('python:3.13-slim has no LANG (repo-info 3.13-slim-bookworm)', () => {
    expect(config('python:3.13-slim').Env).toEqual([
      'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305',
      'PYTHON_VERSION=3.13.15',
      'PYTHON_SHA256=1e66a7945a48390ee4c2a4268a0e4185884059a13c4aab6d148aa208deea4a76',
    ]);
  });
});

describe('Java images', () => {
  it('eclipse-temurin:21-jdk', () => {
    const c = config('eclipse-temurin:21-jdk');
    expect(c.Env).toEqual([
      'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'JAVA_HOME=/opt/java/openjdk',
      'LANG=en_US.UTF-8',
      'LANGUAGE=en_US:en',
      'LC_ALL=en_US.UTF-8',
      'JAVA_VERSION=jdk-21.0.11+10',
    ]);
    expect(c.Entrypoint).toEqual(['/__cacert_entrypoint.sh']);
    expect(c.Cmd).toEqual(['jshell']);
    expect(c.Labels['org.opencontainers.image.version']).toBe('24.04');
  });
  it('eclipse-temurin:21-jre has no CMD (its ENTRYPOINT cleared the inherited one)', () => {
    const c = config('eclipse-temurin:21-jre');
    expect(c.Entrypoint).toEqual(['/__cacert_entrypoint.sh']);
    expect(c.Cmd).toBeNull();
  });
  it('maven:3.9-eclipse-temurin-21', () => {
    const c = config('maven:3.9-eclipse-temurin-21');
    expect(c.Entrypoint).toEqual(['/usr/local/bin/mvn-entrypoint.sh']);
    expect(c.Cmd).toEqual(['mvn']);
    expect(c.Env).toContain('MAVEN_HOME=/usr/share/maven');
    expect(c.Env).toContain('MAVEN_CONFIG=/root/.m2');
    expect(c.Env).toContain('JAVA_HOME=/opt/java/openjdk');
    expect(c.Labels['org.opencontainers.image.title']).toBe('Apache Maven');
  });
  it('gradle:8-jdk21', () => {
    const c = config('gradle:8-jdk21');
    expect(c.User).toBe('root');
    expect(c.WorkingDir).toBe('/home/gradle');
    expect(c.Volumes).toEqual({ '/home/gradle/.gradle': {} });
    expect(c.Entrypoint).toEqual(['/__cacert_entrypoint.sh']);
    expect(c.Cmd).toEqual(['gradle']);
    expect(c.Env).toContain('GRADLE_HOME=/opt/gradle');
    expect(c.Env).toContain('GRADLE_VERSION=8.14.5');
  });
});

describe('distroless', () => {
  const D = 'gcr.io/distroless/';
  it('static: root, workdir /, SSL_CERT_FILE', () => {
    const c = config(`${D}static-debian12`);
    expect(c.Env).toEqual([PATH, 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt']);
    expect(c.User).toBe('0');
    expect(c.WorkingDir).toBe('/');
    expect(c.Entrypoint).toBeNull();
    expect(c.Cmd).toBeNull();
  });
  it(':nonroot sets User 65532 and WorkingDir /home/nonroot', () => {
    for (const img of ['static', 'base', 'cc', 'nodejs22', 'python3', 'java21']) {
      const c = config(`${D}${img}-debian12:nonroot`);
      expect(c.User).toBe('65532');
      expect(c.WorkingDir).toBe('/home/nonroot');
    }
  });
  it(':debug adds /busybox to PATH and enters /busybox/sh', () => {
    const c = config(`${D}base-debian12:debug`);
    expect(c.Env).toEqual([`${PATH}:/busybox`, 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt']);
    expect(c.Entrypoint).toEqual(['/busybox/sh']);
    expect(config(`${D}static-debian12:debug-nonroot`).User).toBe('65532');
  });
  it('language images set their entrypoints', () => {
    expect(config(`${D}nodejs22-debian12`).Entrypoint).toEqual(['/nodejs/bin/node']);
    expect(config(`${D}nodejs22-debian12:debug`).Entrypoint).toEqual(['/nodejs/bin/node']);
    expect(config(`${D}python3-debian12`).Entrypoint).toEqual(['/usr/bin/python3.11']);
    expect(config(`${D}python3-debian12`).Env).toContain('LANG=C.UTF-8');
    expect(config(`${D}java21-debian12`).Entrypoint).toEqual(['/usr/bin/java', '-jar']);
  });
});

describe('nginx:alpine (repo-info 1.31.6-alpine3.24)', () => {
  it('entrypoint, cmd, port, stop signal, env', () => {
    const c = config('nginx:alpine');
    expect(c.Entrypoint).toEqual(['/docker-entrypoint.sh']);
    expect(c.Cmd).toEqual(['nginx', '-g', 'daemon off;']);
    expect(c.ExposedPorts).toEqual({ '80/tcp': {} });
    expect(c.StopSignal).toBe('SIGQUIT');
    expect(c.Env).toEqual([PATH, 'NGINX_VERSION=1.31.6', 'PKG_RELEASE=1', 'DYNPKG_RELEASE=1', 'NJS_VERSION=1.0.1', 'NJS_RELEASE=1', 'ACME_VERSION=0.4.1']);
    expect(c.Labels).toEqual({ maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' });
  });
});

describe('facts', () => {
  it('say what each image has', () => {
    const f = (ref: string) => findCatalogImage(ref)!.facts!;
    expect(f('alpine:3.21')).toMatchObject({ libc: 'musl', packageManager: 'apk', caCertificates: true, tzdata: false });
    expect(f('debian:bookworm')).toMatchObject({ libc: 'glibc', packageManager: 'apt', caCertificates: false, tzdata: true });
    expect(f('ubuntu:22.04')).toMatchObject({ tzdata: false, caCertificates: false });
    expect(f('golang:1.23')).toMatchObject({ libc: 'glibc', caCertificates: true });
    expect(f('gcr.io/distroless/static-debian12')).toMatchObject({ libc: 'none', shell: null, packageManager: 'none', caCertificates: true });
    expect(f('gcr.io/distroless/static-debian12:debug').shell).toMatch(/^\/busybox\/sh/);
    expect(f('gcr.io/distroless/nodejs22-debian12:debug').shell).toMatch(/^\/busybox\/sh/);
    expect(f('gcr.io/distroless/nodejs22-debian12').shell).toBeNull();
    expect(f('gcr.io/distroless/base-debian12').libc).toBe('glibc');
    expect(f('scratch')).toMatchObject({ libc: 'none', shell: null, packageManager: 'none' });
    expect(f('node:22-slim').caCertificates).toBe(false);
  });
});
