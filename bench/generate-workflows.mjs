// Deterministic corpus for the pin-check bench: workflows shaped like public projects' CI, with
// Dockerfiles and shell scripts beside them (all three are what pin-check reads).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function prng(seed) {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

const ACTIONS = ['actions/checkout', 'actions/setup-node', 'actions/setup-python', 'actions/cache', 'actions/upload-artifact', 'docker/build-push-action', 'github/codeql-action/analyze', 'codecov/codecov-action'];
const RUNS = [
  'npm ci\nnpm run build --if-present\nnpm test -- --ci',
  'python -m pip install --upgrade pip\npip install -r requirements.txt\npytest -q --junitxml=reports/junit.xml',
  'curl -fsSL https://get.example.dev/install.sh | bash',
  'go install golang.org/x/tools/cmd/goimports@latest\ngo test ./... -race -coverprofile=coverage.out',
  'echo "version=$(git describe --tags)" >> "$GITHUB_OUTPUT"',
  'docker build -t app:${{ github.sha }} . \\\n  --build-arg NODE_VERSION=20 \\\n  --label org.opencontainers.image.revision=${{ github.sha }}',
  'cat <<EOF > config.json\n{"env": "ci", "retries": 3}\nEOF\nnpm install -g pnpm',
];

export function workflow(random, index) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const lines = [`name: pipeline-${index}`, 'on:', '  push:', '    branches: [main, "release/**"]', '  pull_request:', 'permissions:', '  contents: read', 'env:', '  FORCE_COLOR: "1"', 'jobs:'];
  const jobs = 1 + Math.floor(random() * 3);
  for (let j = 0; j < jobs; j++) {
    lines.push(`  job-${j}:`, `    name: Job ${j} (\${{ matrix.os }})`, '    runs-on: ${{ matrix.os }}', '    timeout-minutes: 30', '    strategy:', '      fail-fast: false', '      matrix:', '        os: [ubuntu-latest, macos-latest]', '        node: [18, 20, 22]');
    if (random() < 0.2) lines.push('    services:', '      redis:', `        image: ${random() < 0.5 ? 'redis:7' : 'redis@sha256:' + 'a'.repeat(64)}`, '        ports: ["6379:6379"]');
    lines.push('    steps:');
    const steps = 3 + Math.floor(random() * 8);
    for (let s = 0; s < steps; s++) {
      if (random() < 0.5) {
        const ref = random() < 0.4 ? `${'0123456789abcdef'.repeat(3).slice(0, 40)} # v4.1.${s}` : pick(['v4', 'v3.2.1', 'main']);
        lines.push(`      - name: Step ${s}`, `        uses: ${pick(ACTIONS)}@${ref}`, '        with:', `          key: cache-\${{ runner.os }}-\${{ hashFiles('**/package-lock.json') }}-${s}`, '          path: |', '            ~/.npm', '            node_modules');
      } else {
        lines.push(`      - name: Run ${s}`, '        shell: bash', '        run: |', ...pick(RUNS).split('\n').map((l) => `          ${l}`), '        env:', '          NODE_OPTIONS: --max-old-space-size=4096');
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

const BASES = ['node:20-bookworm-slim', 'python:3.12-slim', 'golang:1.23-alpine', `debian:bookworm-slim@sha256:${'c'.repeat(64)}`, 'ubuntu:24.04'];
const DOCKER_RUNS = [
  'apt-get update \\\n && apt-get install -y --no-install-recommends ca-certificates curl git \\\n && rm -rf /var/lib/apt/lists/*',
  'curl -fsSL https://deb.nodesource.com/setup_20.x | bash -',
  'pip install --no-cache-dir -r requirements.txt',
  'npm ci --omit=dev && npm cache clean --force',
  'go build -trimpath -ldflags "-s -w" -o /out/app ./cmd/app',
  'curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.31.2/bin/linux/amd64/kubectl \\\n && echo "$KUBECTL_SHA256  /usr/local/bin/kubectl" | sha256sum -c - \\\n && chmod +x /usr/local/bin/kubectl',
  '["/bin/sh", "-c", "echo building && make release"]',
  'groupadd --system app && useradd --system --gid app --home /app app',
];

/** A multi-stage Dockerfile: a build stage, a runtime stage, RUN lines with continuations, sometimes a heredoc. */
export function dockerfile(random, index) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const lines = ['# syntax=docker/dockerfile:1.7', `ARG BASE=${pick(BASES)}`, 'FROM ${BASE} AS build', 'WORKDIR /src', 'COPY . .'];
  const runs = 2 + Math.floor(random() * 5);
  for (let r = 0; r < runs; r++) lines.push(`RUN ${pick(DOCKER_RUNS)}`);
  if (random() < 0.3) lines.push('RUN <<EOF', 'set -eux', 'make test', 'make dist', 'EOF');
  lines.push('', `FROM ${pick(BASES)} AS runtime`, `LABEL org.opencontainers.image.title="service-${index}"`, 'COPY --from=build /out/app /usr/local/bin/app', `RUN ${pick(DOCKER_RUNS)}`, 'USER app', 'ENTRYPOINT ["/usr/local/bin/app"]');
  return `${lines.join('\n')}\n`;
}

const SCRIPT_BODIES = [
  'log() { printf "[%s] %s\\n" "$(date -u +%H:%M:%S)" "$*" >&2; }\nlog "installing tools"',
  'for dir in packages/*; do\n  (cd "$dir" && npm ci && npm run build)\ndone',
  'case "${1:-build}" in\n  build) make build ;;\n  test) go test ./... -race ;;\n  *) echo "usage: $0 build|test" >&2; exit 2 ;;\nesac',
  'curl -fsSLo /tmp/install.sh https://get.example.dev/install.sh\nbash /tmp/install.sh --prefix "$HOME/.local"',
  'pip install --require-hashes -r requirements/ci.txt\npython -m pytest -q',
  'if ! command -v golangci-lint >/dev/null; then\n  go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.61.0\nfi',
  'cat > config.json <<EOF\n{"env": "${ENVIRONMENT:-ci}", "retries": 3}\nEOF',
  'VERSION=$(git describe --tags --always)\necho "version=$VERSION" >> "$GITHUB_OUTPUT"',
  'gem install bundler -v 2.5.22\nbundle install --jobs 4 --retry 3',
];

/** A CI shell script: a shebang, strict mode, functions, loops, downloads and installs. */
export function script(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const parts = ['#!/usr/bin/env bash', '# Part of the release tooling; run from the repository root.', 'set -euo pipefail', 'cd "$(dirname "$0")/.."', ''];
  const bodies = 3 + Math.floor(random() * 5);
  for (let b = 0; b < bodies; b++) parts.push(pick(SCRIPT_BODIES), '');
  return `${parts.join('\n')}\n`;
}

/** `count` workflows, with 200 Dockerfiles and 200 scripts (a fifth of them without an extension, found by their shebang). */
export function generateCorpus(directory, count, seed = 42, others = 200) {
  const random = prng(seed);
  mkdirSync(join(directory, '.github', 'workflows'), { recursive: true });
  let bytes = 0;
  const write = (path, text) => {
    mkdirSync(join(directory, path, '..'), { recursive: true });
    writeFileSync(join(directory, path), text);
    bytes += text.length;
  };
  for (let i = 0; i < count; i++) write(join('.github', 'workflows', `wf-${String(i).padStart(4, '0')}.yml`), workflow(random, i));
  for (let i = 0; i < others; i++) write(join('services', `svc-${String(i).padStart(3, '0')}`, 'Dockerfile'), dockerfile(random, i));
  for (let i = 0; i < others; i++) write(i % 5 === 4 ? join('bin', `tool-${String(i).padStart(3, '0')}`) : join('scripts', `task-${String(i).padStart(3, '0')}.sh`), script(random));
  return bytes;
}

/**
 * References as large projects use them, most used first: a few actions
 * everywhere (checkout in most jobs), a long tail used once or twice. Shape
 * measured on 71 workflows of five large open-source projects (2026): about
 * 200 tag/branch references to some 25 distinct actions, 290 SHA pins with
 * version comments, installs in run steps.
 */
const POPULAR = [
  ['actions/checkout@v4', 50], ['Swatinem/rust-cache@v2', 40], ['dtolnay/rust-toolchain@stable', 35], ['taiki-e/install-action@v2', 20],
  ['dtolnay/rust-toolchain@master', 8], ['actions/setup-python@v5', 7], ['actions/setup-node@v4', 6], ['actions/upload-artifact@v4', 5],
  ['actions/cache@v4', 4], ['vmactions/freebsd-vm@v1', 3], ['taiki-e/setup-cross-toolchain-action@v1', 3], ['actions/github-script@v7', 2],
  ['obi1kenobi/cargo-semver-checks-action@v2', 2], ['EmbarkStudios/cargo-deny-action@v2', 2], ['taiki-e/install-action@cargo-hack', 2],
  ['actions/download-artifact@v4', 2], ['actions/labeler@v5', 1], ['gabrielfalcao/pyenv-action@v13', 1], ['dtolnay/rust-toolchain@nightly', 1],
  ['actions/upload-artifact/merge@v4', 1], ['taiki-e/cache-cargo-install-action@v2', 1], ['docker/setup-buildx-action@v3', 1],
];
const BENIGN_RUNS = ['cargo test --workspace --all-features', 'cargo clippy --all-targets -- -D warnings', 'pnpm run build\npnpm test', 'npx playwright test --shard=${{ matrix.shard }}', 'python -m mypy --config-file mypy_self_check.ini -p mypy', 'git diff --exit-code'];
const PINNED = ['actions/checkout', 'actions/setup-node', 'pnpm/action-setup', 'actions/cache', 'actions/upload-artifact', 'actions/download-artifact', 'github/codeql-action/analyze', 'microsoft/playwright-github-action'];

/**
 * A repository's `.github/workflows` shaped like a large project's (see
 * POPULAR): `workflows` files, the popular references spread over them with
 * their measured frequencies, SHA pins and run steps in between.
 * Deterministic for a seed. Returns the files written.
 */
export function generateRepositoryWorkflows(directory, workflows = 75, seed = 7) {
  const random = prng(seed);
  const uses = POPULAR.flatMap(([reference, count]) => Array.from({ length: count }, () => reference));
  const sha = (n) => (n.toString(16).padStart(8, '0').repeat(5)).slice(0, 40);
  const files = Array.from({ length: workflows }, (_, index) => [`name: workflow-${index}`, 'on: [push, pull_request]', 'permissions:', '  contents: read', 'jobs:']);
  const steps = files.map(() => []);
  // Every popular use lands in some workflow; SHA pins (about 1.5 per tag use) and run steps fill each file.
  for (const reference of uses) steps[Math.floor(random() * workflows)].push(`      - uses: ${reference}`);
  for (let pin = 0; pin < Math.round(uses.length * 1.5); pin++) {
    steps[Math.floor(random() * workflows)].push(`      - uses: ${PINNED[Math.floor(random() * PINNED.length)]}@${sha(pin + 1)} # v4.${pin % 9}.${pin % 5}`);
  }
  // Most run steps build and test; about one in six installs something (the real corpus had 22 unpinned installs).
  for (let run = 0; run < workflows * 3; run++) {
    const pool = random() < 0.16 ? RUNS : BENIGN_RUNS;
    const script = pool[Math.floor(random() * pool.length)].split('\n');
    steps[Math.floor(random() * workflows)].push('      - shell: bash', '        run: |', ...script.map((line) => `          ${line}`));
  }
  mkdirSync(join(directory, '.github', 'workflows'), { recursive: true });
  const written = [];
  files.forEach((lines, index) => {
    const body = steps[index].length ? steps[index] : ['      - run: echo nothing to do'];
    const name = join('.github', 'workflows', `workflow-${String(index).padStart(3, '0')}.yml`);
    writeFileSync(join(directory, name), [...lines, '  build:', '    runs-on: ubuntu-latest', '    steps:', ...body, ''].join('\n'));
    written.push(name);
  });
  return written;
}
