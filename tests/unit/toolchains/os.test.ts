// OS packages: apk on Alpine, apt-get/apt/dpkg on Debian.
import { describe, expect, it } from 'vitest';
import { ALPINE, DEBIAN, MB, bytesUnder, file, layerAt, notes, ok, opaque, run, text, under } from './fixtures-jpo';

describe('apk', () => {
  it('apk add --no-cache leaves no index in /var/cache/apk and installs the closure', () => {
    const r = ok(`FROM ${ALPINE}\nRUN apk add --no-cache curl\n`);
    expect(under(r, '/var/cache/apk').length).toBe(0);
    expect(file(r, '/usr/bin/curl')?.size).toBeGreaterThan(100_000);
    expect(file(r, '/usr/lib/libcurl.so.4.8.0')).toBeDefined();
    const db = text(r, '/lib/apk/db/installed')!;
    for (const p of ['curl', 'libcurl', 'nghttp2-libs', 'ca-certificates']) expect(db).toContain(`\nP:${p}\n`);
    expect(text(r, '/etc/apk/world')).toContain('curl\n');
    const size = layerAt(r, 2).size;
    expect(size).toBeGreaterThan(4 * MB);
    expect(size).toBeLessThan(9 * MB);
    expect(notes(r)).toContain('approximate');
  });

  it('apk add without --no-cache keeps the indexes (~2.4 MB) in the layer', () => {
    const r = ok(`FROM ${ALPINE}\nRUN apk add curl\n`);
    const idx = under(r, '/var/cache/apk');
    expect(idx.map((f) => f.path.replace(/\.[0-9a-f]{8}\./, '.HASH.'))).toEqual(['/var/cache/apk/APKINDEX.HASH.tar.gz', '/var/cache/apk/APKINDEX.HASH.tar.gz']);
    expect(bytesUnder(r, '/var/cache/apk')).toBeGreaterThan(2 * MB);
    expect(layerAt(r, 2).size - layerAt(ok(`FROM ${ALPINE}\nRUN apk add --no-cache curl\n`), 2).size).toBeGreaterThan(2 * MB);
  });

  it('apk update && apk add && rm -rf /var/cache/apk/* in one RUN leaves nothing', () => {
    const r = ok(`FROM ${ALPINE}\nRUN apk update && apk add tzdata && rm -rf /var/cache/apk/*\n`);
    expect(under(r, '/var/cache/apk').length).toBe(0);
    expect(bytesUnder(r, '/usr/share/zoneinfo')).toBeGreaterThan(1 * MB);
  });

  it('build-base is about 200 MB; --virtual .build-deps then apk del removes it all', () => {
    const r = ok(`FROM ${ALPINE}\nRUN apk add --no-cache build-base\n`);
    expect(layerAt(r, 2).size).toBeGreaterThan(150 * MB);
    expect(file(r, '/usr/bin/gcc')).toBeDefined();
    const v = ok(`FROM ${ALPINE}\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && gcc --version; apk del .build-deps\n`);
    expect(file(v, '/usr/bin/gcc')).toBeUndefined();
    expect(text(v, '/lib/apk/db/installed')).not.toContain('P:gcc');
    expect(text(v, '/etc/apk/world')).not.toContain('.build-deps');
  });

  it('libc6-compat adds the glibc loader name', () => {
    const r = ok(`FROM ${ALPINE}\nRUN apk add --no-cache libc6-compat\n`);
    expect(file(r, '/lib64/ld-linux-x86-64.so.2')).toMatchObject({ type: 'symlink' });
  });

  it('a package not in the table is opaque; an already installed one is a no-op', () => {
    const r = ok(`FROM ${ALPINE}\nRUN apk add --no-cache some-unknown-pkg\n`);
    expect(opaque(r)).toContain('some-unknown-pkg');
    const n = ok(`FROM ${ALPINE}\nRUN apk add --no-cache busybox\n`);
    expect(opaque(n)).toBe('\n');
  });

  it('apk is not on Debian', () => {
    const r = run(`FROM ${DEBIAN}\nRUN apk add curl\n`);
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('exit code: 127');
  });
});

