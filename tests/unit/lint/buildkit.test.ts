// Docker Build Checks: each rule fires with BuildKit's exact message on the right lines, and stays
// quiet on the corrected Dockerfile. Messages follow frontend/dockerfile/linter/ruleset.go.
import { describe, expect, it } from 'vitest';
import { hits } from './helpers';

const B = 'alpine:3.20';

describe('StageNameCasing', () => {
  it('flags a stage name with capitals', () => {
    expect(hits('StageNameCasing', `FROM ${B} AS BuildStage\nRUN true`)).toEqual([[1, "Stage name 'BuildStage' should be lowercase"]]);
  });
  it('accepts lowercase names and unnamed stages', () => {
    expect(hits('StageNameCasing', `FROM ${B} AS build-stage\nFROM ${B}`)).toEqual([]);
  });
});

describe('FromAsCasing', () => {
  it('flags `as` with an uppercase FROM, and `AS` with a lowercase from', () => {
    expect(hits('FromAsCasing', `FROM ${B} as build\nfrom ${B} AS other`)).toEqual([
      [1, "'as' and 'FROM' keywords' casing do not match"],
      [2, "'AS' and 'from' keywords' casing do not match"],
    ]);
  });
  it('accepts matching casing, and leaves a mixed-case From alone', () => {
    expect(hits('FromAsCasing', `FROM ${B} AS build\nfrom ${B} as other\nFrom ${B} as third`)).toEqual([]);
  });
});

describe('NoEmptyContinuation', () => {
  it('flags a blank line inside a continuation, at the instruction\'s last line', () => {
    expect(hits('NoEmptyContinuation', `FROM ${B}\nRUN echo a \\\n\n    && echo b`)).toEqual([[4, 'Empty continuation line']]);
  });
  it('accepts comments inside a continuation and blank lines between instructions', () => {
    expect(hits('NoEmptyContinuation', `FROM ${B}\nRUN echo a \\\n# note\n    && echo b\n\nRUN true`)).toEqual([]);
  });
});

describe('ConsistentInstructionCasing', () => {
  it('flags instructions against the majority casing', () => {
    expect(hits('ConsistentInstructionCasing', `FROM ${B}\nRUN a\nrun b\nCopy x /x`)).toEqual([
      [3, "Command 'run' should match the case of the command majority (uppercase)"],
      [4, "Command 'Copy' should match the case of the command majority (uppercase)"],
    ]);
    expect(hits('ConsistentInstructionCasing', `from ${B}\nrun a\nRUN b`)).toEqual([[3, "Command 'RUN' should match the case of the command majority (lowercase)"]]);
  });
  it('accepts a consistently cased file; global ARGs are not counted', () => {
    expect(hits('ConsistentInstructionCasing', `arg V=1\nFROM ${B}\nRUN a`)).toEqual([]);
  });
});

describe('DuplicateStageName', () => {
  it('flags the second stage of a name, case-insensitively', () => {
    expect(hits('DuplicateStageName', `FROM ${B} AS build\nFROM ${B} AS Build`)).toEqual([[2, 'Duplicate stage name "build", stage names should be unique']]);
  });
  it('accepts distinct names', () => {
    expect(hits('DuplicateStageName', `FROM ${B} AS build\nFROM ${B} AS test`)).toEqual([]);
  });
});

describe('ReservedStageName', () => {
  it('flags stages named scratch or context', () => {
    expect(hits('ReservedStageName', `FROM ${B} AS scratch\nFROM ${B} AS context`)).toEqual([
      [1, 'Stage name should not use the same name as reserved stage "scratch"'],
      [2, 'Stage name should not use the same name as reserved stage "context"'],
    ]);
  });
  it('accepts other names', () => {
    expect(hits('ReservedStageName', `FROM ${B} AS base`)).toEqual([]);
  });
});

