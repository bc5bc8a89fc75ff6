#!/usr/bin/env node
// The `stagecraft` command. The CLI is TypeScript sharing the engine's sources, so it runs
// through tsx's loader rather than a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
