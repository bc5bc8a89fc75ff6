// hadolint rules: messages and severities from hadolint/src/Hadolint/Rule/DL*.hs, behaviour from
// its specs (test/Hadolint/Rule/DL*Spec.hs) unless noted.
import { describe, expect, it } from 'vitest';
import { hits, ruleById } from './helpers';

const B = 'alpine:3.20';

describe('severities', () => {
  it('match hadolint', () => {
    const expected: Record<string, string> = {
      DL3002: 'warning', DL3003: 'warning', DL3006: 'warning', DL3007: 'warning', DL3008: 'warning', DL3009: 'info', DL3018: 'warning', DL3019: 'info',
      DL3020: 'error', DL3022: 'warning', DL3023: 'error', DL3024: 'error', DL3025: 'warning', DL3059: 'info', DL4000: 'error', DL4006: 'warning',
    };
    for (const [id, severity] of Object.entries(expected)) expect([id, ruleById(id).severity]).toEqual([id, severity]);
  });
});

describe('DL3002 last USER should not be root', () => {
  it('flags root (by name or uid) as the final stage\'s last USER', () => {
    expect(hits('DL3002', `FROM ${B}\nUSER root`)).toEqual([[2, 'Last USER should not be root']]);
    expect(hits('DL3002', `FROM ${B}\nUSER 0:0`)).toEqual([[2, 'Last USER should not be root']]);
  });
  it('accepts switching back to a user, and a root builder stage', () => {
    expect(hits('DL3002', `FROM ${B}\nUSER root\nRUN something\nUSER app`)).toEqual([]);
    expect(hits('DL3002', `FROM ${B} AS build\nUSER root\nRUN make\nFROM ${B}\nUSER app`)).toEqual([]);
  });
  it('follows the final stage back to the stage it is built FROM', () => {
    expect(hits('DL3002', `FROM debian:12 AS base\nUSER root\nRUN something\nFROM base\nRUN something else`)).toEqual([[2, 'Last USER should not be root']]);
  });
  it('judges the --target stage', () => {
    expect(hits('DL3002', `FROM ${B} AS dev\nUSER root\nFROM ${B}\nUSER app`, { target: 'dev' })).toEqual([[2, 'Last USER should not be root']]);
  });
});

describe('DL3003 use WORKDIR to switch to a directory', () => {
  it('flags cd in RUN', () => {
    expect(hits('DL3003', `FROM ${B}\nRUN cd /usr/src/app && git pull`)).toEqual([[2, 'Use WORKDIR to switch to a directory']]);
  });
  it('accepts RUN without cd', () => {
    expect(hits('DL3003', `FROM ${B}\nWORKDIR /usr/src/app\nRUN git pull`)).toEqual([]);
  });
});

describe('DL3006 always tag the image', () => {
  it('flags an untagged image', () => {
    expect(hits('DL3006', `FROM debian AS builder\nFROM node`)).toEqual([
      [1, 'Always tag the version of an image explicitly'],
      [2, 'Always tag the version of an image explicitly'],
    ]);
  });
  it('accepts tags, digests, variables, scratch and earlier stages', () => {
    const t = `FROM golang:1.22 AS build\nFROM build AS test\nFROM ruby@sha256:f1dbca0f5dbc9\nFROM \${BASE}\nFROM scratch`;
    expect(hits('DL3006', t)).toEqual([]);
  });
});

