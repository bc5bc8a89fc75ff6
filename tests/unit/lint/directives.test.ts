// Turning rules off: BuildKit's `# check=` directive (frontend/dockerfile/parser/directives.go,
// linter.ParseLintOptions) and hadolint's `# hadolint ignore=` pragmas (Hadolint/Pragma.hs).
import { describe, expect, it } from 'vitest';
import { checkConfig, hadolintPragma, lintViolationError, parseDirectives } from '../../../src/engine/lint/directives';
import { lintOf } from './helpers';

const rulesOf = (text: string) => [...new Set(lintOf(text).map((f) => f.rule))].sort();
// StageNameCasing, MaintainerDeprecated (buildkit) and DL4000, DL3006 (hadolint) on lines 2-3 after the header.
const body = 'FROM node AS Build\nMAINTAINER jane\n';

describe('# check=skip', () => {
  it('runs every non-experimental rule without a directive', () => {
    expect(rulesOf(body)).toEqual(['DL3006', 'DL4000', 'MaintainerDeprecated', 'StageNameCasing']);
  });
  it('skips the listed rules', () => {
    expect(rulesOf(`# check=skip=StageNameCasing,MaintainerDeprecated\n${body}`)).toEqual(['DL3006', 'DL4000']);
    expect(rulesOf(`#check = skip=StageNameCasing\n${body}`)).toEqual(['DL3006', 'DL4000', 'MaintainerDeprecated']);
  });
  it('skips all BuildKit rules with skip=all, but not hadolint ones', () => {
    expect(rulesOf(`# check=skip=all\n${body}`)).toEqual(['DL3006', 'DL4000']);
  });
  it('matches rule names case-sensitively, as BuildKit does', () => {
    expect(rulesOf(`# check=skip=stagenamecasing\n${body}`)).toContain('StageNameCasing');
  });
  it('keeps only the value up to the first space (parser.ParseDirective)', () => {
    expect(rulesOf(`# check=skip=MaintainerDeprecated, StageNameCasing\n${body}`)).toEqual(['DL3006', 'DL4000', 'StageNameCasing']);
  });
  it('must be among the directives at the top of the file', () => {
    expect(rulesOf(`# a comment\n# check=skip=all\n${body}`)).toContain('StageNameCasing');
    expect(rulesOf(`# syntax=docker/dockerfile:1\n# check=skip=all\n${body}`)).not.toContain('StageNameCasing');
  });
  it('leaves experimental rules to experimental=, which skip does not affect', () => {
    const t = `# check=skip=all;experimental=InvalidDefinitionDescription\n# not a description\nFROM scratch AS base`;
    expect(lintOf(t).map((f) => [f.rule, f.line])).toEqual([['InvalidDefinitionDescription', 3]]);
  });
});

describe('checkConfig', () => {
  it('reads skip, experimental and error', () => {
    const c = checkConfig('# check=skip=A,B;experimental=all;error=true\nFROM scratch');
    expect([[...c.skip], c.skipAll, c.experimentalAll, c.errorOnWarn, c.error]).toEqual([['A', 'B'], false, true, true, null]);
  });
  it('reports what BuildKit fails the build with for an unreadable directive', () => {
    expect(checkConfig('# check=skp=A\nFROM scratch').error).toBe('failed to parse check options: invalid check option "skp"');
    expect(checkConfig('# check=skip\nFROM scratch').error).toBe('failed to parse check options: invalid check option "skip"');
    expect(checkConfig('# check=error=yes\nFROM scratch').error).toBe(
      'failed to parse check options: failed to parse check option "error=yes": strconv.ParseBool: parsing "yes": invalid syntax',
    );
  });
  it('runs no BuildKit rule when the directive is unreadable (the build fails first)', () => {
    expect(rulesOf(`# check=skp=A\n${body}`)).toEqual(['DL3006', 'DL4000']);
  });
  it('words the error=true failure like BuildKit', () => {
    expect(lintViolationError(['StageNameCasing', 'MaintainerDeprecated', 'StageNameCasing'])).toBe('lint violation found for rules: StageNameCasing, MaintainerDeprecated');
  });
  it('parses directives like BuildKit: top lines only, known keys, a shebang skipped', () => {
    expect(parseDirectives('#!/bin/sh\n# syntax = docker/dockerfile:1 \n#escape=`\n# foo=bar\n# check=skip=all')).toEqual([
      { name: 'syntax', value: 'docker/dockerfile:1', line: 2 },
      { name: 'escape', value: '`', line: 3 },
    ]);
  });
});

describe('# hadolint ignore', () => {
  it('silences the listed rules on the next line only', () => {
    const t = `# hadolint ignore=DL3006,DL3007\nFROM node\nFROM debian:latest`;
    expect(lintOf(t).filter((f) => f.source === 'hadolint').map((f) => [f.rule, f.line])).toEqual([['DL3007', 3]]);
  });
  it('does not reach past a blank line, and leaves BuildKit rules alone', () => {
    const t = `# hadolint ignore=DL4000,MaintainerDeprecated\n\nFROM node:20\nMAINTAINER jane`;
    expect(lintOf(t).map((f) => f.rule)).toEqual(['DL4000', 'MaintainerDeprecated']);
    const u = `FROM node:20\n# hadolint ignore=DL4000\nMAINTAINER jane`;
    expect(lintOf(u).map((f) => f.rule)).toEqual(['MaintainerDeprecated']);
  });
  it('global ignore silences a rule everywhere', () => {
    expect(lintOf(`FROM node\n# hadolint global ignore=DL3006\nFROM debian`).map((f) => f.rule)).toEqual([]);
  });
  it('parses pragmas like hadolint', () => {
    expect(hadolintPragma(' hadolint ignore=DL3006, DL3008 # why')).toEqual({ global: false, rules: ['DL3006', 'DL3008'] });
    expect(hadolintPragma(' hadolint global ignore=SC2086')).toEqual({ global: true, rules: ['SC2086'] });
    expect(hadolintPragma(' hadolint ignore DL3006')).toBeNull();
    expect(hadolintPragma(' Hadolint ignore=DL3006')).toBeNull();
    expect(hadolintPragma(' just a comment')).toBeNull();
  });
});
