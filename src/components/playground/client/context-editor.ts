// The build context editor: a file tree (add, rename, edit, delete; .dockerignore is a file like
// any other), build args, secrets, the target stage and the builder. It edits the playground's
// state through `host.change`, which schedules a rebuild.
import { DOCKERFILE_NAME, filesProblem, LIMITS, pathProblem, type KeyValue, type PlaygroundState } from '../../../lib/playground-state';
import { fill, h } from './dom';
import { nextId } from './panels/common';

export interface ContextHost {
  state(): PlaygroundState;
  /** Applies a change and rebuilds. `structural` changes re-render the lists. */
  change(mutate: (s: PlaygroundState) => void, structural: boolean): void;
  focusEditor(): void;
}

interface TreeRow {
  kind: 'dir' | 'file';
  path: string;
  name: string;
  depth: number;
}

/** Folder rows derived from the file paths, then the files, sorted as a tree. */
export function treeRows(paths: string[]): TreeRow[] {
  const rows = new Map<string, TreeRow>();
  for (const p of paths) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!rows.has(dir)) rows.set(dir, { kind: 'dir', path: dir, name: parts[i - 1]!, depth: i - 1 });
    }
    rows.set(p, { kind: 'file', path: p, name: parts[parts.length - 1]!, depth: parts.length - 1 });
  }
  // Sort by path segments so a folder's contents follow it.
  return [...rows.values()].sort((a, b) => {
    const as = a.path.split('/');
    const bs = b.path.split('/');
    for (let i = 0; i < Math.min(as.length, bs.length); i++) {
      if (as[i] !== bs[i]) return as[i]! < bs[i]! ? -1 : 1;
    }
    return as.length - bs.length;
  });
}

