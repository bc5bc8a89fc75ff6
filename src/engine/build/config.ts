// Instructions that only change the image config (and history, with empty_layer: true): ENV,
// ARG, LABEL, USER, EXPOSE, CMD, ENTRYPOINT, VOLUME, SHELL, STOPSIGNAL, HEALTHCHECK, ONBUILD,
// MAINTAINER. History text follows BuildKit's dockerfile2llb (Go fmt verbs included).
import type {
  ArgInstruction,
  CommandInstruction,
  HealthcheckInstruction,
  ListInstruction,
  OnbuildInstruction,
  PairsInstruction,
  ShellInstruction,
  StringInstruction,
} from '../parse/instructions';
import { processWord, processWords, WordError } from '../parse/words';
import { BuildFailure } from './errors';
import { goDuration, goList, goQuote, goQuoteList, goQuoteRune, goSetMap } from './gofmt';
import { lookupIn, setConfigEnv, type DeclaredArg, type StageState } from './state';
import type { Healthcheck } from '../types';

export interface ConfigContext {
  /** --build-arg values. */
  buildArgs: Map<string, string>;
  /** Global (meta) ARG values plus the predefined platform ARGs. */
  metaArgs: Map<string, string>;
  /** Build args consumed by some ARG (for the "not consumed" warning). */
  consumed: Set<string>;
  escape: string;
}

function expand(state: StageState, word: string, line: number, escape: string): string {
  try {
    return processWord(word, lookupIn(state), escape);
  } catch (e) {
    if (e instanceof WordError) throw new BuildFailure(e.message, line);
    throw e;
  }
}

function history(state: StageState, created_by: string): void {
  state.history.push({ created_by, empty_layer: true, layer: null, comment: 'buildkit.dockerfile.v0' });
}

export function dispatchEnv(state: StageState, ins: PairsInstruction, ctx: ConfigContext): void {
  // Every value is expanded with the environment from before this line (BuildKit semantics).
  const pairs = ins.pairs.map(([k, v]) => [expand(state, k, ins.line, ctx.escape), expand(state, v, ins.line, ctx.escape)] as const);
  for (const [k, v] of pairs) {
    if (ins.keyword === 'ENV') {
      setConfigEnv(state.config, k, v);
      state.env.set(k, v);
    } else {
      state.config.Labels[k] = v;
    }
  }
  history(state, `${ins.keyword} ${pairs.map(([k, v]) => `${k}=${v}`).join(' ')}`);
}

export function dispatchArg(state: StageState, ins: ArgInstruction, ctx: ConfigContext): void {
  const commit: string[] = [];
  for (const a of ins.args) {
    const declared = a.value === null ? undefined : expand(state, a.value, ins.line, ctx.escape);
    let value = declared;
    if (ctx.buildArgs.has(a.name)) {
      value = ctx.buildArgs.get(a.name);
      ctx.consumed.add(a.name);
    } else if (value === undefined && ctx.metaArgs.has(a.name)) {
      value = ctx.metaArgs.get(a.name);
    }
    commit.push(declared === undefined ? a.name : `${a.name}=${declared}`);
    const names = declaredNames(state.args);
    if (names.has(a.name)) state.args.splice(state.args.findIndex((x) => x.name === a.name), 1);
    state.args.push({ name: a.name, value });
    names.add(a.name);
    if (value !== undefined) state.env.set(a.name, value);
  }
  history(state, `ARG ${commit.join(' ')}`);
}

/**
 * The names in a stage's ARG list (each once), so declaring a new ARG does not scan the list: a
 * stage of thousands of ARGs stays linear. Rebuilt if the list changed elsewhere.
 */
const argNames = new WeakMap<DeclaredArg[], Set<string>>();
function declaredNames(args: DeclaredArg[]): Set<string> {
  let names = argNames.get(args);
  if (!names || names.size !== args.length) argNames.set(args, (names = new Set(args.map((a) => a.name))));
  return names;
}

export function dispatchString(state: StageState, ins: StringInstruction, ctx: ConfigContext): void {
  const value = ins.keyword === 'MAINTAINER' ? ins.value : expand(state, ins.value, ins.line, ctx.escape);
  if (ins.keyword === 'USER') state.config.User = value;
  else if (ins.keyword === 'STOPSIGNAL') {
    if (!/^(SIG)?[A-Z0-9+-]+$/.test(value) && !/^\d+$/.test(value)) throw new BuildFailure(`Invalid signal: ${value}`, ins.line);
    state.config.StopSignal = value;
  }
  history(state, `${ins.keyword} ${value}`);
}

