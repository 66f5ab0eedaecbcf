// Deterministic corpus of realistic GitHub workflow files for the pin-check bench.
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

export function generateCorpus(directory, count, seed = 42) {
  const random = prng(seed);
  mkdirSync(join(directory, '.github', 'workflows'), { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = workflow(random, i);
    bytes += text.length;
    writeFileSync(join(directory, '.github', 'workflows', `wf-${String(i).padStart(4, '0')}.yml`), text);
  }
  return bytes;
}
