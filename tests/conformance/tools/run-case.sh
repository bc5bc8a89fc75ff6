#!/usr/bin/env bash
# Build one conformance case against the real Docker/BuildKit engine and print what it produced.
#
#   tests/conformance/tools/run-case.sh NN-name [--no-cache] [--no-layers] [--no-edit] [--force] [--fresh]
#
# Reads tests/conformance/cases/NN-name/{Dockerfile,context/,case.json}:
#   buildArgs  -> --build-arg K=V          secrets  -> value written to a temp file, --secret id=ID,src=FILE
#   target     -> --target T               symlinks -> created (ln -s) in a temp copy of context/
#   expectError-> the build must fail and its output must contain that substring
#   skipRealEngine -> reason; the case is not built unless --force (e.g. it crashes the shared dockerd)
#   edit       -> after the first build, apply {files: {path: content|null}, buildArgs} to the temp
#                 context and build again (output shows which steps are CACHED)
# Prints: the plain progress log, `docker history`, the image config, the raw config history
# (created_by / empty_layer / comment) and a `tar -tv` listing of every layer.
# --no-cache: first build with --no-cache. --no-layers: skip `docker save` + layer listing.
# --fresh: run `docker builder prune -af` first. The build cache is shared by everyone using this
#   engine, and a second run of an edit case finds the edited variant already cached from the
#   previous run (cache keys are content-based; --no-cache does not help build 2), so its CACHED
#   pattern is only meaningful on the first run or after a prune. Pruning only costs others a rebuild.
# Env: DOCKER (default /work/shared/buildkit/docker), KEEP_TMP=1 keeps the temp dir.
# Exit status: 0 when the case behaved as declared (built, or failed with expectError), else 1.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CASES=$(cd "$HERE/../cases" && pwd)
DOCKER=${DOCKER:-/work/shared/buildkit/docker}
NAME=${1:?usage: run-case.sh NN-name [--no-cache] [--no-layers] [--no-edit] [--force] [--fresh]}; shift
NAME=${NAME%/}; NAME=${NAME##*/}
NOCACHE=""; LAYERS=1; DOEDIT=1; FORCE=0; FRESH=0
for a in "$@"; do
  case "$a" in
    --no-cache) NOCACHE=--no-cache ;;
    --no-layers) LAYERS=0 ;;
    --no-edit) DOEDIT=0 ;;
    --force) FORCE=1 ;;
    --fresh) FRESH=1 ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done
DIR=$CASES/$NAME
[ -f "$DIR/Dockerfile" ] && [ -f "$DIR/case.json" ] || { echo "no case $DIR" >&2; exit 2; }
NN=${NAME%%-*}
TAG=sc-case-$NN
TMP=$(mktemp -d /tmp/sc-case-$NN.XXXXXX)
[ "${KEEP_TMP:-0}" = 1 ] || trap 'rm -rf "$TMP"' EXIT

