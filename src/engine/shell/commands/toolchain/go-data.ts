// Size facts for the go model: how much a module adds to a linked program, and how big its
// sources are in the module cache. Measured, with the method below; everything else is a default
// that the model names in its assumption note.
//
// Binary sizes — measured on 2026-11-29 with go1.19.8 linux/amd64 (Debian bookworm golang-go),
// GOPATH mode against Debian's packaged module sources (golang-*-dev, bookworm versions:
// gin 1.8.1, grpc 1.33.3, cobra 1.6.1, prometheus client 1.14.0, aws-sdk-go 1.44.133, …),
// CGO_ENABLED=0, default flags. A tiny program that uses the module (gin.Default()+r.Run(),
// grpc.NewServer().Serve, cobra.Command.Execute, sql.Open with the driver, …) was built together
// with a net/http server, and the module's `binary` is the growth over the bare net/http server
// (6,464,561 B). The standard library tiers are separate programs: fmt.Println only, net.Dial,
// net.Dial + crypto/tls, net/http.ListenAndServe.
//   -ldflags "-s -w" ×0.69 (4,468,736 / 6,464,561; gin 0.69, grpc 0.69, fmt 0.67)
//   -ldflags "-w"    ×0.74   -trimpath ×0.998   cgo-linked (dynamic) ×1.008
//   GOARCH=arm64 ×0.957, GOARCH=arm ×0.97 (cross-compiled, same programs)
// Newer Go makes bigger programs: the model multiplies by GO_GROWTH for go ≥ 1.21 (an estimate:
// a net/http hello is ~7.4 MB unstripped, ~5.1 MB stripped with go1.22/1.23 on amd64).
//
// Module cache sizes (`source`) — bytes of the same Debian-packaged sources (du -sb of
// /usr/share/gocode/src/<module>), close to the extracted module zips (versions differ; module
// zips also hold testdata). The download cache keeps the .zip as well: ZIP_RATIO of the sources.
//
// Build cache (/root/.cache/go-build) — measured as GOCACHE after one `go build` from empty:
// net/http server 17.2 MB (59 entries), +gin 50.1 MB (283), +grpc 39.9 MB (345), +prometheus
// 45.6 MB (272), +aws-sdk-go s3 50.7 MB (312); fmt only 1.1 MB. Modelled as
// CACHE_STD × the standard-library part + CACHE_DEPS × the module part (±40 %).

export type StdTier = 'none' | 'net' | 'tls' | 'http';

/** go1.19.8 linux/amd64, CGO_ENABLED=0, unstripped: programs using only the standard library. */
export const STD_BINARY: Record<StdTier, number> = { none: 1_819_292, net: 2_568_098, tls: 5_111_135, http: 6_464_561 };
/** Growth of linked programs from go1.19 to go ≥ 1.21 (estimate). */
export const GO_GROWTH = 1.15;
export const STRIP_SW = 0.69;
export const STRIP_W = 0.74;
export const CGO_DYNAMIC = 1.008;
export const ARCH_FACTOR: Record<string, number> = { amd64: 1, arm64: 0.957, arm: 0.97, '386': 0.9 };
/** Bytes of binary per byte of the main module's own Go source (estimate). */
export const OWN_CODE_FACTOR = 1.5;
export const CACHE_STD = 2.6;
export const CACHE_DEPS = 5.5;
export const ZIP_RATIO = 0.3;

/** Defaults for modules the table does not know. */
export const DEFAULT_MODULE = { binary: 400_000, source: 500_000 };

export interface GoModuleFacts {
  /** Bytes it adds to a net/http program (0: not measured as a direct dependency). */
  binary: number;
  /** The standard library it pulls in. */
  tier: StdTier;
  /** Bytes of its sources in the module cache. */
  source: number;
  /** Uses cgo (links a C library; a dynamic binary when CGO_ENABLED=1). */
  cgo?: boolean;
}

/**
 * Keyed by module path without a /vN major suffix. `binary` includes the module's own
 * dependencies (gin's includes validator, ugorji codec, protobuf; grpc's includes protobuf and
 * x/net/http2), so the model adds it for direct requirements only.
 */
