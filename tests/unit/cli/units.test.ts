import { describe, expect, it } from 'vitest';
import { humanSize } from '../../../src/cli/units';

describe('humanSize (docker history SIZE)', () => {
  it.each([
    [0, '0B'],
    [234, '234B'],
    [999, '999B'],
    [1000, '1kB'],
    [1010, '1.01kB'],
    [70_000, '70kB'],
    [1_984_426, '1.98MB'],
    [12_345_678_901, '12.3GB'],
    // Go's %.3g rounds 999.999 up to 1e+03 without moving to the next unit; so does docker.
    [999_999, '1e+03kB'],
  ])('%d → %s', (bytes, text) => {
    expect(humanSize(bytes)).toBe(text);
  });
});
