// A tar reader over a Uint8Array, for `docker save` tarballs and the layer tars inside them.
// Browser-safe (Uint8Array + TextDecoder only). Entry data is exposed as subarrays, never copied.
// Every step consumes at least one 512-byte block, so any input is read in bounded time.

const BLOCK = 512;

export interface TarEntry {
  /** Name as written (after PAX/GNU long-name overrides), e.g. "./etc/passwd" or "app/". */
  name: string;
  /**
   * Header typeflag: '0' file, '1' hardlink, '2' symlink, '3' char device, '4' block device,
   * '5' dir, '6' fifo, or any other byte as written. Legacy '\0' and '7' (contiguous) read as '0'.
   */
  typeflag: string;
  /** Content size; for a hardlink, the size of the file it links to. */
  size: number;
  mode: number;
  uid: number;
  gid: number;
  /** Symlink target or hardlink target name ("" otherwise). */
  linkname: string;
  /** Byte offset of the content inside the tar (for a hardlink: of its target's content). */
  offset: number;
  /** Content length in bytes (same as `size`). */
  length: number;
  /** The content as a view into the tar bytes (no copy). */
  data: Uint8Array;
}

const utf8 = new TextDecoder('utf-8');

/** Reads every entry. Throws an Error describing the first malformed header. */
export function readTar(bytes: Uint8Array): TarEntry[] {
  return [...iterateTar(bytes)];
}

/** PAX keys this reader applies; others (mtime, xattrs, ...) are ignored. */
interface Overrides {
  path?: string;
  linkpath?: string;
  size?: number;
  uid?: number;
  gid?: number;
}

export function* iterateTar(bytes: Uint8Array): Generator<TarEntry> {
  let pos = 0;
  let global: Overrides = {};
  let local: Overrides = {};
  // GNU 'L'/'K' records override the next real entry's name/linkname.
  let longName: string | undefined;
  let longLink: string | undefined;
  let pendingMeta = false; // an 'x'/'L'/'K' record still waits for its entry
  // Hardlinks carry no data; resolve them to the earlier entry they name.
  const files = new Map<string, { offset: number; length: number }>();

  while (pos + BLOCK <= bytes.length) {
    const header = bytes.subarray(pos, pos + BLOCK);
    if (isZeroBlock(header)) {
      pos = bytes.length; // end-of-archive marker; the second zero block and padding may follow
      break;
    }
    verifyChecksum(header, pos);

    const rawType = header[156];
    const typeflag = rawType === 0 || rawType === 0x37 ? '0' : String.fromCharCode(rawType);
    const headerSize = readNumber(header, 124, 12, 'size', pos);
    const isMeta = typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K';
    // A PAX size override describes this entry's data size only for real entries.
    const size = isMeta ? headerSize : (local.size ?? global.size ?? headerSize);
    const dataStart = pos + BLOCK;
    if (dataStart + size > bytes.length) {
      throw new Error(
        `tar: truncated archive: entry at offset ${pos} needs ${size} bytes of data but only ${bytes.length - dataStart} remain`,
      );
    }
    const data = bytes.subarray(dataStart, dataStart + size);
    pos = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    pendingMeta = isMeta && (pendingMeta || typeflag !== 'g');

    if (typeflag === 'x') {
      local = { ...local, ...parsePax(data, dataStart) };
      continue;
    }
    if (typeflag === 'g') {
      global = { ...global, ...parsePax(data, dataStart) };
      continue;
    }
    if (typeflag === 'L') {
      longName = cString(data, 0, data.length);
      continue;
    }
    if (typeflag === 'K') {
      longLink = cString(data, 0, data.length);
      continue;
    }

    const name = local.path ?? global.path ?? longName ?? headerName(header);
    const linkname = local.linkpath ?? global.linkpath ?? longLink ?? cString(header, 157, 100);
    const entry: TarEntry = {
      name,
      // Pre-POSIX archives mark directories only by a trailing slash.
      typeflag: typeflag === '0' && name.endsWith('/') ? '5' : typeflag,
      size,
      mode: readNumber(header, 100, 8, 'mode', pos),
      uid: local.uid ?? global.uid ?? readNumber(header, 108, 8, 'uid', pos),
      gid: local.gid ?? global.gid ?? readNumber(header, 116, 8, 'gid', pos),
      linkname,
      offset: dataStart,
      length: size,
      data,
    };
    if (entry.typeflag === '1' && size === 0) {
      const target = files.get(stripDot(linkname));
      entry.offset = target?.offset ?? dataStart;
      entry.length = entry.size = target?.length ?? 0;
      entry.data = bytes.subarray(entry.offset, entry.offset + entry.length);
    } else if (entry.typeflag === '0') {
      files.set(stripDot(name), { offset: dataStart, length: size });
    }
    local = {};
    longName = longLink = undefined;
    yield entry;
  }

  if (pos < bytes.length) {
    throw new Error(`tar: truncated archive: ${bytes.length - pos} trailing bytes at offset ${pos} are not a full header block`);
  }
  if (pendingMeta) {
    throw new Error('tar: truncated archive: extended header is not followed by an entry');
  }
}

