// The registry: every Docker Build Check under its exact name, the hadolint rules, and the data
// each rule carries; findings come sorted, with explanations and URLs.
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/engine/lint';
import { lint } from '../../../src/engine/lint';
import { input, lintOf } from './helpers';

const BUILDKIT = [
  'StageNameCasing', 'FromAsCasing', 'NoEmptyContinuation', 'ConsistentInstructionCasing', 'DuplicateStageName', 'ReservedStageName',
  'JSONArgsRecommended', 'MaintainerDeprecated', 'UndefinedArgInFrom', 'WorkdirRelativePath', 'UndefinedVar', 'MultipleInstructionsDisallowed',
  'LegacyKeyValueFormat', 'InvalidBaseImagePlatform', 'RedundantTargetPlatform', 'SecretsUsedInArgOrEnv', 'InvalidDefaultArgInFrom',
  'FromPlatformFlagConstDisallowed', 'CopyIgnoredFile', 'InvalidDefinitionDescription', 'ExposeProtoCasing', 'ExposeInvalidFormat',
];
const HADOLINT = ['DL3002', 'DL3003', 'DL3006', 'DL3007', 'DL3008', 'DL3009', 'DL3018', 'DL3019', 'DL3020', 'DL3022', 'DL3023', 'DL3024', 'DL3025', 'DL3059', 'DL4000', 'DL4006'];

describe('registry', () => {
  it('has all 22 Docker Build Checks and the hadolint rules, each once', () => {
    expect(rules.filter((r) => r.source === 'buildkit').map((r) => r.id)).toEqual(BUILDKIT);
    expect(rules.filter((r) => r.source === 'hadolint').map((r) => r.id)).toEqual(HADOLINT);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
  it('marks BuildKit\'s experimental rules', () => {
    expect(rules.filter((r) => r.experimental).map((r) => r.id)).toEqual(['CopyIgnoredFile', 'InvalidDefinitionDescription']);
  });
  it('gives every rule a severity, a plain explanation and a documentation URL', () => {
    for (const r of rules) {
      expect(['error', 'warning', 'info']).toContain(r.severity);
      const sentences = r.explanation.split(/(?<=[.!?])\s+(?=[A-Z`(])/).length;
      expect([r.id, sentences >= 2 && sentences <= 3]).toEqual([r.id, true]);
      if (r.source === 'buildkit') {
        expect(r.severity).toBe('warning');
        expect(r.url).toMatch(/^https:\/\/docs\.docker\.com\/reference\/build-checks\/[a-z-]+\/$/);
      } else {
        expect(r.url).toBe(`https://github.com/hadolint/hadolint/wiki/${r.id}`);
      }
    }
  });
});

describe('lint()', () => {
  it('returns findings sorted by line, with the rule\'s data', () => {
    const f = lintOf('FROM node AS Build\nMAINTAINER jane\nCMD node \\\n  server.js');
    expect(f.map((x) => [x.line, x.endLine, x.rule])).toEqual([
      [1, 1, 'DL3006'],
      [1, 1, 'StageNameCasing'],
      [2, 2, 'DL4000'],
      [2, 2, 'MaintainerDeprecated'],
      [3, 4, 'DL3025'],
      [3, 4, 'JSONArgsRecommended'],
    ]);
    const jsonArgs = f.find((x) => x.rule === 'JSONArgsRecommended')!;
    expect(jsonArgs).toMatchObject({ source: 'buildkit', severity: 'warning', url: 'https://docs.docker.com/reference/build-checks/json-args-recommended/' });
    expect(jsonArgs.explanation.length).toBeGreaterThan(50);
  });
  it('runs only the parse-time BuildKit checks when the build could not be planned', () => {
    const i = input('FROM alpine:3.20 AS Build\nCMD run\nCOPY --from=later /a /b\nFROM alpine:3.20 AS later');
    expect(i.plan).toBeNull();
    expect(lint(i).filter((f) => f.source === 'buildkit').map((f) => f.rule)).toEqual(['StageNameCasing']);
  });
  it('is quiet on a clean multi-stage Dockerfile', () => {
    const t = [
      '# syntax=docker/dockerfile:1',
      'ARG NODE=20.11',
      'FROM --platform=$BUILDPLATFORM node:${NODE}-alpine AS build',
      'WORKDIR /src',
      'COPY package.json package-lock.json ./',
      'RUN npm ci',
      'COPY . .',
      'RUN npm run build',
      '',
      'FROM node:${NODE}-alpine',
      'ENV NODE_ENV=production',
      'WORKDIR /app',
      'COPY --from=build /src/dist ./dist',
      'USER node',
      'EXPOSE 3000',
      'CMD ["node", "dist/server.js"]',
    ].join('\n');
    expect(lintOf(t)).toEqual([]);
  });
});