# case.json -> shell-friendly lines (node is always there for this project)
q() { node -e '
  const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const what = process.argv[2];
  const out = [];
  if (what === "args") for (const [k, v] of Object.entries(c.buildArgs || {})) out.push(k + "=" + v);
  if (what === "editargs") for (const [k, v] of Object.entries({ ...(c.buildArgs || {}), ...((c.edit || {}).buildArgs || {}) })) out.push(k + "=" + v);
  if (what === "secrets") for (const k of Object.keys(c.secrets || {})) out.push(k);
  if (what === "secret") out.push(c.secrets[process.argv[3]]);
  if (what === "symlinks") for (const [k, v] of Object.entries(c.symlinks || {})) out.push(k + "\t" + v);
  if (what === "target") out.push(c.target || "");
  if (what === "expectError") out.push(c.expectError || "");
  if (what === "skip") out.push(c.skipRealEngine || "");
  if (what === "hasEdit") out.push(c.edit ? "1" : "");
  if (what === "editFiles") for (const [k, v] of Object.entries((c.edit || {}).files || {})) out.push(k + "\t" + (v === null ? "DELETE" : Buffer.from(v).toString("base64")));
  process.stdout.write(out.join("\n") + (out.length ? "\n" : ""));
' "$DIR/case.json" "$@"; }

SKIP=$(q skip | head -1)
if [ -n "$SKIP" ] && [ "$FORCE" != 1 ]; then echo "=== SKIPPED ($NAME): $SKIP  (use --force to build anyway)"; exit 0; fi

# temp copy of the context (+ symlinks)
mkdir -p "$TMP/context"
[ -d "$DIR/context" ] && cp -a "$DIR/context/." "$TMP/context/"
while IFS=$'\t' read -r link target; do
  [ -n "$link" ] || continue
  p=$TMP/${link}            # keys are "context/..." relative to the case dir
  mkdir -p "$(dirname "$p")"; rm -rf "$p"; ln -s "$target" "$p"
done < <(q symlinks)

# secrets
SECRET_FLAGS=()
mkdir -p "$TMP/secrets"
while read -r id; do
  [ -n "$id" ] || continue
  q secret "$id" | head -c -1 > "$TMP/secrets/$id"     # exact value, no trailing newline
  SECRET_FLAGS+=(--secret "id=$id,src=$TMP/secrets/$id")
done < <(q secrets)

TARGET=$(q target | head -1)
EXPECT=$(q expectError | head -1)

build() { # $1 = label, rest = build-arg lines on stdin
  local label=$1; shift
  local flags=()
  while read -r kv; do [ -n "$kv" ] && flags+=(--build-arg "$kv"); done
  [ -n "$TARGET" ] && flags+=(--target "$TARGET")
  echo "=== $label: docker build --progress=plain ${flags[*]} ${SECRET_FLAGS[*]} $* -t $TAG -f $NAME/Dockerfile <context>"
  "$DOCKER" build --progress=plain "${flags[@]}" "${SECRET_FLAGS[@]}" "$@" -t "$TAG" -f "$DIR/Dockerfile" "$TMP/context" > "$TMP/build.log" 2>&1
  local rc=$?
  cat "$TMP/build.log"
  echo "=== $label: exit $rc"
  return $rc
}

show() {
  echo "=== history (docker history --no-trunc --human=false, newest first)"
  "$DOCKER" history --no-trunc --human=false --format '{{.CreatedBy}}|{{.Size}}' "$TAG"
  echo "=== config"
  "$DOCKER" image inspect "$TAG" --format '{{json .Config}}' | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.stringify(JSON.parse(s),null,1)))'
  echo "=== size $("$DOCKER" image inspect "$TAG" --format '{{.Size}}')"
  [ "$LAYERS" = 1 ] || return 0
  mkdir -p "$TMP/img"
  "$DOCKER" save "$TAG" -o "$TMP/img.tar" && tar -xf "$TMP/img.tar" -C "$TMP/img" || return 0
  node -e '
    const fs = require("fs"), path = require("path"), cp = require("child_process");
    const root = process.argv[1];
    const m = JSON.parse(fs.readFileSync(path.join(root, "manifest.json"), "utf8"))[0];
    const cfg = JSON.parse(fs.readFileSync(path.join(root, m.Config), "utf8"));
    console.log("=== raw config history (created_by | empty_layer | comment)");
    for (const h of cfg.history) console.log(JSON.stringify(h.created_by ?? "") + " | " + (h.empty_layer ? "empty" : "layer") + " | " + (h.comment ?? ""));
    const base = new Set(JSON.parse(process.argv[2] || "[]").map(d => d.replace("sha256:", "")));
    console.log("=== layers (oldest first; base-image layers not listed)");
    m.Layers.forEach((l, i) => {
      const out = cp.execFileSync("tar", ["-tvf", path.join(root, l), "--numeric-owner"], { encoding: "utf8" });
      const lines = out.split("\n").filter(Boolean);
      if (base.has(path.basename(l))) { console.log("--- layer " + i + " (base image layer, " + lines.length + " entries)"); return; }
      console.log("--- layer " + i + " (" + lines.length + " entries)");
      if (lines.length) process.stdout.write(lines.map(s => "  " + s.replace(/ \d{4}-\d\d-\d\d \d\d:\d\d /, " ")).join("\n") + "\n");
      // contents of small regular files (JSON-escaped), to check what RUN/COPY wrote
      const names = cp.execFileSync("tar", ["-tf", path.join(root, l)], { encoding: "utf8" }).split("\n").filter(Boolean);
      names.forEach((n, k) => {
        const ls = lines[k] || "";
        if (!ls.startsWith("-")) return;
        const size = Number(ls.trim().split(/\s+/)[2]);
        if (!(size > 0 && size <= 300)) return;
        const body = cp.execFileSync("tar", ["-xOf", path.join(root, l), n], { encoding: "utf8" });
        console.log("    " + n + " = " + JSON.stringify(body));
      });
    });
  ' "$TMP/img" "$("$DOCKER" image inspect local/busybox:latest --format '{{json .RootFS.Layers}}' 2>/dev/null)"
}

if [ "$FRESH" = 1 ]; then echo "=== pruning the engine's build cache (docker builder prune -af)"; "$DOCKER" builder prune -af >/dev/null; fi
q args | build "build 1" $NOCACHE
RC=$?
STATUS=0
if [ -n "$EXPECT" ]; then
  if [ $RC -ne 0 ] && grep -qF -- "$EXPECT" "$TMP/build.log"; then echo "=== OK: failed with expected error: $EXPECT"
  else echo "=== MISMATCH: expected failure containing: $EXPECT"; STATUS=1; fi
  exit $STATUS
fi
[ $RC -eq 0 ] || { echo "=== MISMATCH: build failed"; exit 1; }
show

if [ "$DOEDIT" = 1 ] && [ -n "$(q hasEdit)" ]; then
  while IFS=$'\t' read -r f content; do
    [ -n "$f" ] || continue
    if [ "$content" = DELETE ]; then rm -rf "$TMP/context/$f"
    else mkdir -p "$(dirname "$TMP/context/$f")"; printf '%s' "$content" | base64 -d > "$TMP/context/$f"; fi
  done < <(q editFiles)
  q editargs | build "build 2 (after edit)"
  [ $? -eq 0 ] || { echo "=== MISMATCH: edited build failed"; exit 1; }
  echo "=== steps CACHED in build 2:"; grep -E '^#[0-9]+ (CACHED|\[)' "$TMP/build.log" | grep -B1 CACHED | grep '^#.*\[' || true
fi
exit $STATUS
