// Python: pip into site-packages, --user, --prefix, --target, venvs, wheels, source builds,
// PEP 668 on distribution Pythons, poetry and uv.
import { describe, expect, it } from 'vitest';
import { ALPINE, DEBIAN, MB, PYTHON, bytesUnder, file, layerAt, notes, ok, opaque, run, text, under } from './fixtures-jpo';

const SITE = '/usr/local/lib/python3.12/site-packages';

describe('pip install', () => {
  it('installs flask and its dependencies into site-packages, with METADATA and the flask script', () => {
    const r = ok(`FROM ${PYTHON}\nRUN pip install --no-cache-dir flask\n`);
    for (const d of ['flask-3.1.3', 'werkzeug-3.1.8', 'jinja2-3.1.6', 'markupsafe-3.0.3', 'itsdangerous-2.2.0', 'click-8.2.1', 'blinker-1.9.0']) {
      expect(file(r, `${SITE}/${d}.dist-info/METADATA`), d).toBeDefined();
    }
    expect(text(r, `${SITE}/flask-3.1.3.dist-info/METADATA`)).toContain('Name: flask\nVersion: 3.1.3\n');
    expect(text(r, '/usr/local/bin/flask')).toMatch(/^#!\/usr\/local\/bin\/python3\.12\n/);
    expect(file(r, '/usr/local/bin/flask')?.mode).toBe(0o755);
    const size = bytesUnder(r, SITE) - 12_000_000 - 45;
    expect(size).toBeGreaterThan(4.5 * MB);
    expect(size).toBeLessThan(5.5 * MB);
    expect(under(r, '/root/.cache')).toEqual([]);
    expect(notes(r)).toContain('measured');
  });

  it('without --no-cache-dir the wheels stay in /root/.cache/pip; PIP_NO_CACHE_DIR=1 also disables it', () => {
    const r = ok(`FROM ${PYTHON}\nRUN pip install numpy\n`);
    expect(bytesUnder(r, '/root/.cache/pip')).toBeGreaterThan(15 * MB);
    expect(under(r, '/root/.cache/pip/http-v2').filter((f) => f.type === 'file').length).toBe(1);
    expect(notes(r)).toContain('--no-cache-dir');
    const e = ok(`FROM ${PYTHON}\nENV PIP_NO_CACHE_DIR=1\nRUN pip install numpy\n`);
    expect(under(e, '/root/.cache')).toEqual([]);
  });

  it('-r requirements.txt with pins, extras and comments; a missing file fails', () => {
    const r = ok(`FROM ${PYTHON}\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n`, {
      files: { 'requirements.txt': '# web\nfastapi==0.115.0\nuvicorn[standard]>=0.30  # server\n--extra-index-url https://example.com\n' },
    });
    expect(file(r, `${SITE}/fastapi-0.115.0.dist-info/METADATA`)).toBeDefined();
    expect(file(r, `${SITE}/uvloop-0.21.0.dist-info/METADATA`)).toBeDefined();
    expect(file(r, `${SITE}/pydantic_core-2.33.2.dist-info/METADATA`)).toBeDefined();
    expect(text(r, '/usr/local/bin/uvicorn')).toContain('from uvicorn.main import main');
    const missing = run(`FROM ${PYTHON}\nRUN pip install -r requirements.txt\n`);
    expect(missing.ok).toBe(false);
  });

  it('--user goes to ~/.local, --prefix=/install to /install/lib/python3.12/site-packages, --target to the directory', () => {
    const u = ok(`FROM ${PYTHON}\nRUN pip install --user --no-cache-dir requests\n`);
    expect(file(u, '/root/.local/lib/python3.12/site-packages/requests-2.32.5.dist-info/METADATA')).toBeDefined();
    expect(file(u, '/root/.local/bin/normalizer')).toBeDefined();
    const p = ok(`FROM ${PYTHON}\nRUN pip install --prefix=/install --no-cache-dir gunicorn\n`);
    expect(file(p, '/install/lib/python3.12/site-packages/gunicorn-23.0.0.dist-info/METADATA')).toBeDefined();
    expect(text(p, '/install/bin/gunicorn')).toMatch(/^#!\/usr\/local\/bin\/python3\.12/);
    const t = ok(`FROM ${PYTHON}\nRUN pip install --target /deps --no-cache-dir six\n`);
    expect(file(t, '/deps/six.py')).toBeDefined();
  });

  it('the builder pattern: --prefix=/install copied into a fresh stage', () => {
    const r = ok(`FROM ${PYTHON} AS build\nRUN pip install --prefix=/install --no-cache-dir flask gunicorn\nFROM ${PYTHON}\nCOPY --from=build /install /usr/local\n`);
    expect(file(r, `${SITE}/flask-3.1.3.dist-info/METADATA`)).toBeDefined();
    expect(file(r, '/usr/local/bin/gunicorn')).toBeDefined();
  });

  it('python -m pip and pip3 install the same; an already installed requirement is skipped', () => {
    const r = ok(`FROM ${PYTHON}\nRUN python -m pip install --no-cache-dir six && pip3 install --no-cache-dir six\n`);
    expect(file(r, `${SITE}/__pycache__/six.cpython-312.pyc`)).toBeDefined();
  });

  it('psycopg2 builds from source: fails without pg_config, then without gcc; works with libpq-dev and gcc', () => {
    const noPg = run(`FROM ${PYTHON}\nRUN pip install --no-cache-dir psycopg2\n`);
    expect(noPg.ok).toBe(false);
    const noGcc = run(`FROM ${PYTHON}\nRUN apt-get update && apt-get install -y --no-install-recommends libpq-dev && pip install --no-cache-dir psycopg2\n`);
    expect(noGcc.ok).toBe(false);
    // gcc without its Recommends has no C library headers (libc6-dev).
    expect(run(`FROM ${PYTHON}\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && pip install --no-cache-dir psycopg2\n`).ok).toBe(false);
    const r = ok(`FROM ${PYTHON}\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev libpq-dev && pip install --no-cache-dir psycopg2\n`);
    expect(file(r, `${SITE}/psycopg2-2.9.10.dist-info/METADATA`)).toBeDefined();
    expect(notes(r)).toContain('compiles it from source');
    expect(ok(`FROM ${PYTHON}\nRUN pip install --no-cache-dir psycopg2-binary\n`).ok).toBe(true);
  });

  it('on Alpine a source build needs build-base (gcc + musl-dev) and python3-dev', () => {
    const base = `FROM ${ALPINE}\nRUN apk add --no-cache python3 py3-pip libpq-dev && python3 -m venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\n`;
    expect(run(base + 'RUN apk add --no-cache gcc && pip install --no-cache-dir psycopg2\n').ok).toBe(false);
    expect(ok(base + 'RUN apk add --no-cache build-base python3-dev && pip install --no-cache-dir psycopg2\n').ok).toBe(true);
  });

  it('on Alpine binary packages come from musllinux wheels (an assumption said out loud)', () => {
    const r = ok(`FROM ${ALPINE}\nRUN apk add --no-cache python3 py3-pip && python3 -m venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\nRUN pip install --no-cache-dir numpy\n`);
    expect(notes(r)).toContain('musllinux');
    expect(file(r, '/opt/venv/lib/python3.12/site-packages/numpy-2.3.2.dist-info/METADATA')).toBeDefined();
  });

  it("Debian's python3 refuses pip install (PEP 668) unless --break-system-packages or a venv", () => {
    const r = run(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y --no-install-recommends python3-pip && pip install flask\n`);
    expect(r.ok).toBe(false);
    const b = ok(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y --no-install-recommends python3-pip && pip install --break-system-packages --no-cache-dir six\n`);
    expect(file(b, '/usr/local/lib/python3.11/dist-packages/six-1.17.0.dist-info/METADATA')).toBeDefined();
  });

  it('an unknown package gets a default size, said as an assumption (not opaque)', () => {
    const r = ok(`FROM ${PYTHON}\nRUN pip install --no-cache-dir some-private-lib\n`);
    expect(notes(r)).toContain('some-private-lib');
    expect(opaque(r).trim()).toBe('');
  });
});

describe('python -m venv', () => {
  it('creates /opt/venv: python symlink to the base interpreter, pyvenv.cfg, pip inside; its pip installs into it', () => {
    const r = ok(`FROM ${PYTHON}\nRUN python -m venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\nRUN pip install --no-cache-dir flask\n`);
    expect(file(r, '/opt/venv/bin/python')).toMatchObject({ type: 'symlink', link: '/usr/local/bin/python' });
    expect(file(r, '/opt/venv/bin/python3')).toMatchObject({ type: 'symlink', link: 'python' });
    expect(text(r, '/opt/venv/pyvenv.cfg')).toBe('home = /usr/local/bin\ninclude-system-site-packages = false\nversion = 3.12.7\nexecutable = /usr/local/bin/python3.12\ncommand = /usr/local/bin/python -m venv /opt/venv\n');
    expect(file(r, '/opt/venv/lib/python3.12/site-packages/pip-25.2.dist-info/METADATA')).toBeDefined();
    expect(file(r, '/opt/venv/lib/python3.12/site-packages/flask-3.1.3.dist-info/METADATA')).toBeDefined();
    expect(text(r, '/opt/venv/bin/flask')).toMatch(/^#!\/opt\/venv\/bin\/python\n/);
    expect(file(r, `${SITE}/flask-3.1.3.dist-info/METADATA`)).toBeUndefined();
  });

  it('--without-pip has no pip', () => {
    const r = ok(`FROM ${PYTHON}\nRUN python -m venv --without-pip /v\n`);
    expect(file(r, '/v/bin/python3.12')).toMatchObject({ type: 'symlink', link: 'python' });
    expect(under(r, '/v/lib/python3.12/site-packages')).toEqual([]);
  });

  it("a venv copied to an image without that interpreter: the link dangles (what 'will it run?' follows)", () => {
    const r = ok(`FROM ${PYTHON} AS build\nRUN python -m venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\nRUN pip install --no-cache-dir flask\nFROM ${DEBIAN}\nCOPY --from=build /opt/venv /opt/venv\nCMD ["/opt/venv/bin/flask", "run"]\n`);
    expect(file(r, '/opt/venv/bin/python')).toMatchObject({ link: '/usr/local/bin/python' });
    expect(file(r, '/usr/local/bin/python')).toBeUndefined();
    expect(r.findings.map((f) => f.rule)).toContain('venv-interpreter-missing');
    const same = ok(`FROM ${PYTHON} AS build\nRUN python -m venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\nRUN pip install --no-cache-dir flask\nFROM ${PYTHON}\nCOPY --from=build /opt/venv /opt/venv\nCMD ["/opt/venv/bin/flask", "run"]\n`);
    expect(same.findings.map((f) => f.rule)).not.toContain('venv-interpreter-missing');
  });

  it("Debian's python3 without python3-venv cannot make a venv; with it, it can", () => {
    const bad = run(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y --no-install-recommends python3 && python3 -m venv /v\n`);
    expect(bad.ok).toBe(false);
    const good = ok(`FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y --no-install-recommends python3-venv && python3 -m venv /v\n`);
    expect(file(good, '/v/bin/python3')).toMatchObject({ link: '/usr/bin/python3' });
    expect(file(good, '/v/lib/python3.11/site-packages/setuptools-80.9.0.dist-info/METADATA')).toBeDefined();
  });
});

describe('wheels', () => {
  it('pip wheel -w /wheels, then pip install --no-index --find-links=/wheels in another stage', () => {
    const r = ok(`FROM ${PYTHON} AS build\nRUN pip wheel --no-cache-dir -w /wheels requests\nFROM ${PYTHON}\nCOPY --from=build /wheels /wheels\nRUN pip install --no-cache-dir --no-index --find-links=/wheels requests\n`);
    expect(file(r, '/wheels/requests-2.32.5-py3-none-any.whl')).toBeDefined();
    expect(file(r, `${SITE}/requests-2.32.5.dist-info/METADATA`)).toBeDefined();
    const miss = run(`FROM ${PYTHON}\nRUN mkdir /wheels && pip install --no-index --find-links=/wheels requests\n`);
    expect(miss.ok).toBe(false);
  });
});

describe('poetry and uv', () => {
  const pyproject = '[tool.poetry]\nname = "svc"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\npython = "^3.12"\nfastapi = "^0.115"\n\n[tool.poetry.group.dev.dependencies]\npytest = "^8"\n';

  it('poetry export writes requirements.txt; poetry install --no-root --only main with an in-project venv', () => {
    const r = ok(`FROM ${PYTHON}\nRUN pip install --no-cache-dir poetry\nWORKDIR /app\nCOPY pyproject.toml .\nRUN poetry export -f requirements.txt --output requirements.txt --without-hashes\n`, { files: { 'pyproject.toml': pyproject } });
    expect(text(r, '/app/requirements.txt')).toContain('fastapi==0.116.1 ; python_version >= "3.12"\n');
    expect(text(r, '/app/requirements.txt')).toContain('pytest==');
    const i = ok(`FROM ${PYTHON}\nRUN pip install --no-cache-dir poetry\nENV POETRY_VIRTUALENVS_IN_PROJECT=true\nWORKDIR /app\nCOPY pyproject.toml .\nRUN poetry install --no-root --only main\n`, { files: { 'pyproject.toml': pyproject } });
    expect(file(i, '/app/.venv/lib/python3.12/site-packages/fastapi-0.116.1.dist-info/METADATA')).toBeDefined();
    expect(file(i, '/app/.venv/lib/python3.12/site-packages/pytest-8.4.1.dist-info/METADATA')).toBeUndefined();
    expect(notes(i)).toContain('pypoetry');
  });

  it('poetry is not there until installed', () => {
    expect(run(`FROM ${PYTHON}\nRUN poetry install\n`).error?.message).toContain('exit code: 127');
  });

  it('uv sync into .venv, uv pip install --system', () => {
    const proj = '[project]\nname = "svc"\nversion = "0.1.0"\ndependencies = [\n  "flask>=3",\n  "gunicorn",\n]\n';
    const r = ok(`FROM ${PYTHON}\nRUN pip install --no-cache-dir uv\nWORKDIR /app\nCOPY pyproject.toml .\nRUN uv sync --no-install-project\n`, { files: { 'pyproject.toml': proj } });
    expect(file(r, '/app/.venv/lib/python3.12/site-packages/gunicorn-23.0.0.dist-info/METADATA')).toBeDefined();
    expect(file(r, '/usr/local/bin/uv')?.size).toBeGreaterThan(30 * MB);
    const s = ok(`FROM ${PYTHON}\nRUN pip install --no-cache-dir uv && uv pip install --system six\n`);
    expect(file(s, `${SITE}/six.py`)).toBeDefined();
    expect(run(`FROM ${PYTHON}\nRUN pip install --no-cache-dir uv && uv pip install six\n`).ok).toBe(false);
  });

  it('a layer of a large install is large: pandas + numpy ≈ 150 MB', () => {
    const r = ok(`FROM ${PYTHON}\nRUN pip install --no-cache-dir pandas\n`);
    expect(layerAt(r, 2).size).toBeGreaterThan(140 * MB);
  });
});

describe('pip as a non-root user', () => {
  it('defaults to a user installation in ~/.local, owned by that user', () => {
    const r = ok(`FROM ${PYTHON}\nRUN useradd -m app\nUSER app\nRUN pip install --no-cache-dir six\n`);
    expect(file(r, '/home/app/.local/lib/python3.12/site-packages/six.py')).toMatchObject({ uid: 1000, gid: 1000 });
    expect(notes(r)).toContain('Defaulting to user installation');
  });
});
