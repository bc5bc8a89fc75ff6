// File trees: accounts, shells, busybox applets, coreutils, libc, toolchains, modes, and the
// structure of every layer (parents present, nothing written through a symlink).
import { describe, expect, it } from 'vitest';
import { resolveBase } from '../../../src/engine/images/base';
import { catalogEntries, findCatalogImage } from '../../../src/engine/images/catalog';
import { mergeLayers } from '../../../src/engine/images/merge';

const fsOf = (ref: string) => {
  const r = resolveBase(ref, {});
  expect(r.known, `${ref} known`).toBe(true);
  return r.fs;
};
/** The node a path resolves to (symlinks followed). */
const resolved = (ref: string, path: string) => {
  const fs = fsOf(ref);
  return fs.get(fs.realpath(path));
};
const passwd = (ref: string) => fsOf(ref).get('/etc/passwd')?.content ?? '';
const group = (ref: string) => fsOf(ref).get('/etc/group')?.content ?? '';

describe('/etc/passwd and /etc/group', () => {
  it.each([
    ['node:22', 'node:x:1000:1000::/home/node:/bin/bash'],
    ['node:22-slim', 'node:x:1000:1000::/home/node:/bin/bash'],
    ['node:20', 'node:x:1000:1000::/home/node:/bin/bash'],
    ['node:22-alpine', 'node:x:1000:1000:Linux User,,,:/home/node:/bin/sh'],
    ['node:18-alpine3.19', 'node:x:1000:1000:Linux User,,,:/home/node:/bin/sh'],
    ['gcr.io/distroless/static-debian12', 'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin'],
    ['gcr.io/distroless/nodejs22-debian12:debug-nonroot', 'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin'],
    ['gcr.io/distroless/static-debian12', 'nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin'],
    ['debian:bookworm', 'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin'],
    ['debian:bookworm', 'root:x:0:0:root:/root:/bin/bash'],
    ['golang:1.23', 'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin'],
    ['alpine:3.21', 'root:x:0:0:root:/root:/bin/sh'],
    ['alpine:3.21', 'nobody:x:65534:65534:nobody:/:/sbin/nologin'],
    ['nginx:alpine', 'nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin'],
    ['ubuntu:24.04', 'ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash'],
    ['gradle:8-jdk21', 'gradle:x:1000:1000:Ubuntu:/home/gradle:/bin/bash'],
    ['busybox', 'root:x:0:0:root:/root:/bin/sh'],
  ])('%s has %s', (ref, line) => {
    expect(passwd(ref).split('\n')).toContain(line);
  });

  it('users that are not there', () => {
    expect(passwd('debian:bookworm')).not.toMatch(/^node:/m);
    expect(passwd('ubuntu:22.04')).not.toMatch(/^ubuntu:/m);
    expect(passwd('gradle:8-jdk21')).not.toMatch(/^ubuntu:/m);
    expect(passwd('alpine:3.21')).not.toMatch(/^node:/m);
    expect(fsOf('scratch').get('/etc/passwd')).toBeUndefined();
  });

  it('groups', () => {
    expect(group('node:22').split('\n')).toContain('node:x:1000:');
    expect(group('gcr.io/distroless/static-debian12').split('\n')).toContain('nonroot:x:65532:');
    expect(group('nginx:alpine').split('\n')).toContain('nginx:x:101:nginx');
    expect(group('alpine:3.20').split('\n')).toContain('www-data:x:82:');
    expect(group('debian:bookworm').split('\n')).toContain('nogroup:x:65534:');
  });

  it('home directories belong to their users', () => {
    expect(fsOf('node:22').get('/home/node')).toMatchObject({ type: 'dir', uid: 1000, gid: 1000 });
    expect(fsOf('node:22-alpine').get('/home/node')).toMatchObject({ type: 'dir', uid: 1000, gid: 1000 });
    expect(fsOf('gcr.io/distroless/static-debian12:nonroot').get('/home/nonroot')).toMatchObject({ type: 'dir', uid: 65532, gid: 65532, mode: 0o700 });
  });
});

