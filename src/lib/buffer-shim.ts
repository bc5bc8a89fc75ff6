// dockerfile-ast (used by the engine and by dockerfile-language-service) calls
// `Buffer.from(char, "UTF-8")` to spot a byte-order mark. Browsers and workers have no Buffer:
// this gives them the one method it needs, built on TextEncoder. Node keeps its own Buffer.
interface BufferLike {
  from(input: string | ArrayLike<number>, encoding?: string): Uint8Array;
}

const g = globalThis as unknown as { Buffer?: BufferLike };
if (typeof g.Buffer === 'undefined') {
  const encoder = new TextEncoder();
  g.Buffer = {
    from(input: string | ArrayLike<number>): Uint8Array {
      return typeof input === 'string' ? encoder.encode(input) : Uint8Array.from(input);
    },
  };
}

export {};
