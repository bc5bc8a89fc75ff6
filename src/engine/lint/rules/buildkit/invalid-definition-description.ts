// InvalidDefinitionDescription (instructions.validateDefinitionDescription), experimental: the
// comment right above a named FROM or an ARG should start with the stage or ARG name, since
// `docker build --call=outline/targets` shows it as the description.
import type { LintRule } from '../../types';
import { source } from '../../source';
import { at, buildkitUrl } from '../util';

export const invalidDefinitionDescription: LintRule = {
  id: 'InvalidDefinitionDescription',
  source: 'buildkit',
  severity: 'warning',
  experimental: true,
  explanation:
    'A comment directly above `FROM … AS name` or `ARG NAME` becomes its description in `docker build --call=outline` and `--call=targets` when it starts with that name. ' +
    'Write `# name does …`, or separate an unrelated comment from the instruction with an empty line.',
  url: buildkitUrl('invalid-definition-description'),
  check(input) {
    const src = source(input);
    return input.parsed.instructions.flatMap((ins) => {
      const keys = ins.keyword === 'FROM' ? (ins.alias === null ? [] : [ins.alias.toLowerCase()]) : ins.keyword === 'ARG' ? ins.args.map((a) => a.name) : [];
      const comments = src.raw(ins).comments;
      if (!keys.length || !comments.length) return [];
      if (keys.includes(comments[comments.length - 1]!.split(' ')[0]!)) return [];
      const example = keys.length > 1 ? '<arg_key>' : keys[0]!;
      return [at(ins, `Comment for ${ins.keyword} should follow the format: \`# ${example} <description>\``)];
    });
  },
};