export function contextEditor(host: ContextHost) {
  let selected: string | null = host.state().files[0]?.path ?? null;
  let renaming: string | null = null;
  let targets: string[] = [];

  const treeEl = h('ul', { class: 'pg-tree', 'aria-label': 'Files in the build context', 'data-testid': 'context-tree' });
  const fileMsg = h('p', { class: 'pg-field-msg', role: 'alert' });
  const contentWrap = h('div', { class: 'pg-file-content' });
  const argsEl = h('div', { class: 'pg-rows' });
  const secretsEl = h('div', { class: 'pg-rows' });
  const targetId = nextId('pg-target');
  const targetSel = h('select', { id: targetId, 'data-testid': 'target-select' });
  targetSel.addEventListener('change', () => host.change((s) => (s.target = targetSel.value), false));
  const newId = nextId('pg-newfile');
  const newInput = h('input', { id: newId, type: 'text', placeholder: 'e.g. src/app.js or .dockerignore', autocomplete: 'off', spellcheck: 'false', maxlength: String(LIMITS.path) });

  function addFile(): void {
    const path = newInput.value.trim();
    const problem = pathProblem(path) ?? filesProblem([...host.state().files, { path, content: '' }]);
    if (problem) {
      fileMsg.textContent = `Cannot add "${path}": ${problem.replace(/^files\[\d+\]\.path /, '')}.`;
      return;
    }
    if (host.state().files.length >= LIMITS.files) {
      fileMsg.textContent = `The context holds at most ${LIMITS.files} files.`;
      return;
    }
    fileMsg.textContent = '';
    newInput.value = '';
    selected = path;
    host.change((s) => s.files.push({ path, content: '' }), true);
    contentWrap.querySelector('textarea')?.focus();
  }
  newInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      addFile();
    }
  });

  function rename(from: string, to: string): boolean {
    to = to.trim();
    if (to === from) return true;
    const others = host.state().files.filter((f) => f.path !== from);
    const problem = pathProblem(to) ?? filesProblem([...others, { path: to, content: '' }]);
    if (problem) {
      fileMsg.textContent = `Cannot rename to "${to}": ${problem.replace(/^files\[\d+\]\.path /, '')}.`;
      return false;
    }
    fileMsg.textContent = '';
    if (selected === from) selected = to;
    host.change((s) => {
      const f = s.files.find((x) => x.path === from);
      if (f) f.path = to;
    }, true);
    return true;
  }

  function renderTree(): void {
    const s = host.state();
    const dockerRow = h(
      'li',
      { class: 'pg-tree-row', style: { '--depth': '0' } },
      h('button', { type: 'button', class: 'pg-tree-file', on: { click: host.focusEditor } }, DOCKERFILE_NAME),
      h('span', { class: 'pg-muted' }, ' (the editor)'),
    );
    const rows = treeRows(s.files.map((f) => f.path)).map((r) => {
      if (r.kind === 'dir') return h('li', { class: 'pg-tree-row pg-tree-dir', style: { '--depth': String(r.depth) } }, h('span', null, `${r.name}/`));
      if (renaming === r.path) {
        const id = nextId('pg-rename');
        const input = h('input', { id, type: 'text', value: r.path, autocomplete: 'off', spellcheck: 'false', maxlength: String(LIMITS.path) });
        const done = (ok: boolean) => {
          if (ok && !rename(r.path, input.value)) return;
          renaming = null;
          renderTree();
          treeEl.querySelector<HTMLElement>(`[data-path="${CSS.escape(ok ? input.value.trim() : r.path)}"] .pg-tree-file`)?.focus();
        };
        input.addEventListener('keydown', (e) => {
          if (e.key === 'Enter') (e.preventDefault(), done(true));
          if (e.key === 'Escape') (e.preventDefault(), done(false));
        });
        queueMicrotask(() => (input.focus(), input.select()));
        return h(
          'li',
          { class: 'pg-tree-row pg-tree-renaming', style: { '--depth': String(r.depth) } },
          h('label', { for: id, class: 'pg-visually-hidden' }, `New path for ${r.path}`),
          input,
          h('button', { type: 'button', class: 'pg-btn pg-btn-small', on: { click: () => done(true) } }, 'Save'),
          h('button', { type: 'button', class: 'pg-btn pg-btn-small', on: { click: () => done(false) } }, 'Cancel'),
        );
      }
      return h(
        'li',
        { class: 'pg-tree-row', style: { '--depth': String(r.depth) }, 'data-path': r.path, 'data-testid': 'context-file' },
        h(
          'button',
          {
            type: 'button',
            class: 'pg-tree-file',
            'aria-current': selected === r.path ? 'true' : undefined,
            on: { click: () => ((selected = r.path), renderTree(), renderContent(), contentWrap.querySelector('textarea')?.focus()) },
          },
          r.name,
        ),
        h('span', { class: 'pg-tree-actions' },
          h('button', { type: 'button', class: 'pg-btn pg-btn-small', 'aria-label': `Rename ${r.path}`, on: { click: () => ((renaming = r.path), renderTree()) } }, 'Rename'),
          h(
            'button',
            {
              type: 'button',
              class: 'pg-btn pg-btn-small',
              'aria-label': `Delete ${r.path}`,
              on: {
                click: () => {
                  if (selected === r.path) selected = null;
                  host.change((st) => (st.files = st.files.filter((f) => f.path !== r.path)), true);
                  newInput.focus();
                },
              },
            },
            'Delete',
          ),
        ),
      );
    });
    fill(treeEl, dockerRow, rows);
  }

  function renderContent(): void {
    const file = host.state().files.find((f) => f.path === selected);
    if (!file) {
      fill(contentWrap, h('p', { class: 'pg-hint' }, 'Pick a file to edit its contents.'));
      return;
    }
    const id = nextId('pg-content');
    const ta = h('textarea', { id, rows: '8', spellcheck: 'false', autocomplete: 'off', 'data-testid': 'context-file-content', maxlength: String(LIMITS.fileContent) });
    ta.value = file.content;
    ta.addEventListener('input', () =>
      host.change((s) => {
        const f = s.files.find((x) => x.path === file.path);
        if (f) f.content = ta.value;
      }, false),
    );
    fill(contentWrap, h('label', { for: id }, 'Contents of ', h('code', null, file.path)), ta);
  }

  function rowsEditor(el: HTMLElement, which: 'buildArgs' | 'secrets', keyLabel: string, valueLabel: string, addLabel: string): void {
    const list = host.state()[which];
    const rows = list.map((row: KeyValue, i: number) => {
      const kid = nextId('pg-k');
      const vid = nextId('pg-v');
      const k = h('input', { id: kid, type: 'text', value: row.key, autocomplete: 'off', spellcheck: 'false', maxlength: String(LIMITS.name) });
      const v = h('input', { id: vid, type: 'text', value: row.value, autocomplete: 'off', spellcheck: 'false', maxlength: String(LIMITS.value) });
      k.addEventListener('input', () => host.change((s) => (s[which][i]!.key = k.value), false));
      v.addEventListener('input', () => host.change((s) => (s[which][i]!.value = v.value), false));
      return h(
        'div',
        { class: 'pg-row', 'data-testid': which === 'buildArgs' ? 'build-arg-row' : 'secret-row' },
        h('label', { for: kid, class: 'pg-visually-hidden' }, `${keyLabel} ${i + 1}`),
        k,
        h('span', { 'aria-hidden': 'true' }, '='),
        h('label', { for: vid, class: 'pg-visually-hidden' }, `${valueLabel} ${i + 1}`),
        v,
        h('button', { type: 'button', class: 'pg-btn pg-btn-small', 'aria-label': `Remove ${keyLabel.toLowerCase()} ${row.key || i + 1}`, on: { click: () => host.change((s) => s[which].splice(i, 1), true) } }, 'Remove'),
      );
    });
    const max = which === 'buildArgs' ? LIMITS.buildArgs : LIMITS.secrets;
    fill(
      el,
      rows,
      h(
        'button',
        {
          type: 'button',
          class: 'pg-btn pg-btn-small',
          disabled: list.length >= max,
          on: {
            click: () => {
              host.change((s) => s[which].push({ key: '', value: '' }), true);
              el.querySelector<HTMLInputElement>('.pg-row:last-of-type input')?.focus();
            },
          },
        },
        addLabel,
      ),
    );
  }

  function renderTargets(): void {
    const current = host.state().target;
    const names = [...new Set([...targets, ...(current ? [current] : [])])];
    fill(targetSel, h('option', { value: '' }, '(the last stage)'), names.map((n) => h('option', { value: n }, n)));
    targetSel.value = current;
  }

  const builderNote = nextId('pg-builder-note');
  const builderName = nextId('pg-builder');
  const el = h(
    'div',
    { class: 'pg-context', 'data-testid': 'context-editor' },
    h(
      'section',
      { class: 'pg-box', 'aria-labelledby': `${newId}-h` },
      h('h3', { id: `${newId}-h` }, 'Build context'),
      treeEl,
      h('div', { class: 'pg-add' }, h('label', { for: newId }, 'New file'), h('div', { class: 'pg-inline' }, newInput, h('button', { type: 'button', class: 'pg-btn pg-btn-small', on: { click: addFile } }, 'Add file'))),
      fileMsg,
      contentWrap,
    ),
    h('section', { class: 'pg-box' }, h('h3', null, 'Build args ', h('span', { class: 'pg-muted' }, '(--build-arg NAME=value)')), argsEl),
    h(
      'section',
      { class: 'pg-box' },
      h('h3', null, 'Secrets ', h('span', { class: 'pg-muted' }, '(--secret id=ID)')),
      h('p', { class: 'pg-hint' }, 'Used by RUN --mount=type=secret,id=ID. Secret values stay in this page: share links keep the ids only, never the values.'),
      secretsEl,
    ),
    h(
      'section',
      { class: 'pg-box' },
      h('h3', null, 'Build'),
      h('div', { class: 'pg-field' }, h('label', { for: targetId }, 'Target stage ', h('span', { class: 'pg-muted' }, '(--target)')), targetSel),
      h(
        'fieldset',
        { class: 'pg-builder', 'aria-describedby': builderNote },
        h('legend', null, 'Builder'),
        h('div', { class: 'pg-check' }, h('input', { type: 'radio', name: builderName, id: `${builderNote}-bk`, checked: true, 'data-testid': 'buildkit-toggle' }), h('label', { for: `${builderNote}-bk` }, 'BuildKit (builds only the stages the target needs)')),
        h(
          'div',
          { class: 'pg-check' },
          h('input', { type: 'radio', name: builderName, id: `${builderNote}-legacy`, disabled: true, 'data-testid': 'legacy-toggle' }),
          h('label', { for: `${builderNote}-legacy` }, 'Legacy builder (builds every stage) — not simulated'),
        ),
        h(
          'p',
          { class: 'pg-hint', id: builderNote },
          'The simulator models BuildKit only. The legacy builder (DOCKER_BUILDKIT=0) would also build every stage before the target, in order, one at a time, even the ones the target does not need; it has no RUN --mount and no parallel lanes. The simulator does not compute those results, so this option is off.',
        ),
      ),
    ),
  );

  function refresh(): void {
    if (selected !== null && !host.state().files.some((f) => f.path === selected)) selected = host.state().files[0]?.path ?? null;
    renderTree();
    renderContent();
    rowsEditor(argsEl, 'buildArgs', 'Build arg name', 'Build arg value', 'Add build arg');
    rowsEditor(secretsEl, 'secrets', 'Secret id', 'Secret value', 'Add secret');
    renderTargets();
  }

  refresh();
  return {
    el,
    refresh,
    setTargets(names: string[]) {
      if (names.join('\n') === targets.join('\n')) return;
      targets = names;
      renderTargets();
    },
  };
}
