// The lesson hook. A lesson page registers a check for a playground by its id; the playground runs
// it after every build and shows the outcome. Works whether the lesson's script runs before or
// after the playground starts.
//
//   <Playground id="slim" dockerfile={...} check="Make the final image smaller than 10 MB" />
//   <script>
//     import { registerCheck } from '../components/playground/api';
//     registerCheck('slim', ({ result }) => ({ pass: (result.image?.size ?? Infinity) < 10e6, message: '...' }));
//   </script>
import type { BuildInput, BuildResult } from '../../engine/types';
import type { PlaygroundState } from '../../lib/playground-state';

export interface CheckOutcome {
  pass: boolean;
  message: string;
}

export interface CheckContext {
  result: BuildResult;
  input: BuildInput;
  state: PlaygroundState;
}

export type CheckFn = (ctx: CheckContext) => CheckOutcome | CheckOutcome[];

/** Fired on document when a check is registered; detail is the playground id. */
export const CHECK_EVENT = 'stagecraft:check';
/** Fired on a playground's root element after each build; detail is { input, result }. */
export const BUILD_EVENT = 'stagecraft:build';

function registry(): Map<string, CheckFn> {
  const g = globalThis as unknown as { __stagecraftChecks?: Map<string, CheckFn> };
  return (g.__stagecraftChecks ??= new Map());
}

export function registerCheck(id: string, fn: CheckFn): void {
  registry().set(id, fn);
  if (typeof document !== 'undefined') document.dispatchEvent(new CustomEvent(CHECK_EVENT, { detail: id }));
}

export function getCheck(id: string): CheckFn | undefined {
  return registry().get(id);
}

/** Runs a check, turning a throw into a failed outcome. */
export function runCheck(fn: CheckFn, ctx: CheckContext): CheckOutcome[] {
  try {
    const out = fn(ctx);
    return Array.isArray(out) ? out : [out];
  } catch (e) {
    return [{ pass: false, message: `The check itself failed: ${e instanceof Error ? e.message : String(e)}` }];
  }
}
