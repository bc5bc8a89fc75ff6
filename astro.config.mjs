// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Cross-origin isolation: WebContainers (used later by the playground) need
// SharedArrayBuffer, which browsers only enable on cross-origin-isolated pages.
// Applied by both `astro dev` and `astro preview`; the production host must
// send the same two headers.
const crossOriginIsolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  output: 'static',
  srcDir: './src',
  publicDir: './public',
  integrations: [mdx()],
  server: {
    headers: crossOriginIsolation,
  },
});