export function dispatchList(state: StageState, ins: ListInstruction, ctx: ConfigContext): void {
  if (ins.keyword === 'VOLUME') {
    const paths = ins.json ? ins.values.map((v) => expand(state, v, ins.line, ctx.escape)) : ins.values.flatMap((v) => processWords(v, lookupIn(state), ctx.escape));
    for (const p of paths) {
      if (!p.trim()) throw new BuildFailure('VOLUME specified can not be an empty string', ins.line);
      state.config.Volumes[p] = {};
    }
    history(state, `VOLUME ${goList(paths)}`);
    return;
  }
  const ports: string[] = [];
  for (const raw of ins.values) {
    for (const word of processWords(raw, lookupIn(state), ctx.escape)) ports.push(...portSpecs(word, ins.line));
  }
  for (const p of ports) state.config.ExposedPorts[p] = {};
  history(state, `EXPOSE ${goSetMap(ports)}`);
}

/** nat.ParsePortSpecs for EXPOSE: "80", "53/udp", "8000-8002/tcp" (ranges expand). */
function portSpecs(spec: string, line: number): string[] {
  const m = /^(?:[^:]*:)?(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(spec);
  if (!m) throw new BuildFailure(`invalid containerPort: ${spec.split('/')[0]}`, line);
  const start = Number(m[1]);
  const end = m[2] ? Number(m[2]) : start;
  const proto = (m[3] ?? 'tcp').toLowerCase();
  if (end < start || end > 65535) throw new BuildFailure(`invalid range specified for container: ${spec}`, line);
  const out: string[] = [];
  for (let p = start; p <= end && out.length < 65536; p++) out.push(`${p}/${proto}`);
  return out;
}

/** The shell form runs through config.Shell (default /bin/sh -c). */
export function shellOf(state: StageState): string[] {
  return state.config.Shell ?? ['/bin/sh', '-c'];
}

export function dispatchCommand(state: StageState, ins: CommandInstruction, cmdSet: { value: boolean }): void {
  const argv = ins.argv ?? [...shellOf(state), ins.command ?? ''];
  if (ins.keyword === 'CMD') {
    state.config.Cmd = argv;
    state.config.ArgsEscaped = true;
    cmdSet.value = true;
  } else {
    state.config.Entrypoint = argv;
    // An ENTRYPOINT resets a CMD inherited from the base; a CMD set earlier in this stage stays.
    if (!cmdSet.value) state.config.Cmd = null;
  }
  history(state, `${ins.keyword} ${goQuoteList(argv)}`);
}

export function dispatchShell(state: StageState, ins: ShellInstruction): void {
  state.config.Shell = [...ins.argv];
  history(state, `SHELL ${goList(ins.argv)}`);
}

export function dispatchHealthcheck(state: StageState, ins: HealthcheckInstruction): void {
  if (ins.none) {
    state.config.Healthcheck = { Test: ['NONE'] };
    history(state, `HEALTHCHECK &{${goQuoteList(['NONE'])} "0s" "0s" "0s" "0s" '\\x00'}`);
    return;
  }
  const test = ins.argv ? ['CMD', ...ins.argv] : ['CMD-SHELL', ins.command ?? ''];
  const flag = (name: string) => ins.flags.find((f) => f.name === name)?.value ?? null;
  const duration = (name: string): number => {
    const v = flag(name);
    if (v === null) return 0;
    const ns = parseDuration(v);
    if (ns === null) throw new BuildFailure(`time: invalid duration ${goQuote(v)}`, ins.line);
    if (ns !== 0 && ns < 1e6) throw new BuildFailure(`Interval "${name}" cannot be less than 1ms`, ins.line);
    return ns;
  };
  const retriesText = flag('retries');
  const retries = retriesText === null ? 0 : Number(retriesText);
  if (!Number.isInteger(retries) || retries < 0) throw new BuildFailure(`--retries must be a positive integer`, ins.line);
  const hc = { Test: test, Interval: duration('interval'), Timeout: duration('timeout'), StartPeriod: duration('start-period'), StartInterval: duration('start-interval'), Retries: retries };
  // docker inspect omits zero durations and retries.
  state.config.Healthcheck = Object.fromEntries(Object.entries(hc).filter(([k, v]) => k === 'Test' || v !== 0)) as unknown as Healthcheck;
  const d = (n: number) => goQuote(goDuration(n));
  history(state, `HEALTHCHECK &{${goQuoteList(test)} ${d(hc.Interval)} ${d(hc.Timeout)} ${d(hc.StartPeriod)} ${d(hc.StartInterval)} ${goQuoteRune(retries)}}`);
}

/** Go time.ParseDuration for the units Dockerfiles use. */
export function parseDuration(s: string): number | null {
  if (s === '0') return 0;
  const units: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 6e10, h: 3.6e12 };
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    total += Number(m[1]) * units[m[2]!]!;
    matched = re.lastIndex;
  }
  return matched === s.length && matched > 0 ? Math.round(total) : null;
}

export function dispatchOnbuild(state: StageState, ins: OnbuildInstruction): void {
  const [kw, ...rest] = ins.trigger.split(/(\s+)/);
  state.config.OnBuild = [...(state.config.OnBuild ?? []), [kw!.toUpperCase(), ...rest].join('')];
}
