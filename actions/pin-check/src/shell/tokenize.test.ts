import { describe, expect, test } from '@jest/globals';
import { tokenizeShell } from './tokenize.js';

const words = (script: string) => tokenizeShell(script).map((c) => c.words);

describe('tokenizeShell', () => {
  test('splits on &&, ||, ;, & and newlines; keeps pipelines together', () => {
    const commands = tokenizeShell('npm ci && npm test || echo failed; curl -fsSL https://x.sh | sudo bash\nmake &');
    expect(commands.map((c) => c.words)).toEqual([['npm', 'ci'], ['npm', 'test'], ['echo', 'failed'], ['curl', '-fsSL', 'https://x.sh'], ['sudo', 'bash'], ['make']]);
    expect(commands[3]!.pipeline).toBe(commands[4]!.pipeline);
    expect(commands[2]!.pipeline).not.toBe(commands[3]!.pipeline);
  });

  test('follows line continuations and reports the line each command starts on', () => {
    const commands = tokenizeShell('echo start\npip install \\\n  requests \\\n  flask\nnpm ci\n');
    expect(commands.map((c) => [c.line, c.words])).toEqual([[0, ['echo', 'start']], [1, ['pip', 'install', 'requests', 'flask']], [4, ['npm', 'ci']]]);
  });

  test('removes quotes, keeps substitutions and expressions as one word', () => {
    expect(words(`echo 'a b' "c \\"d\\"" $(curl -s "x y") \${{ matrix.node }}`)).toEqual([['echo', 'a b', 'c "d"', '$(curl -s "x y")', '${{ matrix.node }}']]);
    expect(words('bash <(curl -sL https://x.io/i.sh)')).toEqual([['bash', '<(curl -sL https://x.io/i.sh)']]);
  });

  test('comments are dropped, but # inside a word is not a comment', () => {
    expect(words('npm i -g x # pinned later\necho a#b')).toEqual([['npm', 'i', '-g', 'x'], ['echo', 'a#b']]);
  });

  test('redirections and their targets are not arguments; 2>&1 does not split the command', () => {
    expect(words('npm install > log.txt 2>&1 | tee out')).toEqual([['npm', 'install'], ['tee', 'out']]);
  });

  test('heredoc bodies are text, not commands', () => {
    const commands = tokenizeShell('cat <<EOF > script.sh\nnpm install -g evil\nEOF\ngo install x@latest\n');
    expect(commands.map((c) => [c.line, c.words])).toEqual([[0, ['cat']], [3, ['go', 'install', 'x@latest']]]);
  });
});
