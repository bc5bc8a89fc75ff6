// ExposeProtoCasing and ExposeInvalidFormat (dockerfile2llb portSpecs.parsePort): each EXPOSE
// word, after expansion, is [ip:][hostPort:]port[/proto]. An unknown protocol is a build error,
// which stops the checks of that EXPOSE.
import type { LintHit, LintRule } from '../../types';
import { expandWords } from '../../expand';
import { dispatch, model } from '../../model';
import type { LintInput } from '../../types';
import { at, buildkitUrl } from '../util';

type PortHit = { rule: 'ExposeProtoCasing' | 'ExposeInvalidFormat'; hit: LintHit };

function portHits(input: LintInput): PortHit[] {
  const escape = model(input).escape;
  const out: PortHit[] = [];
  for (const { ins, env } of dispatch(input)) {
    if (ins.keyword !== 'EXPOSE') continue;
    const ports = [...ins.values].sort().flatMap((v) => expandWords(v, env, escape));
    for (const raw of ports) {
      const parts = raw.split(':');
      const n = parts.length;
      const ip = n >= 3 ? parts.slice(0, n - 2).join(':') : '';
      const hostPort = n >= 2 ? parts[n - 2]! : '';
      const container = parts[n - 1]!;
      const slash = container.indexOf('/');
      const port = slash < 0 ? container : container.slice(0, slash);
      const proto = slash < 0 ? '' : container.slice(slash + 1);
      if (port === '' || !['', 'tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) break;
      if (proto !== proto.toLowerCase()) out.push({ rule: 'ExposeProtoCasing', hit: at(ins, `Defined protocol '${raw}' in EXPOSE instruction should be lowercase`) });
      if (ip !== '' || hostPort !== '') {
        out.push({ rule: 'ExposeInvalidFormat', hit: at(ins, `EXPOSE instruction should not define an IP address or host-port mapping, found '${raw}'`) });
      }
    }
  }
  return out;
}

export const exposeProtoCasing: LintRule = {
  id: 'ExposeProtoCasing',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'Protocols in EXPOSE are lowercase (`80/tcp`, `53/udp`). BuildKit lower-cases them for the image config, but the mixed case in the Dockerfile suggests the value matters when it does not.',
  url: buildkitUrl('expose-proto-casing'),
  check: (input) => portHits(input).filter((h) => h.rule === 'ExposeProtoCasing').map((h) => h.hit),
};

export const exposeInvalidFormat: LintRule = {
  id: 'ExposeInvalidFormat',
  source: 'buildkit',
  severity: 'warning',
  explanation:
    'EXPOSE only documents which container ports the app listens on; it cannot publish a port or bind a host address. ' +
    'An IP address or `host:container` mapping here is ignored (and will become an error): publish ports at run time with `docker run -p` or Compose.',
  url: buildkitUrl('expose-invalid-format'),
  check: (input) => portHits(input).filter((h) => h.rule === 'ExposeInvalidFormat').map((h) => h.hit),
};