describe('DL3007 using latest', () => {
  it('flags :latest', () => {
    expect(hits('DL3007', `FROM debian:latest AS builder`)).toEqual([[1, 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag']]);
  });
  it('accepts a release tag, or latest pinned by digest', () => {
    expect(hits('DL3007', `FROM debian:12\nFROM debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb`)).toEqual([]);
  });
});

describe('DL3008 pin versions in apt-get install', () => {
  it('flags an unpinned package', () => {
    expect(hits('DL3008', `FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1 python3`)).toEqual([
      [2, 'Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`'],
    ]);
  });
  it('accepts pinned packages, .deb files and -t targets', () => {
    expect(hits('DL3008', `FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl=7.88.1 ./pkg.deb`)).toEqual([]);
  });
});

describe('DL3009 delete the apt-get lists', () => {
  const install = 'RUN apt-get update && apt-get install -y curl=7.88.1';
  it('flags apt-get update without cleanup in the final stage', () => {
    expect(hits('DL3009', `FROM debian:12\n${install}`)).toEqual([[2, 'Delete the apt-get lists after installing something']]);
  });
  it('flags a stage another stage is built FROM', () => {
    expect(hits('DL3009', `FROM debian:12 AS base\n${install}\nFROM base\nRUN true`)).toEqual([[2, 'Delete the apt-get lists after installing something']]);
  });
  it('accepts cleanup, a cache mount, or a builder stage only copied from', () => {
    expect(hits('DL3009', `FROM debian:12\n${install} && rm -rf /var/lib/apt/lists/*`)).toEqual([]);
    expect(hits('DL3009', `FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl=1`)).toEqual([]);
    expect(hits('DL3009', `FROM debian:12 AS build\n${install}\nFROM debian:12\nCOPY --from=build /usr/bin/curl /usr/bin/`)).toEqual([]);
  });
});

describe('DL3018 pin versions in apk add', () => {
  it('flags an unpinned package', () => {
    expect(hits('DL3018', `FROM ${B}\nRUN apk add --no-cache curl`)).toEqual([[2, 'Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`']]);
  });
  it('accepts pinned packages; a --virtual name is not a package', () => {
    expect(hits('DL3018', `FROM ${B}\nRUN apk add --no-cache --virtual .deps curl=8.5.0-r0`)).toEqual([]);
  });
});

describe('DL3019 use --no-cache with apk add', () => {
  it('flags apk add without --no-cache', () => {
    expect(hits('DL3019', `FROM ${B}\nRUN apk update && apk add curl=8.5.0-r0`)).toEqual([
      [2, 'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages'],
    ]);
  });
  it('accepts --no-cache or a cache mount on /var/cache/apk', () => {
    expect(hits('DL3019', `FROM ${B}\nRUN apk add --no-cache curl=8.5.0-r0`)).toEqual([]);
    expect(hits('DL3019', `FROM ${B}\nRUN --mount=type=cache,target=/var/cache/apk apk add curl=8.5.0-r0`)).toEqual([]);
  });
});

describe('DL3020 use COPY instead of ADD', () => {
  it('flags ADD of local files', () => {
    expect(hits('DL3020', `FROM ${B}\nADD src/ /app/`)).toEqual([[2, 'Use COPY instead of ADD for files and folders']]);
  });
  it('accepts ADD of archives and URLs', () => {
    expect(hits('DL3020', `FROM ${B}\nADD rootfs.tar.gz /\nADD https://example.com/app.bin /app/`)).toEqual([]);
  });
});

describe('DL3022 COPY --from an earlier stage', () => {
  it('flags an unknown or later stage', () => {
    expect(hits('DL3022', `FROM ${B}\nCOPY --from=build /out /app\nFROM ${B} AS build`)).toEqual([[2, '`COPY --from` should reference a previously defined `FROM` alias']]);
  });
  it('accepts earlier stages, stage indexes and tagged images', () => {
    const t = `FROM ${B} AS build\nRUN make\nFROM ${B}\nCOPY --from=build /a /a\nCOPY --from=0 /b /b\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx`;
    expect(hits('DL3022', t)).toEqual([]);
  });
});

describe('DL3023 COPY --from its own stage', () => {
  it('flags a stage copying from itself', () => {
    expect(hits('DL3023', `FROM ${B} AS build\nCOPY --from=build /a /b`)).toEqual([[2, '`COPY --from` cannot reference its own `FROM` alias']]);
  });
  it('accepts another stage', () => {
    expect(hits('DL3023', `FROM ${B} AS build\nFROM ${B} AS app\nCOPY --from=build /a /b`)).toEqual([]);
  });
});

describe('DL3024 unique stage names', () => {
  it('flags a repeated alias', () => {
    expect(hits('DL3024', `FROM ${B} AS build\nFROM ${B} AS build`)).toEqual([[2, 'FROM aliases (stage names) must be unique']]);
  });
  it('accepts distinct aliases', () => {
    expect(hits('DL3024', `FROM ${B} AS build\nFROM ${B} AS test`)).toEqual([]);
  });
});

describe('DL3025 JSON notation for CMD and ENTRYPOINT', () => {
  it('flags shell form', () => {
    expect(hits('DL3025', `FROM ${B}\nENTRYPOINT ./run.sh`)).toEqual([[2, 'Use arguments JSON notation for CMD and ENTRYPOINT arguments']]);
  });
  it('accepts JSON form', () => {
    expect(hits('DL3025', `FROM ${B}\nENTRYPOINT ["./run.sh"]\nCMD ["--port", "80"]`)).toEqual([]);
  });
});

describe('DL3059 consecutive RUN instructions', () => {
  it('flags single-command RUNs in a row, even across a comment', () => {
    expect(hits('DL3059', `FROM ${B}\nRUN /foo.sh\n# a comment\nRUN /bar.sh\nRUN /baz.sh`)).toEqual([
      [4, 'Multiple consecutive `RUN` instructions. Consider consolidation.'],
      [5, 'Multiple consecutive `RUN` instructions. Consider consolidation.'],
    ]);
  });
  it('accepts chained commands, different flags and RUNs apart', () => {
    expect(hits('DL3059', `FROM ${B}\nRUN foo && bar\nRUN foobar`)).toEqual([]);
    expect(hits('DL3059', `FROM ${B}\nRUN --mount=type=secret,id=a /foo.sh\nRUN /bar.sh`)).toEqual([]);
    expect(hits('DL3059', `FROM ${B}\nRUN /foo.sh\nWORKDIR /\nRUN /bar.sh`)).toEqual([]);
  });
});

describe('DL4000 MAINTAINER is deprecated', () => {
  it('flags MAINTAINER', () => {
    expect(hits('DL4000', `FROM ${B}\nMAINTAINER jane`)).toEqual([[2, 'MAINTAINER is deprecated']]);
  });
  it('accepts a LABEL', () => {
    expect(hits('DL4000', `FROM ${B}\nLABEL maintainer=jane`)).toEqual([]);
  });
});

describe('DL4006 set -o pipefail', () => {
  const msg =
    'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check';
  it('flags a pipe without pipefail, in every stage that lacks it', () => {
    const t = `FROM ${B} AS build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l > /number\nFROM ${B}\nRUN wget -O - https://x | wc -l`;
    expect(hits('DL4006', t)).toEqual([[5, msg]]);
  });
  it('flags /bin/sh even with -o pipefail', () => {
    expect(hits('DL4006', `FROM ${B}\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b`)).toEqual([[3, msg]]);
  });
  it('accepts pipefail (also as -eo), no pipes, || and non-POSIX shells', () => {
    expect(hits('DL4006', `FROM ${B}\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN a | b`)).toEqual([]);
    expect(hits('DL4006', `FROM ${B}\nRUN a && b || c`)).toEqual([]);
    expect(hits('DL4006', `FROM ${B}\nSHELL ["pwsh", "-c"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value`)).toEqual([]);
  });
});
