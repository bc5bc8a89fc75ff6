import { describe, expect, it } from 'vitest';
import { readTar } from '../../../src/engine/images/tar';
import { concat, header, setChecksum, writeTar } from './tar-writer';

const text = (data: Uint8Array): string => new TextDecoder().decode(data);

describe('readTar', () => {
  it('reads files, directories and symlinks with their metadata', () => {
    const tar = writeTar([
      { name: './', type: 'dir' },
      { name: './etc/', type: 'dir', mode: 0o755 },
      { name: './etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n', mode: 0o644, uid: 0, gid: 0 },
      { name: './home/app/', type: 'dir', uid: 1000, gid: 1000 },
      { name: './bin/sh', type: 'symlink', linkname: 'busybox', mode: 0o777 },
    ]);
    const entries = readTar(tar);
    expect(entries.map((e) => [e.name, e.typeflag, e.size])).toEqual([
      ['./', '5', 0],
      ['./etc/', '5', 0],
      ['./etc/passwd', '0', 26],
      ['./home/app/', '5', 0],
      ['./bin/sh', '2', 0],
    ]);
    expect(entries[3]).toMatchObject({ uid: 1000, gid: 1000, mode: 0o755 });
    expect(entries[4]).toMatchObject({ linkname: 'busybox', mode: 0o777 });
    expect(text(entries[2].data)).toBe('root:x:0:0::/root:/bin/sh\n');
  });

  it('exposes data as a view into the input, not a copy', () => {
    const tar = writeTar([{ name: 'a.txt', content: 'hello' }]);
    const [e] = readTar(tar);
    expect(e.data.buffer).toBe(tar.buffer);
    expect(e.offset).toBe(512);
    expect(e.length).toBe(5);
    expect(e.data.byteOffset).toBe(512);
  });

  it('reads PAX long names and link targets', () => {
    const long = 'usr/share/' + 'deep/'.repeat(30) + 'file.txt';
    const target = '/opt/' + 'x'.repeat(150);
    const entries = readTar(
      writeTar([
        { name: long, content: 'abc' },
        { name: 'link', type: 'symlink', linkname: target },
      ]),
    );
    expect(entries.map((e) => e.name)).toEqual([long, 'link']);
    expect(entries[0].size).toBe(3);
    expect(entries[1].linkname).toBe(target);
  });

  it('applies PAX size, uid and gid, and global headers to every later entry', () => {
    const entries = readTar(
      writeTar(
        [
          { name: 'a', content: 'x', uid: 5 },
          { name: 'b', content: 'y', pax: { uid: '70000', gid: '80000' } },
          { name: 'ünïcode/名前.txt', content: 'z', pax: { path: 'ünïcode/名前.txt' } },
        ],
        { globalPax: { uid: '42', comment: 'ignored' } },
      ),
    );
    expect(entries.map((e) => [e.name, e.uid, e.gid])).toEqual([
      ['a', 42, 0],
      ['b', 70000, 80000],
      ['ünïcode/名前.txt', 42, 0],
    ]);
  });

  it('reads GNU long name and long link records', () => {
    const long = 'var/lib/' + 'pkg/'.repeat(40) + 'status';
    const target = 'target/' + 't'.repeat(120);
    const entries = readTar(
      writeTar(
        [
          { name: long, content: 'ok' },
          { name: long + '.lnk', type: 'symlink', linkname: target },
          { name: 'short', content: '' },
        ],
        { longNames: 'gnu' },
      ),
    );
    expect(entries.map((e) => e.name)).toEqual([long, long + '.lnk', 'short']);
    expect(text(entries[0].data)).toBe('ok');
    expect(entries[1].linkname).toBe(target);
  });

  it('joins the ustar prefix field to the name', () => {
    const name = 'a'.repeat(90) + '/' + 'b'.repeat(90) + '/file';
    const [e] = readTar(writeTar([{ name, content: '1' }], { longNames: 'prefix' }));
    expect(e.name).toBe(name);
  });

  it('gives a hardlink the size and data of its target', () => {
    const entries = readTar(
      writeTar([
        { name: './h1', content: 'data\n' },
        { name: './h2', type: 'hardlink', linkname: './h1' },
        { name: 'h3', type: 'hardlink', linkname: 'h1' },
        { name: 'dangling', type: 'hardlink', linkname: 'nope' },
      ]),
    );
    expect(entries.map((e) => [e.typeflag, e.size, text(e.data)])).toEqual([
      ['0', 5, 'data\n'],
      ['1', 5, 'data\n'],
      ['1', 5, 'data\n'],
      ['1', 0, ''],
    ]);
  });

  it('exposes devices and fifos with their typeflag', () => {
    const entries = readTar(
      writeTar([
        { name: 'dev/null', type: 'char' },
        { name: 'dev/sda', type: 'block' },
        { name: 'run/fifo', type: 'fifo' },
      ]),
    );
    expect(entries.map((e) => e.typeflag)).toEqual(['3', '4', '6']);
  });

  it('normalises legacy typeflags', () => {
    const entries = readTar(
      writeTar([
        { name: 'old-file', typeflag: '\0', content: 'v7' },
        { name: 'old-dir/', typeflag: '\0' },
        { name: 'contiguous', typeflag: '7', content: 'c' },
      ]),
    );
    expect(entries.map((e) => [e.name, e.typeflag])).toEqual([
      ['old-file', '0'],
      ['old-dir/', '5'],
      ['contiguous', '0'],
    ]);
  });

  it('reads GNU base-256 numbers', () => {
    const h = header({ name: 'big-uid', typeflag: '0', size: 0 });
    h.fill(0, 108, 116);
    h[108] = 0x80;
    h[113] = 0x01; // marker byte 0x80, then big-endian 0x01 0x00 0x00 = 65536
    setChecksum(h);
    const [e] = readTar(concat([h, new Uint8Array(1024)]));
    expect(e.uid).toBe(0x010000);
  });

  it('accepts archives without end blocks and empty input', () => {
    expect(readTar(writeTar([{ name: 'a', content: 'x' }], { noEndBlocks: true }))).toHaveLength(1);
    expect(readTar(new Uint8Array())).toEqual([]);
    expect(readTar(new Uint8Array(1024))).toEqual([]);
  });

  describe('malformed input', () => {
    it('rejects a bad checksum', () => {
      const tar = writeTar([{ name: 'a.txt', content: 'hello' }]);
      tar[0] = 'b'.charCodeAt(0);
      expect(() => readTar(tar)).toThrow(/checksum mismatch/);
    });

    it('rejects truncated data', () => {
      const tar = writeTar([{ name: 'a.txt', content: 'x'.repeat(2000) }]);
      expect(() => readTar(tar.subarray(0, 1024))).toThrow(/truncated/);
    });

    it('rejects a truncated header', () => {
      const tar = writeTar([{ name: 'a', content: 'x' }, { name: 'b', content: 'y' }], { noEndBlocks: true });
      expect(() => readTar(tar.subarray(0, 1024 + 100))).toThrow(/truncated/);
    });

    it('rejects a PAX header with no entry after it', () => {
      const tar = writeTar([{ name: 'p'.repeat(120), content: 'x' }]);
      // keep the 'x' header and its data block, then end-of-archive
      expect(() => readTar(concat([tar.subarray(0, 1024), new Uint8Array(1024)]))).toThrow(/not followed by an entry/);
    });

    it('rejects malformed PAX records', () => {
      const bad = new TextEncoder().encode('99 path=x\n');
      const h = header({ name: 'PaxHeaders/x', typeflag: 'x', size: bad.length });
      const body = new Uint8Array(512);
      body.set(bad);
      const tar = concat([h, body, writeTar([{ name: 'x' }])]);
      expect(() => readTar(tar)).toThrow(/malformed PAX/);
    });

    it('rejects random bytes with a clear error', () => {
      let seed = 12345;
      const rand = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
      for (let round = 0; round < 20; round++) {
        const junk = Uint8Array.from({ length: 512 * (1 + (round % 5)) + (round % 3) * 7 }, rand);
        expect(() => readTar(junk)).toThrow(/^tar: /);
      }
    });

    it('never hangs on corrupted archives: every mutation parses or throws an Error', () => {
      const base = writeTar(
        [
          { name: 'a'.repeat(150), content: 'hello' },
          { name: 'dir/', type: 'dir' },
          { name: 'l', type: 'symlink', linkname: 'b'.repeat(130) },
          { name: 'f', content: 'y'.repeat(700) },
        ],
        { globalPax: { uid: '1' } },
      );
      let seed = 7;
      const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) >>> 0) % n;
      const started = Date.now();
      for (let round = 0; round < 2000; round++) {
        const copy = base.slice();
        for (let k = 0; k < 1 + rand(4); k++) copy[rand(copy.length)] = rand(256);
        // Keep some mutations past the checksum so the field parsers see garbage too.
        if (round % 2) for (let at = 0; at + 512 <= copy.length; at += 512) if (copy[at + 257] === 0x75) setChecksum(copy.subarray(at, at + 512));
        try {
          readTar(copy);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
          expect((e as Error).message).toMatch(/^tar: /);
        }
      }
      expect(Date.now() - started).toBeLessThan(5000);
    });
  });
});
