import { describe, expect, test } from '@jest/globals';
import { parseDockerfile } from './dockerfile.js';
import { HEREDOC_DOCKERFILE, TOOLCHAIN_DOCKERFILE, WINDOWS_DOCKERFILE } from './testing/real-shaped.js';

describe('parseDockerfile', () => {
  test('RUN flags dropped, continuation lines joined with their line count kept, comment lines inside them dropped', () => {
    const [first] = parseDockerfile('Dockerfile', TOOLCHAIN_DOCKERFILE).steps;
    expect(first).toEqual({
      kind: 'run',
      stage: 0,
      line: 5,
      scriptLine: 5,
      script: '\\\n    apt-get update \\\n\\\n && apt-get install -y --no-install-recommends ca-certificates curl git gnupg \\\n && rm -rf /var/lib/apt/lists/*',
    });
  });

  test('exec form is quoted as one command; heredoc bodies are scripts or stdin of the command before them; COPY heredocs are skipped', () => {
    const facts = parseDockerfile('Dockerfile', HEREDOC_DOCKERFILE);
    expect(facts.steps.map((step) => (step.kind === 'run' ? [step.line, step.scriptLine, step.script] : [step.line, step.url, step.output, step.verified]))).toEqual([
      [2, 2, "'/bin/sh' '-c' 'curl -fsSL https://example.org/setup.sh | sh'"],
      [3, 3, "'echo' 'hello' '&&' 'wget' 'http://example.org/file' '-O' '/tmp/file1'"],
      [4, 5, 'set -eux\napt-get update\ncurl -fsSL https://get.docker.com | sh'],
      [9, 9, '<<EOF bash -ex\nnpm install -g pnpm\nEOF'],
      [15, 'https://example.org/verified.sh', '/opt/verified.sh', true],
      [16, 'https://example.org/agent.sh', '/opt/agent.sh', false],
      [17, 17, 'sh /opt/verified.sh'],
      [20, 20, 'sh /opt/agent.sh'],
    ]);
    expect(facts.stageParents).toEqual([undefined, 0]);
    expect(facts.froms.map((from) => from.internal)).toEqual([false, true]);
  });

  test('# escape=` makes the backtick the continuation character', () => {
    const facts = parseDockerfile('Dockerfile', WINDOWS_DOCKERFILE);
    expect(facts.steps[0]).toMatchObject({ line: 4, script: 'choco install -y git \\\n      nodejs-lts --version=20.18.0' });
  });

  test('a continuation line with a long run of spaces inside is read in linear time (no backtracking pattern)', () => {
    // `/\s*$/` tried every position of the run: 200,000 spaces took about half a minute, a megabyte hours.
    const spaces = ' '.repeat(200_000);
    const started = performance.now();
    const facts = parseDockerfile('Dockerfile', `FROM alpine@sha256:${'a'.repeat(64)}\nRUN echo a${spaces}b \\\n  && echo c\n`);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(facts.steps[0]).toMatchObject({ kind: 'run', line: 2, script: `echo a${spaces}b \\\n  && echo c` });
  });
});
