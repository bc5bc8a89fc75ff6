// Entry of the playground island: mounts every playground on the page.
import { mountPlayground } from './app';

for (const root of document.querySelectorAll<HTMLElement>('[data-playground]:not([data-ready])')) {
  try {
    mountPlayground(root);
  } catch (e) {
    const box = root.querySelector('[data-pg-message]');
    if (box) {
      box.removeAttribute('hidden');
      box.textContent = `The playground failed to start: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
}
