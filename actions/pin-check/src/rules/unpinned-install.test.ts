import { describe, expect, test } from '@jest/globals';
import { checkRepository } from '../definition.js';
import { factsFrom, policy } from '../testing/facts-from-files.js';
import { CI_BOOTSTRAP, HEREDOC_DOCKERFILE, INSTALL_SH, RELEASE_WORKFLOW, TOOLCHAIN_DOCKERFILE, WINDOWS_DOCKERFILE } from '../testing/real-shaped.js';
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

describe('unpinned-install over every place a script hides', () => {
  const facts = factsFrom({
    Dockerfile: TOOLCHAIN_DOCKERFILE,
    'scripts/install.sh': INSTALL_SH,
    'windows/Dockerfile': WINDOWS_DOCKERFILE,
    'build/heredoc.Dockerfile': HEREDOC_DOCKERFILE,
    '.github/workflows/release.yml': RELEASE_WORKFLOW,
    'ci/bootstrap': CI_BOOTSTRAP,
  });
  const found = (file: string) => unpinnedInstall.check(facts, policy()).filter((f) => f.file === file).map((f) => [f.line, f.message.split(':')[0]!.split(' runs ')[0]]);

  test('a Dockerfile with six installers piped into a shell: each RUN line, continuations and comments followed; content-pinned ones pass', () => {
    expect(found('Dockerfile')).toEqual([
      [10, 'curl output is piped into bash'],
      [11, 'curl output is piped into sh'],
      [12, 'curl output is piped into sh'],
      [13, 'curl output is piped into sh'],
      [14, 'wget output is piped into bash'],
      [15, 'curl output is piped into sh'],
    ]);
  });

  test('the install.sh beside it is read as a script: downloads run by path, by variable, by name from PATH; verified ones pass', () => {
    expect(found('scripts/install.sh')).toEqual([
      [8, 'kubectl version --client'],
      [13, '$HELM_INSTALLER'],
      [21, 'pip install awscli installs whatever version is newest at run time.'],
    ]);
  });

  test('heredocs, exec form, ADD in one stage run in the stage built FROM it; COPY heredocs are text', () => {
    expect(found('build/heredoc.Dockerfile')).toEqual([
      [2, 'curl output is piped into sh'],
      [7, 'curl output is piped into sh'],
      [10, 'npm install -g pnpm installs whatever version is newest at run time.'],
      [20, 'sh /opt/agent.sh'],
    ]);
  });

  test('Windows images: backtick continuations, Chocolatey', () => {
    expect(found('windows/Dockerfile')).toEqual([[6, 'choco install wixtoolset installs whatever version is newest at run time.']]);
  });

  test('a workflow: downloaded in one step and run in the next of the same job only; nested shells; python steps are not shell', () => {
    expect(found('.github/workflows/release.yml')).toEqual([
      [15, 'sh install-golangci.sh -b $(go env GOPATH)/bin v1.61.0'],
      [19, 'go install golang.org/x/vuln/cmd/govulncheck@latest follows a moving version.'],
      [20, 'curl output is piped into sh'],
      [21, 'eval'],
    ]);
  });

  test('a script a step runs is read even without an extension or shebang', () => {
    expect(found('ci/bootstrap')).toEqual([[2, 'npm install -g @angular/cli installs whatever version is newest at run time.']]);
  });

  test('apt-get install without =version is the optional unpinned-os-package rule, off by default', () => {
    expect(unpinnedInstall.check(facts, policy()).some((f) => f.message.includes('apt-get'))).toBe(false);
    expect(checkRepository(facts, policy()).some((f) => f.ruleId === 'unpinned-os-package')).toBe(false);
    const enabled = checkRepository(facts, policy({ rules: { 'unpinned-os-package': 'warning' } })).filter((f) => f.ruleId === 'unpinned-os-package');
    expect(enabled.map((f) => [f.file, f.line, f.severity])).toEqual([
      ['Dockerfile', 8, 'warning'], ['Dockerfile', 8, 'warning'], ['Dockerfile', 8, 'warning'], ['Dockerfile', 8, 'warning'],
    ]);
    expect(enabled[1]!.message).toBe('apt-get install curl installs whatever version the mirror has at run time.');
  });
});
