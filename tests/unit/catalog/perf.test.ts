// Cost: the first construction of an image (with its parents) stays under 5 ms; a lookup after
// that is a map hit, and building on it (resolveBase) well under a millisecond.
import { describe, expect, it } from 'vitest';
import { resolveBase } from '../../../src/engine/images/base';
import { findCatalogImage } from '../../../src/engine/images/catalog';
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

describe('cost', () => {
  it('first construction of each image (parents included, in a fresh catalog) is under 5 ms', () => {
    // Warm the JIT once, as a page would have by the time a learner types FROM.
    new Catalog(recordsOf(SPECS)).image(new Catalog(recordsOf(SPECS)).records[0]!);
    const warm = new Catalog(recordsOf(SPECS));
    for (const r of warm.records.slice(0, 10)) warm.image(r);
    const times: number[] = [];
    for (const rec of recordsOf(SPECS)) {
      const c = new Catalog(recordsOf(SPECS));
      const mine = c.get(rec.name)!;
      const t0 = performance.now();
      c.image(mine);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const p90 = times[Math.floor(times.length * 0.9)]!;
    expect(p90).toBeLessThan(5);
    expect(times[times.length - 1]!).toBeLessThan(50);
  });

  it('a memoised lookup is a map hit, and resolveBase on it is well under a millisecond', () => {
    findCatalogImage('golang:1.23');
    resolveBase('golang:1.23', {});
    let t0 = performance.now();
    for (let i = 0; i < 1000; i++) findCatalogImage('docker.io/library/golang:1.23');
    expect((performance.now() - t0) / 1000).toBeLessThan(0.05);
    t0 = performance.now();
    for (let i = 0; i < 100; i++) resolveBase('golang:1.23', {});
    expect((performance.now() - t0) / 100).toBeLessThan(1);
  });

  it('listing the catalog builds no file trees', async () => {
    const { catalogEntries } = await import('../../../src/engine/images/catalog');
    const t0 = performance.now();
    const all = catalogEntries();
    expect(all.length).toBeGreaterThan(90);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
