// Every case is built twice: by a real Docker/BuildKit and by the simulator. History, per-layer
// changes, final files, config, the stages that ran and (after an edit) the CACHED steps must agree.
import { afterAll, describe, expect, it } from 'vitest';
import { readContext } from '../../src/cli/read-context';
import { build } from '../../src/engine/index';
import type { BaseImage, BuildInput, BuildResult } from '../../src/engine/types';
import { buildArgsOf, loadCases, materialize, type Case } from './harness/cases';
import { builtLayers, engineStagesRun, engineStepRows, fileRows, historyRows, realFiles, realStagesRun, realStepRows } from './harness/compare';
import { BASE_IMAGE, DOCKER, dockerUnavailable, markerLocations, pruneBuildCache, realBuild, removeImage, saveImage, type MarkerLocations } from './harness/docker';

const unavailable = dockerUnavailable();
if (unavailable) {
  const banner = '!'.repeat(78);
  console.warn(`\n${banner}\n  CONFORMANCE SUITE NOT RUN: ${unavailable}\n  Start one with ../shared/buildkit/start-engine.sh && ../shared/buildkit/make-bases.sh\n${banner}\n`);
  if (process.env.STAGECRAFT_REQUIRE_DOCKER) throw new Error(`STAGECRAFT_REQUIRE_DOCKER is set but ${unavailable}`);
}

const cases = loadCases();
const images = new Map<string, BaseImage>();

/** The local images a case builds on (FROM local/...), loaded once from `docker save`. */
function imagesFor(c: Case): Record<string, BaseImage> {
  const refs = new Set([BASE_IMAGE, ...[...c.dockerfile.matchAll(/^\s*FROM\s+(?:--\S+\s+)*(local\/\S+)/gim)].map((m) => m[1]!)]);
  const out: Record<string, BaseImage> = {};
  for (const ref of refs) {
    if (!images.has(ref)) {
      const why = dockerUnavailable(ref);
      if (why) throw new Error(why);
      images.set(ref, saveImage(ref));
    }
    out[ref] = images.get(ref)!;
  }
  return out;
}

function engineInput(c: Case, context: string, edited: boolean): BuildInput {
  return {
    dockerfile: c.dockerfile,
    context: readContext(context),
    buildArgs: buildArgsOf(c, edited),
    secrets: c.spec.secrets ?? {},
    images: imagesFor(c),
    ...(c.spec.target ? { target: c.spec.target } : {}),
  };
}

describe.runIf(!unavailable)(`conformance against a real BuildKit (${DOCKER})`, () => {
  afterAll(() => {
    for (const c of cases) removeImage(tag(c));
  });

  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  for (const c of cases) {
    it(`${c.name}: ${c.spec.description}`, () => {
      // Edit cases need a cache that has not seen the edited variant yet.
      if (c.spec.edit) pruneBuildCache();
      const first = materialize(c, false);
      try {
        const input = engineInput(c, first.context, false);
        const sim = build(input);
        if (c.spec.skipRealEngine) {
          // This engine cannot build it (see case.json); the simulator must still say BuildKit's words.
          expect(sim.ok).toBe(false);
          expect(sim.error?.message).toContain(c.spec.expectError ?? '');
          return;
        }
        const real = realBuild({ tag: tag(c), dockerfile: c.dockerfile, context: first.context, buildArgs: buildArgsOf(c, false), secretsDir: first.secretsDir, secrets: Object.keys(c.spec.secrets ?? {}), ...(c.spec.target ? { target: c.spec.target } : {}) });
        if (c.spec.expectError) {
          expect(real.ok, 'the real build should fail').toBe(false);
          expect(real.log).toContain(c.spec.expectError);
          expect(sim.ok).toBe(false);
          expect(sim.error?.message).toContain(c.spec.expectError);
          if (real.errorLine !== null) expect(sim.error?.line).toBe(real.errorLine);
          return;
        }
        expect(real.ok, real.log.split('\n').slice(-25).join('\n')).toBe(true);
        expect(sim.error).toBeNull();
        const image = saveImage(tag(c));
        const names = sim.stages.map((s) => s.name);
        expect(historyRows(sim.image!.history), 'history').toEqual(historyRows(image.history));
        const baseLayers = sim.image!.layers.filter((l) => l.stage === null).length;
        expect(builtLayers(sim.image!.layers, baseLayers), 'layer changes').toEqual(builtLayers(image.layers, baseLayers));
        expect(fileRows(sim.image!.files), 'final files').toEqual(fileRows(realFiles(image)));
        expect(sim.image!.config, 'config').toEqual(image.config);
        expect(sim.image!.size, 'image size').toBe(image.history.reduce((a, h) => a + h.size, 0));
        expect(engineStagesRun(sim), 'stages that ran').toEqual(realStagesRun(real.steps, names));
        if (c.spec.leakMarker) checkLeakFindings(sim, markerLocations(tag(c), c.spec.leakMarker));

        if (c.spec.edit) {
          const second = materialize(c, true);
          try {
            const edited = build({ ...engineInput(c, second.context, true), previous: { context: input.context, buildArgs: input.buildArgs ?? {} } });
            const again = realBuild({ tag: tag(c), dockerfile: c.dockerfile, context: second.context, buildArgs: buildArgsOf(c, true), secretsDir: second.secretsDir, secrets: Object.keys(c.spec.secrets ?? {}), ...(c.spec.target ? { target: c.spec.target } : {}) });
            expect(again.ok).toBe(true);
            expect(engineStepRows(edited), 'CACHED steps after the edit').toEqual(realStepRows(again.steps, names));
          } finally {
            second.cleanup();
          }
        }
      } finally {
        first.cleanup();
      }
    });
  }
});

/**
 * Leak findings against the real image: every place the marker really is (a file in a layer tar,
 * a config field, a history row) has a finding, and every file a finding names really holds it.
 */
function checkLeakFindings(sim: BuildResult, real: MarkerLocations): void {
  const leaks = sim.findings.filter((f) => f.rule.startsWith('secret-') || f.rule === 'mounted-secret-copied');
  const inImage = leaks.filter((f) => f.severity !== 'info');
  for (const loc of real.files) {
    expect(inImage.some((f) => f.layer === loc.layer && f.path === loc.path), `a finding for ${loc.path} in layer ${loc.layer}`).toBe(true);
  }
  for (const f of inImage.filter((x) => x.path !== undefined && x.layer !== undefined)) {
    expect(real.files.some((l) => l.layer === f.layer && l.path === f.path), `${f.rule}: the marker really is in ${f.path} (layer ${f.layer})`).toBe(true);
  }
  for (const key of real.env) expect(inImage.some((f) => f.field === 'Env' && f.message.includes(key)), `a finding for Env ${key}`).toBe(true);
  for (const key of real.labels) expect(inImage.some((f) => f.field === 'Labels' && f.message.includes(key)), `a finding for label ${key}`).toBe(true);
  if (real.history.length) expect(inImage.some((f) => f.field === 'history'), 'a finding for the history rows holding the marker').toBe(true);
  // Nothing of the marker in the image means no error-level leak finding either.
  if (!real.files.length && !real.env.length && !real.labels.length && !real.history.length) expect(inImage).toEqual([]);
}

function tag(c: Case): string {
  return `stagecraft-conformance:${c.name.slice(0, 2)}`;
}
