// The go model end to end: build() with golang-like fixture images and small contexts.
import { describe, expect, it } from 'vitest';
import { parseBinaryDescriptor } from '../../../src/engine/shell/commands/toolchain/descriptors';
import { GO_MODULES, STD_BINARY, GO_GROWTH, STRIP_SW } from '../../../src/engine/shell/commands/toolchain/go-data';
import { findCatalogImage } from '../../../src/engine/images/catalog';
import { MB, golang, images, layerSize, run, runtime, step } from './fixtures';

const GO_MOD = 'module example.com/shop\n\ngo 1.23\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n\tgithub.com/acme/widgets v0.3.1\n\tgolang.org/x/net v0.25.0 // indirect\n)\n';
const GO_SUM = [
  'github.com/gin-gonic/gin v1.10.0 h1:nTuyha1TYqgedzytsKYqna+DfLos46nTv2ygFy86HFU=',
  'github.com/gin-gonic/gin v1.10.0/go.mod h1:4PMNQiOhvDRa013RKVbsiNwoyezlm2rm0uX/T7kzp5Y=',
  'github.com/acme/widgets v0.3.1 h1:aaaa=',
  'github.com/acme/widgets v0.3.1/go.mod h1:bbbb=',
  'golang.org/x/net v0.25.0 h1:cccc=',
  'golang.org/x/net v0.25.0/go.mod h1:dddd=',
  'github.com/bytedance/sonic v1.11.6/go.mod h1:eeee=',
  '',
].join('\n');
const GIN_MAIN = 'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gin-gonic/gin"\n)\n\nfunc main() {\n\tr := gin.Default()\n\tr.GET("/", func(c *gin.Context) { c.String(http.StatusOK, "hi") })\n\tr.Run()\n}\n';
const HTTP_MAIN = 'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc main() {\n\thttp.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "hi") })\n\thttp.ListenAndServe(":8080", nil)\n}\n';
const HELLO_MAIN = 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n';

const shop = { 'go.mod': GO_MOD, 'go.sum': GO_SUM, 'cmd/api/main.go': GIN_MAIN };
const httpApp = { 'go.mod': 'module example.com/hello\n\ngo 1.23\n', 'main.go': HTTP_MAIN };
const GO = images(golang(), golang({ libc: 'musl' }), runtime('alpine:3.20', 'musl'), runtime('debian:bookworm-slim', 'glibc'));

