// Memoisation: an image is built once per catalog and every later lookup (under any alias) returns
// that same object, so FROM on a catalog image costs a map hit after the first build. How fast the
// first build is belongs to `npm run bench`, not to a pass/fail here.
import { describe, expect, it } from 'vitest';
import { findCatalogImage, catalogEntries } from '../../../src/engine/images/catalog';
import { Catalog, recordsOf } from '../../../src/engine/images/catalog/build';
import { ALPINE } from '../../../src/engine/images/catalog/data/alpine';
import { DEBIAN } from '../../../src/engine/images/catalog/data/debian';
import { DISTROLESS } from '../../../src/engine/images/catalog/data/distroless';
import { GOLANG } from '../../../src/engine/images/catalog/data/golang';
import { JAVA } from '../../../src/engine/images/catalog/data/java';
import { MISC } from '../../../src/engine/images/catalog/data/misc';
import { NODE } from '../../../src/engine/images/catalog/data/node';
import { PYTHON } from '../../../src/engine/images/catalog/data/python';

const SPECS = [...MISC, ...ALPINE, ...DEBIAN, ...GOLANG, ...NODE, ...PYTHON, ...JAVA, ...DISTROLESS];

describe('memoisation', () => {
  it('every image builds in a fresh catalog, and a second lookup returns the same object', () => {
    for (const rec of recordsOf(SPECS)) {
      const c = new Catalog(recordsOf(SPECS));
      const mine = c.get(rec.name)!;
      const first = c.image(mine);
      expect(first.layers.length, rec.name).toBeGreaterThanOrEqual(0);
      expect(c.image(mine)).toBe(first);
    }
  });

  it('aliases and registry prefixes resolve to the one memoised image', () => {
    const a = findCatalogImage('golang:1.23');
    expect(a).not.toBeNull();
    expect(findCatalogImage('docker.io/library/golang:1.23')).toBe(a);
  });

  it('the listing covers the whole catalog', () => {
    expect(catalogEntries().length).toBeGreaterThan(90);
  });
});
