// A build error worded as BuildKit words it, with the Dockerfile line it belongs to.
export class BuildFailure extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}