describe('go mod download', () => {
  const df = 'FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\n';

  it('fills /go/pkg/mod from go.mod: table sizes for known modules, the default for unknown ones', () => {
    const r = run(df, shop, GO);
    expect(r.result.ok).toBe(true);
    const gin = '/go/pkg/mod/github.com/gin-gonic/gin@v1.10.0';
    expect(r.node(gin)?.type).toBe('dir');
    expect(r.node(gin)?.mode).toBe(0o555);
    expect(r.node(`${gin}/go.mod`)?.mode).toBe(0o444);
    expect(r.du(gin)).toBe(GO_MODULES['github.com/gin-gonic/gin']!.source);
    expect(r.du('/go/pkg/mod/github.com/acme/widgets@v0.3.1')).toBe(500_000);
    expect(r.du('/go/pkg/mod/golang.org/x/net@v0.25.0')).toBe(GO_MODULES['golang.org/x/net']!.source);
    // The download cache keeps each module's zip, .info, .mod and .ziphash (from go.sum).
    const dl = '/go/pkg/mod/cache/download/github.com/gin-gonic/gin/@v';
    expect(r.size(`${dl}/v1.10.0.zip`)).toBe(Math.round(GO_MODULES['github.com/gin-gonic/gin']!.source * 0.3));
    expect(r.node(`${dl}/v1.10.0.ziphash`)?.content).toBe('h1:nTuyha1TYqgedzytsKYqna+DfLos46nTv2ygFy86HFU=');
    expect(r.node(`${dl}/v1.10.0.info`)?.content).toContain('"Version":"v1.10.0"');
    // A go.sum module needed only for its go.mod gets only the .mod file.
    expect(r.node('/go/pkg/mod/cache/download/github.com/bytedance/sonic/@v/v1.11.6.mod')).toBeDefined();
    expect(r.node('/go/pkg/mod/github.com/bytedance/sonic@v1.11.6')).toBeUndefined();
    // No build cache: go mod download compiles nothing.
    expect(r.node('/root/.cache/go-build')).toBeUndefined();
  });

  it('sizes the layer from the modules and states the assumption in BuildResult.notes', () => {
    const r = run(df, shop, GO);
    const expected = (GO_MODULES['github.com/gin-gonic/gin']!.source + 500_000 + GO_MODULES['golang.org/x/net']!.source) * 1.3;
    expect(layerSize(r, 4)).toBeGreaterThan(expected * 0.99);
    expect(layerSize(r, 4)).toBeLessThan(expected * 1.01 + 10_000);
    const note = r.notes.find((n) => n.startsWith('line 4: go mod download: module cache /go/pkg/mod sized from 3 modules'));
    expect(note).toBeDefined();
    expect(note).toContain('2 from the size table');
    expect(note).toContain('1 at the 500 kB default (github.com/acme/widgets)');
  });

  it('writes into a cache mount instead of the layer', () => {
    const r = run('FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\n', shop, GO);
    expect(r.result.ok).toBe(true);
    expect(r.node('/go/pkg/mod/github.com/gin-gonic/gin@v1.10.0')).toBeUndefined();
    expect(layerSize(r, 4)).toBeLessThan(1_000);
  });

  it('honours GOMODCACHE and GOPATH', () => {
    const a = run('FROM golang:1.23\nENV GOMODCACHE=/cache/mod\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\n', shop, GO);
    expect(a.node('/cache/mod/github.com/gin-gonic/gin@v1.10.0/go.mod')).toBeDefined();
    expect(a.node('/go/pkg/mod')).toBeUndefined();
    const b = run('FROM golang:1.23\nENV GOPATH=/work\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\n', shop, GO);
    expect(b.node('/work/pkg/mod/github.com/gin-gonic/gin@v1.10.0')).toBeDefined();
  });

  it('escapes capital letters in module paths, as the module cache does', () => {
    const r = step(golang(), { 'go.mod': 'module x\n\ngo 1.23\n\nrequire github.com/BurntSushi/toml v1.4.0\n' }, 'go mod download');
    expect(r.status).toBe(0);
    expect(r.fs.get('/go/pkg/mod/github.com/!burnt!sushi/toml@v1.4.0/go.mod')?.content).toBe('module github.com/BurntSushi/toml\n');
  });

  it('fails without go.mod, with go\'s message', () => {
    const r = step(golang(), { 'main.go': HELLO_MAIN }, 'go mod download');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n");
    expect(run('FROM golang:1.23\nWORKDIR /src\nRUN go mod download\n', {}, GO).result.ok).toBe(false);
  });

  it('GOTOOLCHAIN=local refuses a go.mod that needs a newer Go; auto downloads the toolchain', () => {
    const mod = { 'go.mod': 'module x\n\ngo 1.24.1\n' };
    const local = step(golang(), mod, 'go mod download');
    expect(local.status).toBe(1);
    expect(local.stderr).toBe('go: go.mod requires go >= 1.24.1 (running go 1.23.4; GOTOOLCHAIN=local)\n');
    const auto = step(golang(), mod, 'go mod download', { env: { GOTOOLCHAIN: 'auto' } });
    expect(auto.status).toBe(0);
    expect(auto.stderr).toContain('go: downloading go1.24.1 (linux/amd64)');
    expect(auto.fs.get('/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.24.1.linux-amd64')?.type).toBe('dir');
    expect(auto.notes.some((n) => n.includes('GOTOOLCHAIN=auto downloads go1.24.1'))).toBe(true);
  });
});

