// The stage environment (build/env.ts): a digest kept current write by write, the environment a
// step saw rebuilt on demand, and a RUN's copy made only when the script writes.
import { describe, expect, it } from 'vitest';
import { EnvMap, RunEnv, digestOf, entriesLater, envDigest } from '../../../../src/engine/build/env';

describe('EnvMap', () => {
  it('its digest is the digest of its entries, in order, however they were written', () => {
    const a = new EnvMap([['A', '1'], ['B', '2']]);
    a.set('A', '3');
    a.set('A', '1');
    expect(a.digest()).toBe(envDigest([['A', '1'], ['B', '2']]));
    expect(a.digest()).not.toBe(envDigest([['B', '2'], ['A', '1']]));
    expect(a.digest()).not.toBe(envDigest([['A', '1'], ['B', '3']]));
    expect(envDigest([['AB', 'C']])).not.toBe(envDigest([['A', 'BC']]));
  });

  it('after a delete the digest is counted again from the entries', () => {
    const a = new EnvMap([['A', '1'], ['B', '2'], ['C', '3']]);
    a.delete('B');
    expect(a.digest()).toBe(envDigest([['A', '1'], ['C', '3']]));
    a.set('D', '4');
    expect(a.digest()).toBe(envDigest([['A', '1'], ['C', '3'], ['D', '4']]));
  });

  it('an extra entry is digested as if appended', () => {
    const a = new EnvMap([['A', '1']]);
    expect(digestOf(a, ['PATH', '/bin'])).toBe(envDigest([['A', '1'], ['PATH', '/bin']]));
    expect(digestOf(new Map([['A', '1']]), ['PATH', '/bin'])).toBe(envDigest([['A', '1'], ['PATH', '/bin']]));
  });

  it('lists the entries it had at an earlier version', () => {
    const a = new EnvMap([['A', '1']]);
    const then = entriesLater(a);
    a.set('A', '2');
    a.set('B', '3');
    expect(then()).toEqual([['A', '1']]);
    expect(entriesLater(a)()).toEqual([['A', '2'], ['B', '3']]);
  });
});

describe('RunEnv', () => {
  it('reads through to the stage environment until the first write, then owns a copy', () => {
    const stage = new EnvMap([['A', '1']]);
    const run = new RunEnv(stage);
    expect(run.get('A')).toBe('1');
    expect([...run]).toEqual([['A', '1']]);
    expect(run.writes).toBe(0);
    run.set('B', '2');
    run.delete('A');
    expect([...run]).toEqual([['B', '2']]);
    expect(run.writes).toBe(2);
    expect([...stage]).toEqual([['A', '1']]);
    expect(new Map(run).get('B')).toBe('2');
  });
});
