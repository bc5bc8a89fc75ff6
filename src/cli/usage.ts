// Help texts. Kept apart from the parser so the wording can change without touching the rules.

export const MAIN_HELP = `Usage: stagecraft COMMAND

Predict what a real BuildKit build of a Dockerfile produces, without Docker.

Commands:
  build CONTEXT_DIR   Simulate \`docker build\` and print steps, history, config and findings
  lint CONTEXT_DIR    Check the Dockerfile against Docker's Build Checks and hadolint rules

Options:
  -h, --help          Show this help ("stagecraft build --help" for the build options)
      --version       Print the version

Exit codes: 0 the build succeeds, 1 the build fails (the simulated error is printed),
            2 bad command-line input, 3 internal error of the simulator.
`;

export const BUILD_HELP = `Usage: stagecraft build CONTEXT_DIR [OPTIONS]

Simulate \`docker build CONTEXT_DIR\` and report what BuildKit would do and produce.

Options:
  -f, --file FILE                Dockerfile (default CONTEXT_DIR/Dockerfile; "-" reads stdin)
      --target STAGE             Build this stage and the stages it needs
      --build-arg K=V            Set a build argument; "--build-arg K" takes K from the environment
      --secret id=ID,src=FILE    Secret for RUN --mount=type=secret (or id=ID,env=VAR)
      --image NAME=FILE.tar      Use a \`docker save\` tarball as the image NAME (FROM NAME)
      --previous-context DIR     Context of an earlier build: steps are then reported CACHED or
                                 rebuilt with the reason
      --previous-file FILE       Dockerfile of the earlier build (default: the current one)
      --previous-build-arg K=V   Build argument of the earlier build (default: the current ones)
      --json                     Print the result as one JSON document (docs/result-format.md)
  -h, --help                     Show this help

All flags may be repeated where it makes sense (--build-arg, --secret, --image,
--previous-build-arg); giving any --previous-* flag describes an earlier build, and what it
does not describe is taken to be the same as the current build.

Exit codes: 0 the build succeeds, 1 the build fails, 2 bad input, 3 internal error.
`;

export const LINT_HELP = `Usage: stagecraft lint CONTEXT_DIR [OPTIONS]

Check a Dockerfile with the 22 Docker Build Checks (by their names) and hadolint's
multi-stage rules (by their DL codes). \`# check=skip=Rule\` and \`# hadolint ignore=DLxxxx\`
comments are honoured.

Options:
  -f, --file FILE          Dockerfile (default CONTEXT_DIR/Dockerfile; "-" reads stdin)
      --target STAGE       Lint as a build of this stage would (checks run on the stages it needs)
      --build-arg K=V      Build arguments, as for build
      --fail-on LEVEL      Exit 1 when a finding of LEVEL or worse exists: error (default),
                           warning, info or none
      --json               Print the findings as one JSON array
  -h, --help               Show this help

Exit codes: 0 no finding at or above --fail-on, 1 there is one, 2 bad input.
`;
