// curl and wget: no network, so downloads have unknown size (opaque) unless the URL is a known
// release artifact.
import { describe, expect, it } from 'vitest';
import { ALPINE, DEBIAN, MB, file, notes, ok, opaque, run } from './fixtures-jpo';

describe('curl', () => {
  it('-fsSL -o FILE creates the file with unknown size and says so', () => {
    const r = ok(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y curl && curl -fsSL -o /tmp/tool.tgz https://example.com/tool.tgz\n`);
    expect(file(r, '/tmp/tool.tgz')).toBeDefined();
    expect(opaque(r)).toContain('size unknown: the simulator does not download');
  });

  it('a Go release tarball has a known size (assumption, not opaque)', () => {
    const r = ok(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y curl && curl -fsSLO https://go.dev/dl/go1.22.5.linux-amd64.tar.gz\n`);
    expect(file(r, '/go1.22.5.linux-amd64.tar.gz')?.size).toBe(69 * MB);
    expect(opaque(r).trim()).toBe('');
    expect(notes(r)).toContain('Go release tarball');
  });

  it('curl | sh is opaque', () => {
    const r = ok(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y curl && curl -fsSL https://get.example.com | sh\n`);
    expect(opaque(r)).toContain('standard output');
  });

  it('-o into a missing directory fails with 23 unless --create-dirs', () => {
    expect(run(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y curl && curl -fsSL -o /nope/x https://e.com/x\n`).error?.message).toContain('exit code: 23');
    expect(run(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y curl && curl -fsSL --create-dirs -o /nope/x https://e.com/x\n`).ok).toBe(true);
  });

  it('no URL: exit 2', () => {
    expect(run(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y curl && curl -fsSL\n`).error?.message).toContain('exit code: 2');
  });
});

describe('wget', () => {
  it('busybox wget -O FILE and the default name', () => {
    const r = ok(`FROM ${ALPINE}\nWORKDIR /dl\nRUN wget -O /tmp/a.bin https://example.com/a.bin && wget https://example.com/dir/b.tar.gz\n`);
    expect(file(r, '/tmp/a.bin')).toBeDefined();
    expect(file(r, '/dl/b.tar.gz')).toBeDefined();
    expect(opaque(r)).toContain('size unknown');
  });

  it('wget -qO- URL | tar xz is opaque', () => {
    const r = ok(`FROM ${ALPINE}\nRUN wget -qO- https://nodejs.org/dist/v20.11.0/node-v20.11.0-linux-x64.tar.xz | tar xJ -C /opt\n`);
    expect(opaque(r)).toContain('standard output');
  });

  it('-P DIR', () => {
    const r = ok(`FROM ${ALPINE}\nRUN mkdir /d && wget -P /d https://nodejs.org/dist/v20.11.0/node-v20.11.0-linux-x64.tar.xz\n`);
    expect(file(r, '/d/node-v20.11.0-linux-x64.tar.xz')?.size).toBe(25 * MB);
  });

  it('wget is not in debian-slim', () => {
    expect(run(`FROM ${DEBIAN}\nRUN wget https://e.com/x\n`).error?.message).toContain('exit code: 127');
  });
});
