// dockerfile-language-service asks Docker Hub for image tags with Node's `https` when completing
// `FROM image:|`. The browser build aliases `https` to this stub: there is no network in the
// playground, so every request fails at once and the service falls back to no tag suggestions.
type Listener = (arg: unknown) => void;

interface StubRequest {
  end(): StubRequest;
  on(event: string, fn: Listener): StubRequest;
}

export function get(_options: unknown, _callback?: Listener): StubRequest {
  const req: StubRequest = {
    end: () => req,
    on(event, fn) {
      if (event === 'error') queueMicrotask(() => fn(new Error('the playground does not reach Docker Hub')));
      return req;
    },
  };
  return req;
}

export const request = get;
export default { get, request };