export const GO_MODULES: Record<string, GoModuleFacts> = {
  'github.com/gin-gonic/gin': { binary: 3_612_212, tier: 'http', source: 569_754 },
  'github.com/go-chi/chi': { binary: 298_797, tier: 'http', source: 342_001 },
  'github.com/labstack/echo': { binary: 755_870, tier: 'http', source: 610_211 },
  'github.com/gorilla/mux': { binary: 121_355, tier: 'http', source: 205_046 },
  'github.com/gorilla/websocket': { binary: 266_887, tier: 'http', source: 168_510 },
  'google.golang.org/grpc': { binary: 5_372_872, tier: 'tls', source: 3_436_483 },
  'google.golang.org/protobuf': { binary: 4_172_103, tier: 'none', source: 6_388_116 },
  'github.com/golang/protobuf': { binary: 200_000, tier: 'none', source: 1_713_515 },
  'github.com/prometheus/client_golang': { binary: 5_935_092, tier: 'http', source: 934_786 },
  'github.com/spf13/cobra': { binary: 2_720_516, tier: 'net', source: 446_180 },
  'github.com/spf13/pflag': { binary: 250_000, tier: 'net', source: 312_268 },
  'github.com/spf13/viper': { binary: 978_069, tier: 'net', source: 277_578 },
  'github.com/urfave/cli': { binary: 3_232_114, tier: 'none', source: 297_929 },
  'github.com/sirupsen/logrus': { binary: 158_508, tier: 'none', source: 180_285 },
  'go.uber.org/zap': { binary: 842_327, tier: 'net', source: 700_260 },
  'github.com/rs/zerolog': { binary: 197_895, tier: 'net', source: 399_607 },
  'github.com/lib/pq': { binary: 785_956, tier: 'tls', source: 427_325 },
  'github.com/jackc/pgx': { binary: 1_490_482, tier: 'tls', source: 533_092 },
  'github.com/go-sql-driver/mysql': { binary: 232_428, tier: 'tls', source: 322_014 },
  // Not measured as a binary (Debian links the system libsqlite3): the bundled SQLite amalgamation
  // compiled by cgo adds about 1.6 MB (estimate).
  'github.com/mattn/go-sqlite3': { binary: 1_600_000, tier: 'none', source: 471_445, cgo: true },
  'github.com/aws/aws-sdk-go': { binary: 6_542_905, tier: 'http', source: 174_012_451 },
  'gopkg.in/yaml.v3': { binary: 633_679, tier: 'none', source: 459_260 },
  'gopkg.in/yaml.v2': { binary: 500_000, tier: 'none', source: 330_633 },
  'github.com/google/uuid': { binary: 24_487, tier: 'net', source: 61_185 },
  'github.com/golang-jwt/jwt': { binary: 234_479, tier: 'none', source: 173_815 },
  'github.com/go-playground/validator': { binary: 753_179, tier: 'net', source: 1_246_816 },
  'github.com/joho/godotenv': { binary: 294_869, tier: 'none', source: 50_288 },
  'golang.org/x/net': { binary: 189_264, tier: 'http', source: 5_428_896 },
  'golang.org/x/sys': { binary: 100_000, tier: 'none', source: 7_015_534 },
  'golang.org/x/crypto': { binary: 300_000, tier: 'none', source: 4_005_403 },
  'golang.org/x/text': { binary: 300_000, tier: 'none', source: 37_730_711 },
  'github.com/stretchr/testify': { binary: 0, tier: 'none', source: 580_367 },
  'github.com/davecgh/go-spew': { binary: 0, tier: 'none', source: 210_219 },
  'github.com/pmezard/go-difflib': { binary: 0, tier: 'none', source: 41_462 },
  'github.com/json-iterator/go': { binary: 0, tier: 'none', source: 461_638 },
  'github.com/ugorji/go': { binary: 0, tier: 'none', source: 1_855_772 },
  'github.com/pelletier/go-toml': { binary: 0, tier: 'none', source: 1_757_062 },
  'github.com/prometheus/common': { binary: 0, tier: 'none', source: 578_972 },
  'github.com/prometheus/procfs': { binary: 0, tier: 'none', source: 1_105_382 },
  'github.com/prometheus/client_model': { binary: 0, tier: 'none', source: 57_930 },
  'github.com/beorn7/perks': { binary: 0, tier: 'none', source: 44_136 },
  'github.com/cespare/xxhash': { binary: 0, tier: 'none', source: 26_164 },
  'github.com/mattn/go-isatty': { binary: 0, tier: 'none', source: 12_160 },
  'github.com/go-playground/locales': { binary: 0, tier: 'none', source: 33_091_897 },
  'github.com/go-playground/universal-translator': { binary: 0, tier: 'none', source: 117_427 },
  'github.com/leodido/go-urn': { binary: 0, tier: 'none', source: 54_613 },
  'github.com/modern-go/reflect2': { binary: 0, tier: 'none', source: 48_414 },
  'github.com/modern-go/concurrent': { binary: 0, tier: 'none', source: 11_000 },
  'github.com/gin-contrib/sse': { binary: 0, tier: 'none', source: 18_678 },
  'github.com/spf13/afero': { binary: 0, tier: 'none', source: 350_619 },
  'github.com/spf13/cast': { binary: 0, tier: 'none', source: 80_072 },
  'github.com/fsnotify/fsnotify': { binary: 0, tier: 'none', source: 153_786 },
  'github.com/mitchellh/mapstructure': { binary: 0, tier: 'none', source: 149_940 },
  'github.com/magiconair/properties': { binary: 0, tier: 'none', source: 121_799 },
  'github.com/subosito/gotenv': { binary: 0, tier: 'none', source: 23_991 },
  'github.com/hashicorp/hcl': { binary: 0, tier: 'none', source: 305_704 },
  'gopkg.in/ini.v1': { binary: 0, tier: 'none', source: 231_243 },
  'github.com/jackc/pgconn': { binary: 0, tier: 'none', source: 247_838 },
  'github.com/jackc/pgproto3': { binary: 0, tier: 'none', source: 132_660 },
  'github.com/jackc/pgtype': { binary: 0, tier: 'none', source: 1_150_088 },
  'github.com/jackc/pgio': { binary: 0, tier: 'none', source: 7_336 },
  'github.com/jackc/chunkreader': { binary: 0, tier: 'none', source: 13_496 },
  'github.com/jackc/pgpassfile': { binary: 0, tier: 'none', source: 9_203 },
  'github.com/jackc/pgservicefile': { binary: 0, tier: 'none', source: 8_627 },
  'go.uber.org/atomic': { binary: 0, tier: 'none', source: 126_269 },
  'go.uber.org/multierr': { binary: 0, tier: 'none', source: 44_849 },
  'google.golang.org/genproto': { binary: 0, tier: 'none', source: 48_393_590 },
  'github.com/google/go-cmp': { binary: 0, tier: 'none', source: 514_412 },
  'github.com/jmespath/go-jmespath': { binary: 0, tier: 'none', source: 601_324 },
  'github.com/valyala/fasttemplate': { binary: 0, tier: 'none', source: 41_109 },
  'github.com/labstack/gommon': { binary: 0, tier: 'none', source: 54_885 },
  'github.com/mattn/go-colorable': { binary: 0, tier: 'none', source: 51_831 },
  'github.com/pkg/errors': { binary: 0, tier: 'none', source: 52_605 },
};