describe('shells', () => {
  it('alpine: /bin/sh → /bin/busybox', () => {
    const fs = fsOf('alpine:3.21');
    expect(fs.get('/bin/sh')).toMatchObject({ type: 'symlink', link: '/bin/busybox' });
    expect(fs.get('/bin/busybox')).toMatchObject({ type: 'file', mode: 0o755 });
  });
  it('debian: /bin → usr/bin, /usr/bin/sh → dash, bash present', () => {
    const fs = fsOf('debian:bookworm');
    expect(fs.get('/bin')).toMatchObject({ type: 'symlink', link: 'usr/bin' });
    expect(fs.get('/usr/bin/sh')).toMatchObject({ type: 'symlink', link: 'dash' });
    expect(fs.realpath('/bin/sh')).toBe('/usr/bin/dash');
    expect(resolved('debian:bookworm', '/bin/bash')).toMatchObject({ type: 'file', mode: 0o755 });
    expect(fs.realpath('/bin/sh')).toBe(fsOf('ubuntu:24.04').realpath('/bin/sh'));
  });
  it('busybox image: /bin/sh → busybox', () => {
    expect(fsOf('busybox').realpath('/bin/sh')).toBe('/bin/busybox');
  });
  it('distroless: no /bin/sh; :debug has /busybox/sh', () => {
    for (const ref of ['gcr.io/distroless/static-debian12', 'gcr.io/distroless/base-debian12:nonroot', 'gcr.io/distroless/nodejs22-debian12', 'gcr.io/distroless/java21-debian12:debug']) {
      expect(resolved(ref, '/bin/sh'), ref).toBeUndefined();
    }
    const fs = fsOf('gcr.io/distroless/static-debian12:debug');
    expect(fs.get('/busybox/sh')).toMatchObject({ type: 'symlink', link: 'busybox' });
    expect(fs.get(fs.realpath('/busybox/sh'))).toMatchObject({ type: 'file', mode: 0o755 });
  });
});

describe('commands', () => {
  it('alpine has the common busybox applets as links to /bin/busybox', () => {
    const fs = fsOf('alpine:3.20');
    const at = (name: string) => ['/bin', '/sbin', '/usr/bin', '/usr/sbin'].map((d) => `${d}/${name}`).find((p) => fs.has(p));
    for (const name of ['sh', 'ls', 'cat', 'echo', 'mkdir', 'rm', 'cp', 'mv', 'ln', 'chmod', 'chown', 'touch', 'wget', 'tar', 'adduser', 'addgroup', 'grep', 'sed', 'find', 'xargs', 'env', 'id', 'whoami']) {
      const path = at(name);
      expect(path, name).toBeDefined();
      expect(fs.realpath(path!)).toBe('/bin/busybox');
    }
    expect(fs.get('/sbin/apk')).toMatchObject({ type: 'file', mode: 0o755 });
  });

  it('debian has coreutils, dash, apt and the shadow tools as executables', () => {
    const fs = fsOf('debian:bookworm-slim');
    for (const name of ['cat', 'cp', 'ls', 'mkdir', 'rm', 'mv', 'ln', 'chmod', 'chown', 'touch', 'echo', 'sed', 'grep', 'tar', 'gzip', 'find', 'apt-get', 'dpkg', 'dash', 'bash']) {
      expect(fs.get(fs.realpath(`/bin/${name}`)), name).toMatchObject({ type: 'file', mode: 0o755 });
    }
    for (const name of ['useradd', 'groupadd', 'usermod', 'adduser', 'addgroup']) {
      expect(fs.get(fs.realpath(`/usr/sbin/${name}`)), name).toMatchObject({ type: 'file' });
    }
    expect(fs.get(fs.realpath('/usr/bin/awk'))).toMatchObject({ type: 'file' });
    expect(fs.has('/usr/bin/curl')).toBe(false);
  });

  it('buildpack-deps adds curl, git and gcc', () => {
    expect(resolved('golang:1.23', '/usr/bin/curl')).toMatchObject({ type: 'file' });
    expect(resolved('golang:1.23', '/usr/bin/git')).toMatchObject({ type: 'file' });
    expect(resolved('golang:1.23', '/usr/bin/gcc')).toMatchObject({ type: 'file' });
    expect(resolved('node:22', '/usr/bin/make')).toMatchObject({ type: 'file' });
    expect(resolved('node:22-slim', '/usr/bin/gcc')).toBeUndefined();
    expect(resolved('golang:1.23-alpine', '/usr/bin/gcc')).toBeUndefined();
  });
});