describe('go build', () => {
  const build = (cmd: string, files: Record<string, string> = shop, base = 'golang:1.23') => run(`FROM ${base} AS build\nWORKDIR /src\nCOPY . .\nRUN ${cmd}\n`, files, GO, { target: 'build' });

  it('CGO_ENABLED=0 gives a static binary; the descriptor is its content', () => {
    const r = build('CGO_ENABLED=0 go build -o /out/api ./cmd/api');
    expect(r.result.ok).toBe(true);
    const bin = r.node('/out/api')!;
    expect(bin.mode).toBe(0o755);
    expect(bin.content!.split('\n')[0]).toBe('#!stagecraft-binary go static linux/amd64');
    const d = parseBinaryDescriptor(bin.content)!;
    expect(d).toMatchObject({ toolchain: 'go', linkage: 'static', os: 'linux', arch: 'amd64', libc: 'none', stripped: false });
    expect(d.fields.module).toBe('example.com/shop');
    expect(d.fields.cgo).toBe('false');
    expect(bin.size).toBeGreaterThan(bin.content!.length * 1000);
  });

  it('cgo on (gcc present, the default on golang:1.23) links a net/http program dynamically against glibc', () => {
    const r = build('go build -o /out/api ./cmd/api');
    const d = parseBinaryDescriptor(r.node('/out/api')!.content)!;
    expect(d).toMatchObject({ linkage: 'dynamic', libc: 'glibc', interpreter: '/lib64/ld-linux-x86-64.so.2', needs: ['libc.so.6'] });
    expect(r.notes.some((n) => n.includes('dynamically linked against glibc (cgo on)'))).toBe(true);
  });

  it('the ENV form of CGO_ENABLED=0 works like the prefix', () => {
    const r = run('FROM golang:1.23\nENV CGO_ENABLED=0\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/api ./cmd/api\n', shop, GO);
    expect(parseBinaryDescriptor(r.node('/out/api')!.content)!.linkage).toBe('static');
  });

  it('a program using only fmt stays static even with cgo on', () => {
    const r = build('go build -o /out/hello .', { 'go.mod': 'module example.com/hello\n\ngo 1.23\n', 'main.go': HELLO_MAIN });
    expect(parseBinaryDescriptor(r.node('/out/hello')!.content)!.linkage).toBe('static');
  });

  it('golang:*-alpine has no C compiler: cgo is off by default (static); CGO_ENABLED=1 fails', () => {
    const r = build('go build -o /out/api ./cmd/api', shop, 'golang:1.23-alpine');
    expect(parseBinaryDescriptor(r.node('/out/api')!.content)!.linkage).toBe('static');
    const bad = step(golang({ libc: 'musl' }), shop, 'CGO_ENABLED=1 go build -o /out/api ./cmd/api', { cwd: '/src' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('# runtime/cgo\ncgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH\n');
  });

  it('a cgo build on alpine with gcc links against musl', () => {
    const r = step(golang({ libc: 'musl', gcc: true }), httpApp, 'go build -o /out/app .', { cwd: '/src' });
    expect(parseBinaryDescriptor(r.fs.get('/out/app')!.content)).toMatchObject({ linkage: 'dynamic', libc: 'musl', interpreter: '/lib/ld-musl-x86_64.so.1' });
  });

  it('a hello-world net/http server is ~7.4 MB unstripped and ~30 % smaller with -ldflags="-s -w"', () => {
    const plain = build('CGO_ENABLED=0 go build -o /out/app .', httpApp).size('/out/app')!;
    const stripped = build('CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/app .', httpApp).size('/out/app')!;
    expect(plain).toBeGreaterThan(7 * MB);
    expect(plain).toBeLessThan(8 * MB);
    expect(stripped).toBeGreaterThan(5 * MB);
    expect(stripped).toBeLessThan(5.6 * MB);
    expect(stripped / plain).toBeCloseTo(STRIP_SW, 2);
    const r = build('CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/app .', httpApp);
    expect(parseBinaryDescriptor(r.node('/out/app')!.content)!.stripped).toBe(true);
    expect(r.notes.some((n) => n.includes('stripped (-s -w)'))).toBe(true);
  });

  it('adds the measured size of each imported module; an unknown module adds the default', () => {
    const http = build('CGO_ENABLED=0 go build -o /out/app .', httpApp).size('/out/app')!;
    const gin = build('CGO_ENABLED=0 go build -o /out/api ./cmd/api').size('/out/api')!;
    expect(gin - http).toBeGreaterThan(GO_MODULES['github.com/gin-gonic/gin']!.binary * GO_GROWTH * 0.99);
    expect(gin - http).toBeLessThan(GO_MODULES['github.com/gin-gonic/gin']!.binary * GO_GROWTH * 1.02);
    const widgets = { ...shop, 'cmd/api/main.go': GIN_MAIN.replace('"github.com/gin-gonic/gin"', '"github.com/gin-gonic/gin"\n\t"github.com/acme/widgets/parts"').replace('r.Run()', 'r.Run(); parts.X()') };
    const r = build('CGO_ENABLED=0 go build -o /out/api ./cmd/api', widgets);
    expect(r.size('/out/api')! - gin).toBeCloseTo(400_000 * GO_GROWTH, -3);
    expect(r.notes.find((n) => n.includes('go build: /out/api'))).toContain('acme/widgets 400 kB (default)');
  });

  it('only imported modules count: a requirement the code does not import adds nothing', () => {
    const base = build('CGO_ENABLED=0 go build -o /out/app .', httpApp).size('/out/app')!;
    const extra = build('CGO_ENABLED=0 go build -o /out/app .', { ...httpApp, 'go.mod': 'module example.com/hello\n\ngo 1.23\n\nrequire github.com/spf13/cobra v1.8.0\n', 'go.sum': 'github.com/spf13/cobra v1.8.0 h1:x=\n' }).size('/out/app')!;
    expect(extra).toBe(base);
  });

  it('the program lands where -o says, relative to the working directory', () => {
    expect(build('go build -o app ./cmd/api').node('/src/app')?.type).toBe('file');
    expect(build('go build -o bin/ ./cmd/api').node('/src/bin/api')?.type).toBe('file');
    expect(build('mkdir /out && go build -o /out ./cmd/api').node('/out/api')?.type).toBe('file');
  });

  it('without -o: the module path\'s last element for the root package, the directory name otherwise', () => {
    expect(build('go build', httpApp).node('/src/hello')?.type).toBe('file');
    expect(build('go build ./cmd/api').node('/src/api')?.type).toBe('file');
    expect(build('go build', { ...httpApp, 'go.mod': 'module github.com/acme/server/v2\n\ngo 1.23\n' }).node('/src/server')?.type).toBe('file');
    expect(build('go build main.go', httpApp).node('/src/main')?.type).toBe('file');
    // Several packages: compiled, nothing written.
    const many = build('go build ./...', { ...shop, 'cmd/tool/main.go': HELLO_MAIN });
    expect(many.node('/src/api')).toBeUndefined();
    expect(many.node('/src/tool')).toBeUndefined();
  });

  it('cross builds: GOOS/GOARCH go into the descriptor and the size', () => {
    const amd = build('CGO_ENABLED=0 go build -o /out/app .', httpApp).size('/out/app')!;
    const r = build('CGO_ENABLED=0 GOOS=linux GOARCH=arm64 go build -o /out/app .', httpApp);
    expect(parseBinaryDescriptor(r.node('/out/app')!.content)).toMatchObject({ os: 'linux', arch: 'arm64', linkage: 'static' });
    expect(r.size('/out/app')! / amd).toBeCloseTo(0.957, 2);
    // A cross build turns cgo off by default, even with gcc present.
    const cross = build('GOARCH=arm64 go build -o /out/app .', httpApp);
    expect(parseBinaryDescriptor(cross.node('/out/app')!.content)!.linkage).toBe('static');
    expect(build('GOOS=windows go build -o bin/ .', httpApp).node('/src/bin/hello.exe')).toBeDefined();
  });

  it('-trimpath changes the identity but hardly the size', () => {
    const a = build('CGO_ENABLED=0 go build -o /out/app .', httpApp).node('/out/app')!;
    const b = build('CGO_ENABLED=0 go build -trimpath -o /out/app .', httpApp).node('/out/app')!;
    expect(b.size / a.size).toBeCloseTo(0.998, 3);
    expect(b.data).not.toBe(a.data);
  });

  it('the build cache lands in /root/.cache/go-build (sized), unless a cache mount covers it', () => {
    const r = build('CGO_ENABLED=0 go build -o /out/app .', httpApp);
    expect(r.node('/root/.cache/go-build/README')?.content).toContain('go clean -cache');
    const cache = r.du('/root/.cache/go-build');
    expect(cache).toBeGreaterThan(2.6 * STD_BINARY.http);
    expect(r.notes.some((n) => /build cache \/root\/\.cache\/go-build grows by ~\d+\.\d MB/.test(n))).toBe(true);
    const mounted = run('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod CGO_ENABLED=0 go build -o /out/app .\n', httpApp, GO);
    expect(mounted.node('/root/.cache/go-build')).toBeUndefined();
    expect(mounted.node('/out/app')?.type).toBe('file');
    expect(layerSize(mounted, 4)).toBeLessThan(r.size('/out/app')! + 1_000);
  });

  it('GOCACHE moves the build cache', () => {
    const r = run('FROM golang:1.23\nENV GOCACHE=/tmp/gocache\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n', httpApp, GO);
    expect(r.node('/tmp/gocache/README')).toBeDefined();
    expect(r.node('/root/.cache/go-build')).toBeUndefined();
  });

  it('downloads missing modules itself (stderr "go: downloading …")', () => {
    const r = step(golang(), shop, 'go build -o /out/api ./cmd/api', { cwd: '/src' });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('go: downloading github.com/gin-gonic/gin v1.10.0\n');
    expect(r.fs.get('/go/pkg/mod/github.com/gin-gonic/gin@v1.10.0')?.type).toBe('dir');
    // Only the imported module's sources; the others' go.mod files.
    expect(r.fs.get('/go/pkg/mod/github.com/acme/widgets@v0.3.1')).toBeUndefined();
    expect(r.fs.get('/go/pkg/mod/cache/download/github.com/acme/widgets/@v/v0.3.1.mod')).toBeDefined();
  });

  it('fails like go without go.mod, without go.sum, and for an import no requirement provides', () => {
    const noMod = step(golang(), { 'main.go': HTTP_MAIN }, 'go build -o app .', { cwd: '/src' });
    expect(noMod.status).toBe(1);
    expect(noMod.stderr).toContain('go: go.mod file not found');
    const noSum = step(golang(), { 'go.mod': GO_MOD, 'cmd/api/main.go': GIN_MAIN }, 'go build ./cmd/api', { cwd: '/src' });
    expect(noSum.status).toBe(1);
    expect(noSum.stderr).toBe('./cmd/api/main.go:6:2: missing go.sum entry for module providing package github.com/gin-gonic/gin (imported by example.com/shop); to add:\n\tgo get example.com/shop\n');
    const missing = step(golang(), { ...httpApp, 'main.go': HTTP_MAIN.replace('"net/http"', '"net/http"\n\t"github.com/google/uuid"') }, 'go build .', { cwd: '/src' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('./main.go:6:2: no required module provides package github.com/google/uuid; to add it:\n\tgo get github.com/google/uuid\n');
    const noDir = step(golang(), httpApp, 'go build ./cmd/nope', { cwd: '/src' });
    expect(noDir.stderr).toBe('stat /src/cmd/nope: directory not found\n');
    // Without go.mod, go build main.go still works (a command-line-arguments package).
    expect(step(golang(), { 'main.go': HELLO_MAIN }, 'go build main.go', { cwd: '/src' }).fs.get('/src/main')).toBeDefined();
  });

  it('vendored modules need no download', () => {
    const r = step(golang(), { ...shop, 'vendor/modules.txt': '# github.com/gin-gonic/gin v1.10.0\n' }, 'go build -o /out/api ./cmd/api', { cwd: '/src' });
    expect(r.status).toBe(0);
    expect(r.fs.get('/go/pkg/mod/github.com/gin-gonic')).toBeUndefined();
  });

  it('sources of unknown content fall back to go.mod\'s direct requirements, and say so', () => {
    const r = step(golang(), { 'go.mod': GO_MOD, 'go.sum': GO_SUM, 'main.go': 4_000 }, 'CGO_ENABLED=0 go build -o /out/app .', { cwd: '/src' });
    expect(r.status).toBe(0);
    expect(r.notes.some((n) => n.includes("imports were taken from go.mod's direct requirements"))).toBe(true);
    expect(r.notes.find((n) => n.startsWith('go build: /out/app'))).toContain('gin-gonic/gin');
  });

  it('a static binary copied into scratch keeps its descriptor (COPY --from)', () => {
    const r = run('FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/api ./cmd/api\nFROM scratch\nCOPY --from=build /out/api /api\nENTRYPOINT ["/api"]\n', shop, GO);
    expect(r.result.ok).toBe(true);
    expect(parseBinaryDescriptor(r.node('/api')!.content)!.linkage).toBe('static');
    expect(r.result.image!.size).toBe(r.size('/api'));
  });
});

describe('go install, test, version, env', () => {
  it('go install puts the program in $GOPATH/bin (/go/bin)', () => {
    const r = step(golang(), shop, 'CGO_ENABLED=0 go install ./cmd/api', { cwd: '/src' });
    expect(r.fs.get('/go/bin/api')?.type).toBe('file');
    const remote = step(golang(), {}, 'go install github.com/air-verse/air@v1.52.3', { cwd: '/src' });
    expect(remote.status).toBe(0);
    expect(remote.fs.get('/go/bin/air')?.size).toBe(10_000_000);
    expect(remote.fs.get('/go/pkg/mod/github.com/air-verse/air@v1.52.3')?.type).toBe('dir');
    expect(remote.notes.some((n) => n.includes('go install github.com/air-verse/air@v1.52.3') && n.includes('estimated'))).toBe(true);
  });

  it('go test writes only the build cache and assumes the tests pass', () => {
    const r = step(golang(), { ...httpApp, 'main_test.go': 'package main\n\nimport "testing"\n\nfunc TestX(t *testing.T) {}\n' }, 'go test ./...', { cwd: '/src' });
    expect(r.status).toBe(0);
    expect(r.fs.get('/src/hello')).toBeUndefined();
    expect(r.fs.get('/root/.cache/go-build/README')).toBeDefined();
    expect(r.notes.some((n) => n.startsWith('go test: assumed to pass'))).toBe(true);
  });

  it('go version and go env print from the image', () => {
    expect(step(golang(), {}, 'go version > /v.txt').text('/v.txt')).toBe('go version go1.23.4 linux/amd64\n');
    expect(step(golang({ libc: 'musl' }), {}, 'go env GOPATH GOMODCACHE CGO_ENABLED > /e.txt').text('/e.txt')).toBe('/go\n/go/pkg/mod\n0\n');
    expect(step(golang(), {}, 'go env GOCACHE CGO_ENABLED GOARCH > /e.txt').text('/e.txt')).toBe('/root/.cache/go-build\n1\namd64\n');
  });

  it('go clean -cache and -modcache empty the caches', () => {
    const r = step(golang(), shop, 'go build -o /out/api ./cmd/api && go clean -cache -modcache', { cwd: '/src' });
    expect(r.status).toBe(0);
    expect(r.fs.list('/root/.cache/go-build')).toEqual([]);
    expect(r.fs.list('/go/pkg/mod')).toEqual([]);
  });

  it('unmodelled subcommands are opaque', () => {
    const r = step(golang(), httpApp, 'go generate ./...', { cwd: '/src' });
    expect(r.status).toBe(0);
    expect(r.opaque[0]).toContain('go generate');
  });
});

describe('with the image catalog', () => {
  it('the catalog has both golang images', () => {
    expect(findCatalogImage('golang:1.23')).not.toBeNull();
    expect(findCatalogImage('golang:1.23-alpine')).not.toBeNull();
  });
  it('golang:1.23 links net/http dynamically (gcc present), golang:1.23-alpine statically', () => {
    const files = { 'go.mod': 'module example.com/hello\n\ngo 1.23\n', 'main.go': HTTP_MAIN };
    const debian = run('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n', files, {});
    expect(parseBinaryDescriptor(debian.node('/app')!.content)).toMatchObject({ linkage: 'dynamic', libc: 'glibc' });
    const alpine = run('FROM golang:1.23-alpine\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n', files, {});
    expect(parseBinaryDescriptor(alpine.node('/app')!.content)).toMatchObject({ linkage: 'static', libc: 'none' });
    expect(alpine.notes.some((n) => n.startsWith('line 4: go build: /app:'))).toBe(true);
  });
});