/** Facts for a module path (a /vN major-version suffix and gopkg.in's .vN are kept apart only where listed). */
export function goModuleFacts(path: string): GoModuleFacts | null {
  return GO_MODULES[path] ?? GO_MODULES[path.replace(/\/v\d+$/, '')] ?? null;
}

/**
 * Standard-library imports that decide the tier (the heaviest wins). A module's tier is what it
 * imports itself: cgo-enabled builds link net and os/user through the C library, so every module
 * at tier net or above makes a CGO_ENABLED=1 program dynamic (observed with `file` on the
 * measured programs: cobra, zap, uuid, validator dynamic; logrus, yaml.v3, protobuf static).
 */
export function stdTierOf(importPath: string): StdTier | null {
  if (importPath === 'net/http' || importPath.startsWith('net/http/')) return 'http';
  if (importPath === 'crypto/tls' || importPath === 'net/smtp') return 'tls';
  if (importPath === 'net' || importPath.startsWith('net/') || importPath === 'os/user') return 'net';
  return null;
}

export const TIER_ORDER: StdTier[] = ['none', 'net', 'tls', 'http'];

/** A Go toolchain module (golang.org/toolchain) unpacked in the module cache: ~230 MB (estimate). */
export const TOOLCHAIN_MODULE_SIZE = 230_000_000;