describe('libc, certificates, time zones', () => {
  it('musl loader in alpine; glibc loader and libc in debian and distroless/base', () => {
    expect(fsOf('alpine:3.21').get('/lib/ld-musl-x86_64.so.1')).toMatchObject({ type: 'file' });
    for (const ref of ['debian:bookworm', 'ubuntu:22.04', 'gcr.io/distroless/base-debian12', 'gcr.io/distroless/cc-debian12:nonroot']) {
      expect(resolved(ref, '/lib64/ld-linux-x86-64.so.2'), ref).toMatchObject({ type: 'file' });
      expect(resolved(ref, '/lib/x86_64-linux-gnu/libc.so.6'), ref).toMatchObject({ type: 'file' });
    }
    expect(resolved('gcr.io/distroless/static-debian12', '/lib/x86_64-linux-gnu/libc.so.6')).toBeUndefined();
  });
  it('CA bundle where the image has one', () => {
    const ca = (ref: string) => resolved(ref, '/etc/ssl/certs/ca-certificates.crt');
    expect(ca('alpine:3.21')).toBeDefined();
    expect(ca('gcr.io/distroless/static-debian12')).toBeDefined();
    expect(ca('golang:1.23')).toBeDefined();
    expect(ca('python:3.12-slim')).toBeDefined();
    expect(ca('debian:bookworm')).toBeUndefined();
    expect(ca('ubuntu:24.04')).toBeUndefined();
    expect(ca('scratch')).toBeUndefined();
  });
  it('zoneinfo where tzdata is installed', () => {
    expect(fsOf('debian:bookworm').isDir('/usr/share/zoneinfo')).toBe(true);
    expect(fsOf('gcr.io/distroless/static-debian12').isDir('/usr/share/zoneinfo')).toBe(true);
    expect(fsOf('ubuntu:24.04').has('/usr/share/zoneinfo')).toBe(false);
    expect(fsOf('alpine:3.21').has('/usr/share/zoneinfo')).toBe(false);
  });
  it('os-release names the distribution', () => {
    expect(resolved('debian:bookworm', '/etc/os-release')?.content).toContain('VERSION_CODENAME=bookworm');
    expect(resolved('alpine:3.21', '/etc/os-release')?.content).toContain('VERSION_ID=3.21.8');
    expect(resolved('ubuntu:22.04', '/etc/os-release')?.content).toContain('VERSION_ID="22.04"');
    expect(resolved('gcr.io/distroless/static-debian12', '/etc/os-release')?.content).toContain('PRETTY_NAME="Distroless"');
  });
});