describe('apt-get', () => {
  it('install without update fails: the lists are empty in the image', () => {
    const r = run(`FROM ${DEBIAN}\nRUN apt-get install -y curl\n`);
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('exit code: 100');
  });

  it('apt-get update writes ~20 MB of lists that stay in the layer', () => {
    const r = ok(`FROM ${DEBIAN}\nRUN apt-get update\n`);
    const lists = under(r, '/var/lib/apt/lists').filter((f) => f.type === 'file');
    expect(lists.map((f) => f.path)).toContain('/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4');
    expect(bytesUnder(r, '/var/lib/apt/lists')).toBe(19_867_257);
    expect(notes(r)).toContain('/var/lib/apt/lists');
  });

  it('update && install --no-install-recommends curl && rm -rf /var/lib/apt/lists/* in one RUN: ~12 MB and no lists', () => {
    const r = ok(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n`);
    expect(under(r, '/var/lib/apt/lists').filter((f) => f.type === 'file')).toEqual([]);
    expect(file(r, '/usr/bin/curl')).toMatchObject({ size: 280_800, mode: 0o755 });
    const size = layerAt(r, 2).size;
    expect(size).toBeGreaterThan(10 * MB);
    expect(size).toBeLessThan(14 * MB);
    // docker-clean: no .deb files kept.
    expect(under(r, '/var/cache/apt/archives').filter((f) => f.path.endsWith('.deb'))).toEqual([]);
    expect(text(r, '/var/lib/dpkg/status')).toContain('\nPackage: libcurl4\nStatus: install ok installed\n');
  });

  it('recommends add packages (curl: 16 → 22, with ca-certificates and its bundle)', () => {
    const no = ok(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n`);
    const yes = ok(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y curl\n`);
    expect(file(no, '/etc/ssl/certs/ca-certificates.crt')).toBeUndefined();
    expect(file(yes, '/etc/ssl/certs/ca-certificates.crt')?.size).toBe(225_079);
    expect(layerAt(yes, 2).size - layerAt(no, 2).size).toBeGreaterThan(3 * MB);
  });

  it('without -y apt asks and aborts when dependencies would be added', () => {
    const r = run(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install curl\n`);
    expect(r.ok).toBe(false);
    expect(r.error?.message).toContain('exit code: 1');
    expect(ok(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install make\n`).ok).toBe(true);
  });

  it('build-essential and libpq-dev bring gcc and pg_config', () => {
    const r = ok(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev\n`);
    expect(file(r, '/usr/bin/gcc')).toMatchObject({ type: 'symlink', link: 'gcc-12' });
    expect(file(r, '/usr/bin/x86_64-linux-gnu-gcc-12')?.size).toBeGreaterThan(1_000_000);
    expect(file(r, '/usr/bin/pg_config')).toBeDefined();
    expect(layerAt(r, 2).size).toBeGreaterThan(200 * MB);
  });

  it('without docker-clean the .deb files stay in /var/cache/apt/archives; apt-get clean removes them', () => {
    const keep = ok(`FROM ${DEBIAN}\nRUN rm /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install -y --no-install-recommends curl\n`);
    expect(under(keep, '/var/cache/apt/archives').filter((f) => f.path.endsWith('.deb')).length).toBe(16);
    const clean = ok(`FROM ${DEBIAN}\nRUN rm /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install -y --no-install-recommends curl && apt-get clean\n`);
    expect(under(clean, '/var/cache/apt/archives').filter((f) => f.path.endsWith('.deb'))).toEqual([]);
  });

  it('lists deleted in a later RUN still ship in the earlier layer (wasted space)', () => {
    const r = ok(`FROM ${DEBIAN}\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\n`);
    expect(layerAt(r, 2).size).toBeGreaterThan(18 * MB);
    expect(r.image.wasted.bytes).toBeGreaterThan(18 * MB);
  });

  it('a package the table does not know is opaque; remove deletes known files', () => {
    const r = ok(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y frobnicator\n`);
    expect(opaque(r)).toContain('frobnicator');
    const rm = ok(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y --no-install-recommends make && apt-get purge -y make\n`);
    expect(file(rm, '/usr/bin/make')).toBeUndefined();
  });

  it('curl is not in debian-slim until installed', () => {
    expect(run(`FROM ${DEBIAN}\nRUN curl -fsSL https://example.com/x -o /x\n`).error?.message).toContain('exit code: 127');
  });

  it('dpkg --print-architecture and update-ca-certificates', () => {
    const r = ok(`FROM ${DEBIAN}\nRUN echo "$(dpkg --print-architecture)" > /arch\n`);
    expect(text(r, '/arch')).toBe('amd64\n');
    const c = ok(`FROM ${ALPINE}\nCOPY corp.crt /usr/local/share/ca-certificates/corp.crt\nRUN apk add --no-cache ca-certificates && update-ca-certificates\n`, { files: { 'corp.crt': 'x'.repeat(1200) } });
    expect(file(c, '/etc/ssl/certs/ca-certificates.crt')!.size).toBeGreaterThan(222_000);
  });
});

describe('an image the simulator does not know', () => {
  it('apt-get install and pip install run with stated assumptions instead of failing', () => {
    const r = ok(`FROM example.com/unknown/base:1\nRUN apt-get install -y --no-install-recommends curl && pip install --no-cache-dir six && apk add --no-cache jq\n`);
    expect(file(r, '/usr/bin/curl')).toBeDefined();
    expect(notes(r)).toContain('debian:bookworm-slim');
    expect(notes(r)).toContain('no Python interpreter is known');
  });
});
