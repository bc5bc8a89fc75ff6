// Global setup of the vitest "e2e" project: build the site once into a temporary folder, serve it
// with `astro preview`, and hand its address to the tests (inject('baseURL')).
import type { TestProject } from 'vitest/node';
import { startSite } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await startSite((line) => console.log(`[e2e] ${line}`));
  project.provide('baseURL', site.baseURL);
  return () => site.close();
}