describe('toolchains', () => {
  const file = (ref: string, path: string) => expect(resolved(ref, path), `${ref} ${path}`).toMatchObject({ type: 'file' });
  it('go', () => {
    file('golang:1.23', '/usr/local/go/bin/go');
    file('golang:1.23', '/usr/local/go/bin/gofmt');
    file('golang:1.23', '/usr/local/go/pkg/tool/linux_amd64/compile');
    file('golang:1.21-alpine', '/usr/local/go/bin/go');
    expect(fsOf('golang:1.23').get('/go')).toMatchObject({ type: 'dir', mode: 0o1777 });
    expect(fsOf('golang:1.23').get('/usr/local/go/go.env')?.content).toContain('GOTOOLCHAIN=auto');
  });
  it('node, npm, npx, yarn', () => {
    for (const ref of ['node:22', 'node:22-slim', 'node:22-alpine', 'node:18']) {
      file(ref, '/usr/local/bin/node');
      file(ref, '/usr/local/bin/npm');
      file(ref, '/usr/local/bin/npx');
      file(ref, '/usr/local/bin/yarn');
      expect(fsOf(ref).isDir('/usr/local/lib/node_modules/npm')).toBe(true);
      expect(fsOf(ref).get('/usr/local/bin/npm')).toMatchObject({ type: 'symlink' });
    }
  });
  it('python, pip', () => {
    file('python:3.12', '/usr/local/bin/python3');
    file('python:3.12', '/usr/local/bin/python');
    file('python:3.12-slim', '/usr/local/bin/pip3');
    file('python:3.12-alpine', '/usr/local/bin/pip');
    expect(fsOf('python:3.13').isDir('/usr/local/lib/python3.13')).toBe(true);
    expect(fsOf('python:3.11-slim').isDir('/usr/local/lib/python3.11')).toBe(true);
  });
  it('java: JDKs have javac and jlink, JREs do not', () => {
    for (const ref of ['eclipse-temurin:21-jdk', 'eclipse-temurin:17-jdk', 'eclipse-temurin:21-jdk-alpine']) {
      file(ref, '/opt/java/openjdk/bin/java');
      file(ref, '/opt/java/openjdk/bin/javac');
      file(ref, '/opt/java/openjdk/bin/jlink');
      file(ref, '/opt/java/openjdk/lib/modules');
    }
    for (const ref of ['eclipse-temurin:21-jre', 'eclipse-temurin:17-jre-alpine']) {
      file(ref, '/opt/java/openjdk/bin/java');
      expect(fsOf(ref).has('/opt/java/openjdk/bin/javac')).toBe(false);
    }
    file('maven:3.9-eclipse-temurin-21', '/usr/share/maven/bin/mvn');
    file('maven:3.9-eclipse-temurin-17', '/usr/bin/mvn');
    file('gradle:8-jdk21', '/opt/gradle/bin/gradle');
    file('gradle:8-jdk21', '/usr/bin/gradle');
    file('gcr.io/distroless/java21-debian12', '/usr/bin/java');
    expect(fsOf('gcr.io/distroless/java21-debian12').realpath('/usr/bin/java')).toMatch(/^\/usr\/lib\/jvm\//);
  });
  it('nginx, distroless node and python', () => {
    file('nginx:alpine', '/usr/sbin/nginx');
    file('nginx:alpine', '/docker-entrypoint.sh');
    file('gcr.io/distroless/nodejs22-debian12', '/nodejs/bin/node');
    file('gcr.io/distroless/python3-debian12', '/usr/bin/python3');
    expect(fsOf('gcr.io/distroless/nodejs22-debian12').has('/nodejs/bin/npm')).toBe(false);
  });
});

describe('modes and structure', () => {
  it('/tmp is 1777 and /root 0700', () => {
    for (const ref of ['alpine:3.21', 'debian:bookworm', 'busybox', 'gcr.io/distroless/static-debian12']) {
      expect(fsOf(ref).get('/tmp'), ref).toMatchObject({ type: 'dir', mode: 0o1777 });
      expect(fsOf(ref).get('/root'), ref).toMatchObject({ type: 'dir', mode: 0o700 });
    }
  });

  it.each(catalogEntries().map((e) => [e.name]))('%s: every parent is a directory, nothing is written through a symlink, entries are tar names', (name) => {
    const image = findCatalogImage(name)!;
    const files = mergeLayers(image.layers);
    const byPath = new Map(files.map((f) => [f.path, f]));
    for (const f of files) {
      const parent = f.path.slice(0, f.path.lastIndexOf('/')) || '/';
      if (parent !== '/') expect(byPath.get(parent)?.type, `${name}: parent of ${f.path}`).toBe('dir');
      if (f.type === 'symlink') expect(f.link, f.path).toBeTruthy();
      if (f.type === 'file' && /\/s?bin\/[^/]+$/.test(f.path) && !/\/\.sized-remainder|\.(conf|bat)$/.test(f.path)) expect(f.mode & 0o111, `${name}: ${f.path} executable`).not.toBe(0);
    }
    for (const layer of image.layers) {
      for (const c of layer.changes) expect(c.entry).toBe(c.path.slice(1) + (c.type === 'dir' ? '/' : ''));
    }
  });
});