function isZeroBlock(block: Uint8Array): boolean {
  for (let i = 0; i < BLOCK; i++) if (block[i] !== 0) return false;
  return true;
}

/** The checksum is the sum of the header bytes with the checksum field read as spaces. */
function verifyChecksum(header: Uint8Array, pos: number): void {
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : header[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b; // some historic writers summed signed chars
  }
  const stored = parseOctal(header, 148, 8);
  if (stored === undefined) {
    throw new Error(`tar: invalid header at offset ${pos}: checksum field is not an octal number (not a tar archive?)`);
  }
  if (stored !== unsigned && stored !== signed) {
    throw new Error(`tar: invalid header at offset ${pos}: checksum mismatch (stored ${stored}, computed ${unsigned})`);
  }
}

/** Octal (NUL/space-terminated, space-padded) or GNU base-256 (high bit set) number field. */
function readNumber(header: Uint8Array, start: number, len: number, field: string, pos: number): number {
  if (header[start] & 0x80) {
    if (header[start] & 0x40) throw new Error(`tar: invalid header at offset ${pos}: negative ${field}`);
    let value = header[start] & 0x3f;
    for (let i = start + 1; i < start + len; i++) value = value * 256 + header[i];
    if (!Number.isSafeInteger(value)) throw new Error(`tar: invalid header at offset ${pos}: ${field} too large`);
    return value;
  }
  const value = parseOctal(header, start, len);
  if (value === undefined) throw new Error(`tar: invalid header at offset ${pos}: ${field} field is not an octal number`);
  return value;
}

function parseOctal(bytes: Uint8Array, start: number, len: number): number | undefined {
  let i = start;
  const end = start + len;
  while (i < end && bytes[i] === 0x20) i++;
  let value = 0;
  let digits = 0;
  for (; i < end; i++) {
    const b = bytes[i];
    if (b === 0 || b === 0x20) break;
    if (b < 0x30 || b > 0x37) return undefined;
    value = value * 8 + (b - 0x30);
    digits++;
  }
  for (; i < end; i++) if (bytes[i] !== 0 && bytes[i] !== 0x20) return undefined;
  // An all-blank field reads as 0 (seen in some writers' devmajor/mode fields).
  return digits === 0 ? 0 : value;
}

function cString(bytes: Uint8Array, start: number, len: number): string {
  let end = start;
  const max = start + len;
  while (end < max && bytes[end] !== 0) end++;
  return utf8.decode(bytes.subarray(start, end));
}

/** name, prefixed by the ustar prefix field; GNU headers reuse that area, so only POSIX ustar has it. */
function headerName(header: Uint8Array): string {
  const name = cString(header, 0, 100);
  const posixUstar = header[257] === 0x75 && header[262] === 0 && cString(header, 257, 6) === 'ustar';
  if (!posixUstar || header[345] === 0) return name;
  return cString(header, 345, 155) + '/' + name;
}

function stripDot(name: string): string {
  return name.replace(/^(\.\/|\/)+/, '');
}

/** PAX records are "<len> <key>=<value>\n", len counting the whole record in bytes. */
function parsePax(data: Uint8Array, offset: number): Overrides {
  const out: Overrides = {};
  let i = 0;
  while (i < data.length) {
    if (data[i] === 0) break; // padding some writers leave after the last record
    let len = 0;
    let j = i;
    while (j < data.length && data[j] >= 0x30 && data[j] <= 0x39 && j - i < 16) len = len * 10 + (data[j++] - 0x30);
    if (j === i || data[j] !== 0x20 || len <= j - i + 1 || i + len > data.length || data[i + len - 1] !== 0x0a) {
      throw new Error(`tar: malformed PAX extended header at offset ${offset + i}`);
    }
    const record = data.subarray(j + 1, i + len - 1);
    const eq = record.indexOf(0x3d);
    if (eq < 0) throw new Error(`tar: malformed PAX record at offset ${offset + i}: missing '='`);
    const key = utf8.decode(record.subarray(0, eq));
    const value = utf8.decode(record.subarray(eq + 1));
    applyPax(out, key, value, offset + i);
    i += len;
  }
  return out;
}

function applyPax(out: Overrides, key: string, value: string, at: number): void {
  switch (key) {
    case 'path':
      out.path = value;
      break;
    case 'linkpath':
      out.linkpath = value;
      break;
    case 'size':
    case 'uid':
    case 'gid': {
      if (!/^\d{1,15}$/.test(value)) throw new Error(`tar: invalid PAX ${key} "${value}" at offset ${at}`);
      out[key] = Number(value);
      break;
    }
  }
}
