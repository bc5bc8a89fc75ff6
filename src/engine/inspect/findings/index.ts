// The finding rules (secret leaks, "will it run?"). Each rule is one module listed here.
import type { Finding } from '../../types';
import type { FindingRule, InspectContext } from './context';

const rules: FindingRule[] = [];

export function collectFindings(ctx: InspectContext): Finding[] {
  return rules.flatMap((rule) => rule(ctx));
}
