import { describe, expect, test } from '@jest/globals';
import { factsFrom, policy } from '../testing/facts-from-files.js';
import { mayInstall } from '../shell/prefilter.js';
import { unpinnedInstall } from './unpinned-install.js';

function check(run: string) {
  const workflow = `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - name: setup\n        run: |\n${run.split('\n').map((l) => `          ${l}`).join('\n')}\n`;
  return unpinnedInstall.check(factsFrom({ '.github/workflows/b.yml': workflow }), policy()).map((f) => [f.line, f.severity, f.message]);
}

describe('unpinned-install', () => {
  test('npm: install without args prefers npm ci; global installs need an exact version', () => {
    expect(check('npm ci\nnpm install\nnpm i -g typescript@5.6.3\nsudo npm install --global pnpm yarn@^1')).toEqual([
      [9, 'warning', 'npm install may rewrite package-lock.json and install versions nobody reviewed.'],
      [11, 'error', 'npm install -g pnpm installs whatever version is newest at run time.'],
      [11, 'error', 'npm install -g yarn@^1 installs whatever version is newest at run time.'],
    ]);
  });

  test('pip: == pins with --require-hashes pass; bare names and -r without hashes do not', () => {
    expect(check('python -m pip install --upgrade pip\npip install -r requirements.txt --require-hashes\npip3 install -r dev.txt\npip install "black==24.8.0"')).toEqual([
      [8, 'error', 'pip install pip installs whatever version is newest at run time.'],
      [10, 'warning', 'pip install -r dev.txt without --require-hashes trusts whatever the index serves for each version.'],
      [11, 'warning', 'pip install black==24.8.0 pins the version but not its content.'],
    ]);
  });

  test('curl | sh, wget -O- | bash, bash <(curl) and sh -c "$(curl)" across continuations', () => {
    expect(check('curl -fsSL https://get.example.dev \\\n  | sudo -E bash -\nwget -qO- https://x.io/i.sh | sh\nbash <(curl -s https://y.io/i.sh)\nsh -c "$(curl -fsSL https://z.io/i.sh)"\ncurl -fsSLO https://x.io/tool.tgz && sha256sum -c tool.sha256')).toEqual([
      [8, 'error', 'curl output is piped into bash: whatever the server returns today runs with the job\'s permissions.'],
      [10, 'error', 'wget output is piped into sh: whatever the server returns today runs with the job\'s permissions.'],
      [11, 'error', 'bash runs a script fetched at run time (curl): its content is not pinned.'],
      [12, 'error', 'sh runs a script fetched at run time (curl): its content is not pinned.'],
    ]);
  });

  test('go install @latest or without version, gem install without -v', () => {
    expect(check('go install golang.org/x/tools/cmd/goimports@latest\ngo install honnef.co/go/tools/cmd/staticcheck@v0.5.1\ngem install bundler\ngem install rake -v 13.2.1')).toEqual([
      [8, 'error', 'go install golang.org/x/tools/cmd/goimports@latest follows a moving version.'],
      [10, 'error', 'gem install bundler installs whatever version is newest at run time.'],
    ]);
  });

  test('text that only mentions installs is not a finding', () => {
    expect(check('echo "run npm install to set up"\ncat <<EOF > README\npip install foo\nEOF\n# curl x | sh')).toEqual([]);
  });
});

describe('unpinned-install prefilter', () => {
  test('quoting and escaping cannot hide a tool from it; scripts without any tool skip the tokenizer', () => {
    for (const script of ["n'p'm install -g x", 'n\\pm i', '"pip" install requests', 'cu\\\nrl -s https://x | sh', '/usr/bin/go install x@latest']) {
      expect(mayInstall(script)).toBe(true);
    }
    expect(mayInstall('make test\necho "done" > out.txt')).toBe(false);
  });
});