describe('JSONArgsRecommended', () => {
  it('flags shell-form CMD and ENTRYPOINT, naming the instruction as written', () => {
    expect(hits('JSONArgsRecommended', `FROM ${B}\nENTRYPOINT my-app\ncmd --serve`)).toEqual([
      [2, 'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals'],
      [3, 'JSON arguments recommended for cmd to prevent unintended behavior related to OS signals'],
    ]);
  });
  it('accepts the JSON form, or a shell form once SHELL is set (also in a parent stage)', () => {
    expect(hits('JSONArgsRecommended', `FROM ${B}\nCMD ["my-app"]`)).toEqual([]);
    expect(hits('JSONArgsRecommended', `FROM ${B} AS base\nSHELL ["/bin/ash", "-c"]\nFROM base\nCMD my-app`)).toEqual([]);
  });
  it('accepts a shell form when the base image config sets SHELL', () => {
    expect(hits('JSONArgsRecommended', `FROM win:1\nCMD my-app`, { images: { 'win:1': { config: { Shell: ['cmd', '/S', '/C'] } } } })).toEqual([]);
  });
  it('only checks stages the build dispatches', () => {
    expect(hits('JSONArgsRecommended', `FROM ${B} AS unused\nCMD my-app\nFROM ${B}\nCMD ["ok"]`)).toEqual([]);
    expect(hits('JSONArgsRecommended', `FROM ${B} AS unused\nCMD my-app\nFROM ${B}\nCMD ["ok"]`, { target: 'unused' })).toEqual([
      [2, 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals'],
    ]);
  });
});

describe('MaintainerDeprecated', () => {
  it('flags MAINTAINER', () => {
    expect(hits('MaintainerDeprecated', `FROM ${B}\nMAINTAINER Jane <jane@example.com>`)).toEqual([[2, 'Maintainer instruction is deprecated in favor of using label']]);
  });
  it('accepts a LABEL', () => {
    expect(hits('MaintainerDeprecated', `FROM ${B}\nLABEL org.opencontainers.image.authors=jane`)).toEqual([]);
  });
});

describe('UndefinedArgInFrom', () => {
  it('flags a FROM variable no global ARG declares, with a suggestion', () => {
    expect(hits('UndefinedArgInFrom', `ARG VERSION=20\nFROM node:\${VERSOIN}\nFROM node:$NOPE`)).toEqual([
      [2, "FROM argument 'VERSOIN' is not declared (did you mean VERSION?)"],
      [3, "FROM argument 'NOPE' is not declared"],
    ]);
  });
  it('flags the --platform value too', () => {
    expect(hits('UndefinedArgInFrom', `FROM --platform=$PLATFROM ${B}`)).toEqual([[1, "FROM argument 'PLATFROM' is not declared"]]);
  });
  it('accepts declared global ARGs (even without a value) and the platform ARGs', () => {
    expect(hits('UndefinedArgInFrom', `ARG VERSION\nFROM node:\${VERSION:-20}\nFROM --platform=$BUILDPLATFORM golang:1.22\nFROM ${B}-$TARGETARCH`)).toEqual([]);
  });
  it('does not see ARGs declared inside a stage', () => {
    expect(hits('UndefinedArgInFrom', `FROM ${B}\nARG TAG=3\nFROM alpine:$TAG`)).toEqual([[3, "FROM argument 'TAG' is not declared"]]);
  });
});

describe('WorkdirRelativePath', () => {
  it('flags a relative first WORKDIR', () => {
    expect(hits('WorkdirRelativePath', `FROM ${B}\nWORKDIR app`)).toEqual([[2, 'Relative workdir "app" can have unexpected results if the base image changes']]);
  });
  it('accepts an absolute WORKDIR, relative ones after it, and a stage inheriting one', () => {
    expect(hits('WorkdirRelativePath', `FROM ${B} AS base\nWORKDIR /src\nWORKDIR app\nFROM base\nWORKDIR sub`)).toEqual([]);
  });
  it('expands variables first', () => {
    expect(hits('WorkdirRelativePath', `FROM ${B}\nENV DIR=/app\nWORKDIR $DIR`)).toEqual([]);
    expect(hits('WorkdirRelativePath', `FROM ${B}\nENV DIR=app\nWORKDIR $DIR`)).toEqual([[3, 'Relative workdir "app" can have unexpected results if the base image changes']]);
  });
});

describe('UndefinedVar', () => {
  it('flags an undefined variable, with a did-you-mean from the environment', () => {
    expect(hits('UndefinedVar', `FROM ${B}\nCOPY $foo .\nENV PATH=$PAHT:/app/bin`)).toEqual([
      [2, "Usage of undefined variable '$foo'"],
      [3, "Usage of undefined variable '$PAHT' (did you mean $PATH?)"],
    ]);
  });
  it('accepts declared ARGs (with or without a value), ENVs and base image variables', () => {
    const t = `FROM ${B}\nARG foo\nARG BAR=x\nENV BAZ=y\nCOPY $foo $BAR $BAZ $PATH /dst/`;
    expect(hits('UndefinedVar', t)).toEqual([]);
    expect(hits('UndefinedVar', `FROM python:3.12\nARG VERSION=$PYTHON_VERSION`, { images: { 'python:3.12': { config: { Env: ['PYTHON_VERSION=3.12.1'] } } } })).toEqual([]);
  });
  it('sees a global ARG only when the stage re-declares it', () => {
    expect(hits('UndefinedVar', `ARG V=1\nFROM ${B}\nLABEL v=$V`)).toEqual([[3, "Usage of undefined variable '$V'"]]);
    expect(hits('UndefinedVar', `ARG V=1\nFROM ${B}\nARG V\nLABEL v=$V`)).toEqual([]);
  });
  it('does not look into RUN, CMD or ENTRYPOINT, which the shell expands', () => {
    expect(hits('UndefinedVar', `FROM ${B}\nRUN echo $nope\nCMD echo $nope`)).toEqual([]);
  });
  it('suggests the closest variable set at that point', () => {
    expect(hits('UndefinedVar', `FROM ${B}\nARG APP_HOME=/app\nWORKDIR $APP_HOM`)).toEqual([[3, "Usage of undefined variable '$APP_HOM' (did you mean $APP_HOME?)"]]);
  });
  it('checks ARG defaults, USER, VOLUME and COPY heredocs', () => {
    expect(hits('UndefinedVar', `FROM ${B}\nARG APP_HOME=$X\nUSER $RUNAS\nVOLUME $DATA_DIR\nCOPY <<EOF /etc/env\nLANG=$LC_ALL\nEOF`)).toEqual([
      [2, "Usage of undefined variable '$X'"],
      [3, "Usage of undefined variable '$RUNAS'"],
      [4, "Usage of undefined variable '$DATA_DIR'"],
      [5, 7, "Usage of undefined variable '$LC_ALL'"],
    ]);
  });
  it('inherits the environment of the stage a stage is built FROM', () => {
    expect(hits('UndefinedVar', `FROM ${B} AS base\nENV APP=/app\nFROM base\nWORKDIR $APP`)).toEqual([]);
  });
});

describe('MultipleInstructionsDisallowed', () => {
  it('flags the earlier CMD, ENTRYPOINT or HEALTHCHECK of a stage', () => {
    const t = `FROM ${B}\nCMD ["a"]\nHEALTHCHECK CMD true\nCMD ["b"]\nHEALTHCHECK NONE`;
    expect(hits('MultipleInstructionsDisallowed', t)).toEqual([
      [2, 'Multiple CMD instructions should not be used in the same stage because only the last one will be used'],
      [3, 'Multiple HEALTHCHECK instructions should not be used in the same stage because only the last one will be used'],
    ]);
  });
  it('accepts one per stage', () => {
    expect(hits('MultipleInstructionsDisallowed', `FROM ${B} AS base\nCMD ["a"]\nFROM base\nCMD ["b"]`)).toEqual([]);
  });
});

describe('LegacyKeyValueFormat', () => {
  it('flags ENV and LABEL without =, naming the instruction as written', () => {
    expect(hits('LegacyKeyValueFormat', `FROM ${B}\nENV NODE_ENV production\nlabel maintainer jane`)).toEqual([
      [2, '"ENV key=value" should be used instead of legacy "ENV key value" format'],
      [3, '"label key=value" should be used instead of legacy "label key value" format'],
    ]);
  });
  it('accepts key=value', () => {
    expect(hits('LegacyKeyValueFormat', `FROM ${B}\nENV NODE_ENV=production A="b c"\nLABEL x=y`)).toEqual([]);
  });
});

describe('InvalidBaseImagePlatform', () => {
  const images = { 'arm-only:1': { os: 'linux', architecture: 'arm64' }, 'amd:1': { os: 'linux', architecture: 'amd64' } };
  it('flags a base image of another platform than the build', () => {
    expect(hits('InvalidBaseImagePlatform', `FROM arm-only:1`, { images })).toEqual([[1, 'Base image arm-only:1 was pulled with platform "linux/arm64", expected "linux/amd64" for current build']]);
  });
  it('compares with the FROM --platform when there is one', () => {
    expect(hits('InvalidBaseImagePlatform', `FROM --platform=linux/arm64 arm-only:1`, { images })).toEqual([]);
    expect(hits('InvalidBaseImagePlatform', `FROM --platform=linux/arm64 amd:1`, { images })).toEqual([[1, 'Base image amd:1 was pulled with platform "linux/amd64", expected "linux/arm64" for current build']]);
  });
  it('says nothing when the image matches or its platform is unknown', () => {
    expect(hits('InvalidBaseImagePlatform', `FROM amd:1\nFROM ${B}`, { images })).toEqual([]);
  });
});

describe('RedundantTargetPlatform', () => {
  it('flags --platform=$TARGETPLATFORM', () => {
    expect(hits('RedundantTargetPlatform', `FROM --platform=\${TARGETPLATFORM} ${B}`)).toEqual([
      [1, 'Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior'],
    ]);
  });
  it('accepts $BUILDPLATFORM', () => {
    expect(hits('RedundantTargetPlatform', `FROM --platform=$BUILDPLATFORM ${B}`)).toEqual([]);
  });
});

describe('SecretsUsedInArgOrEnv', () => {
  it('flags ARG and ENV names that look like credentials', () => {
    expect(hits('SecretsUsedInArgOrEnv', `FROM ${B}\nARG NPM_TOKEN\nENV DB_PASSWORD=x aws_secret_key=y`)).toEqual([
      [2, 'Do not use ARG or ENV instructions for sensitive data (ARG "NPM_TOKEN")'],
      [3, 'Do not use ARG or ENV instructions for sensitive data (ENV "DB_PASSWORD")'],
      [3, 'Do not use ARG or ENV instructions for sensitive data (ENV "aws_secret_key")'],
    ]);
  });
  it('accepts harmless names and the allow-listed ones', () => {
    expect(hits('SecretsUsedInArgOrEnv', `FROM ${B}\nARG KEYBOARD\nENV PUBLIC_KEY=x TOKEN_FILE=/run/t GPG_KEY_VERSION=2 MONKEY=1`)).toEqual([]);
  });
});

describe('InvalidDefaultArgInFrom', () => {
  it('flags a FROM that is empty or invalid with the ARG defaults', () => {
    expect(hits('InvalidDefaultArgInFrom', `ARG TAG\nFROM alpine:\${TAG}\nARG IMAGE\nFROM $IMAGE`)).toEqual([
      [2, 'Default value for ARG alpine:${TAG} results in empty or invalid base image name'],
      [4, 'Default value for ARG $IMAGE results in empty or invalid base image name'],
    ]);
  });
  it('accepts ARGs with defaults', () => {
    expect(hits('InvalidDefaultArgInFrom', `ARG TAG=3.20\nFROM alpine:\${TAG}\nFROM scratch`)).toEqual([]);
  });
});

describe('FromPlatformFlagConstDisallowed', () => {
  it('flags a constant --platform', () => {
    expect(hits('FromPlatformFlagConstDisallowed', `FROM --platform=linux/amd64 ${B} AS build`)).toEqual([[1, 'FROM --platform flag should not use constant value "linux/amd64"']]);
  });
  it('accepts a variable, or a stage named after the platform', () => {
    expect(hits('FromPlatformFlagConstDisallowed', `FROM --platform=$BUILDPLATFORM ${B} AS build\nFROM --platform=linux/arm64 ${B} AS build-arm64`)).toEqual([]);
  });
});

describe('CopyIgnoredFile (experimental)', () => {
  const t = `# check=experimental=CopyIgnoredFile\nFROM ${B} AS deps\nFROM ${B}\nCOPY node_modules/lib ./lib\nADD secrets.env /etc/\nCOPY --from=deps /node_modules /x`;
  it('flags a context source that .dockerignore excludes', () => {
    expect(hits('CopyIgnoredFile', t, { dockerignore: '# deps\nnode_modules\n*.env\n' })).toEqual([
      [4, 'Attempting to Copy file "node_modules/lib" that is excluded by .dockerignore'],
      [5, 'Attempting to Add file "secrets.env" that is excluded by .dockerignore'],
    ]);
  });
  it('accepts sources that are not ignored, and gives up when .dockerignore has exceptions', () => {
    expect(hits('CopyIgnoredFile', t, { dockerignore: 'dist\n' })).toEqual([]);
    expect(hits('CopyIgnoredFile', t, { dockerignore: 'node_modules\n!node_modules/lib\n' })).toEqual([]);
  });
  it('is off unless the experimental rule is enabled', () => {
    expect(hits('CopyIgnoredFile', t.split('\n').slice(1).join('\n'), { dockerignore: 'node_modules\n' })).toEqual([]);
  });
});

describe('InvalidDefinitionDescription (experimental)', () => {
  it('flags a comment above a named FROM or an ARG that does not start with its name', () => {
    const t = `# check=experimental=InvalidDefinitionDescription\n# bar this is the bar\nARG foo=bar\n# BasE this is the BasE image\nFROM scratch AS base\n# two args\nARG a b`;
    expect(hits('InvalidDefinitionDescription', t)).toEqual([
      [3, 'Comment for ARG should follow the format: `# foo <description>`'],
      [5, 'Comment for FROM should follow the format: `# base <description>`'],
      [7, 'Comment for ARG should follow the format: `# <arg_key> <description>`'],
    ]);
  });
  it('accepts descriptions, and comments set apart by a blank line or an empty comment', () => {
    const t = `# check=experimental=all\n# foo this is the foo\nARG foo=bar\n# unrelated\n\nFROM scratch AS base\n# unrelated\n#\nARG version=1\n# base2 the second stage\nFROM scratch AS base2`;
    expect(hits('InvalidDefinitionDescription', t)).toEqual([]);
  });
  it('is off unless the experimental rule is enabled', () => {
    expect(hits('InvalidDefinitionDescription', `# a comment\nFROM scratch AS base`)).toEqual([]);
  });
});

describe('ExposeProtoCasing', () => {
  it('flags an uppercase protocol', () => {
    expect(hits('ExposeProtoCasing', `FROM ${B}\nEXPOSE 80/TCP 53/udp`)).toEqual([[2, "Defined protocol '80/TCP' in EXPOSE instruction should be lowercase"]]);
  });
  it('accepts lowercase protocols', () => {
    expect(hits('ExposeProtoCasing', `FROM ${B}\nEXPOSE 80/tcp 443`)).toEqual([]);
  });
});

describe('ExposeInvalidFormat', () => {
  it('flags an IP address or a host-port mapping', () => {
    expect(hits('ExposeInvalidFormat', `FROM ${B}\nEXPOSE 127.0.0.1:80:80\nEXPOSE 8080:80`)).toEqual([
      [2, "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'"],
      [3, "EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80'"],
    ]);
  });
  it('accepts ports, ranges and variables', () => {
    expect(hits('ExposeInvalidFormat', `FROM ${B}\nENV PORT=3000\nEXPOSE 80 8000-8010/udp $PORT`)).toEqual([]);
  });
});

describe('line ranges', () => {
  it('spans continuation lines and heredocs', () => {
    expect(hits('UndefinedVar', `FROM ${B}\nCOPY \\\n  $missing \\\n  /dst/`)).toEqual([[2, 4, "Usage of undefined variable '$missing'"]]);
    expect(hits('JSONArgsRecommended', `FROM ${B}\nCMD node \\\n  server.js`)).toEqual([[2, 3, 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals']]);
  });
});
