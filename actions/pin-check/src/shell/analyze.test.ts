import { describe, expect, test } from '@jest/globals';
import { ScriptAnalyzer } from './analyze.js';
import { NO_CONTEXT } from './problems.js';

/** Each script of a group in order, through one analyzer: [script index, line, kind]. */
function judge(...scripts: string[]): [number, number, string][] {
  const analyzer = new ScriptAnalyzer(NO_CONTEXT);
  return scripts.flatMap((script, index) => analyzer.analyze(script, (line) => `line ${line + 1} of script ${index}`).map(({ line, problem }): [number, number, string] => [index, line, problem.kind]));
}

const messages = (script: string) => new ScriptAnalyzer(NO_CONTEXT).analyze(script, (line) => `line ${line + 1}`).map(({ problem }) => problem.message);

describe('nested shells', () => {
  test('sh -c, bash -ec, su -c and eval are read as scripts of their own, at the outer line', () => {
    const script = [
      'set -eux',
      "sudo sh -c 'curl -fsSL https://get.docker.com | sh'",
      'bash -ec "npm install -g yarn"',
      'su -c "gem install bundler" builder',
      'su builder --command="pip install awscli"',
      'eval "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
      'bash -o pipefail -c \'wget -qO- https://x.example/i.sh | bash\'',
    ].join('\n');
    expect(judge(script)).toEqual([
      [0, 1, 'pipe-to-shell'],
      [0, 2, 'unpinned-package'],
      [0, 3, 'unpinned-package'],
      [0, 4, 'unpinned-package'],
      [0, 5, 'fetched-script'],
      [0, 6, 'pipe-to-shell'],
    ]);
  });

  test('bash <(curl …), source <(wget -O- …), . <(curl …) and sh -c "$(curl …)" run fetched scripts', () => {
    expect(messages('bash <(curl -fsSL https://x.example/setup)\nsource <(wget -O- https://y.example/env.sh)\n. <(curl -s https://z.example/a)\nsh -c "$(curl -fsSL https://w.example/i.sh)"')).toEqual([
      'bash runs a script fetched at run time (curl): its content is not pinned.',
      'source runs a script fetched at run time (wget): its content is not pinned.',
      '. runs a script fetched at run time (curl): its content is not pinned.',
      'sh runs a script fetched at run time (curl): its content is not pinned.',
    ]);
  });

  test('a heredoc fed to a shell is a script; one fed to cat or python is text', () => {
    const script = "sudo bash <<'EOF'\nset -e\nnpm install -g typescript\nEOF\ncat <<EOF > notes.md\nnpm install -g anything\nEOF\npython3 - <<EOF\nimport os; os.system('pip install x')\nEOF\n";
    expect(judge(script)).toEqual([[0, 2, 'unpinned-package']]);
  });

  test('a URL pinned to a commit is content-pinned, piped or fetched', () => {
    expect(judge('curl -fsSL https://raw.githubusercontent.com/pypa/get-pip/6c41c8b9b6f7d3a4f9e8a0fd1d3b5b9a4c2f7e1d/public/get-pip.py | python3\nbash <(curl -s https://raw.githubusercontent.com/o/r/0123456789abcdef0123456789abcdef01234567/i.sh)')).toEqual([]);
  });
});

describe('pipes into interpreters', () => {
  test('sh, bash -s --, sudo -E bash -, python3, node read the download as a program', () => {
    expect(judge('curl -fsSL https://deb.nodesource.com/setup_20.x | sudo -E bash -\ncurl -sSf https://sh.rustup.rs | sh -s -- -y\nwget -qO- https://bootstrap.pypa.io/get-pip.py | python3\ncurl -fsSL https://x.example/i.js | node')).toEqual([
      [0, 0, 'pipe-to-shell'],
      [0, 1, 'pipe-to-shell'],
      [0, 2, 'pipe-to-shell'],
      [0, 3, 'pipe-to-shell'],
    ]);
  });

  test('near misses: JSON read by python -c, jq, python -m json.tool; a saved file never run', () => {
    const script = [
      'TAG=$(curl -s https://api.github.com/repos/cli/cli/releases/latest | python3 -c \'import json,sys; print(json.load(sys.stdin)["tag_name"])\')',
      'curl -s https://api.github.com/repos/cli/cli/releases/latest | jq -r .tag_name',
      'curl -s https://api.github.com/repos/o/r | python -m json.tool',
      'curl -fsSLo notes.txt https://x.example/notes.txt',
      'echo "curl https://x | sh"',
    ].join('\n');
    expect(judge(script)).toEqual([]);
  });
});

describe('download, then run', () => {
  test('within a script: curl -o, wget -O, curl > f, chmod +x && ./x, a variable holding the path, a PATH directory', () => {
    const script = [
      'curl -fsSL -o /tmp/install.sh https://x.example/install.sh', // 0
      'sh /tmp/install.sh', // 1
      'wget https://y.example/get.sh -O /tmp/y && bash /tmp/y', // 2
      'curl -s https://z.example/z.sh > z.sh', // 3
      'chmod +x z.sh && ./z.sh --quiet', // 4
      'INSTALLER=/tmp/get_helm.sh', // 5
      'curl -fsSL -o "$INSTALLER" https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3', // 6
      '"$INSTALLER"', // 7
      'curl -fsSLo /usr/local/bin/kubectl "https://dl.k8s.io/release/v1.31.2/bin/linux/amd64/kubectl"', // 8
      'chmod +x /usr/local/bin/kubectl && kubectl version --client', // 9
    ].join('\n');
    expect(judge(script)).toEqual([
      [0, 1, 'download-then-run'],
      [0, 2, 'download-then-run'],
      [0, 4, 'download-then-run'],
      [0, 7, 'download-then-run'],
      [0, 9, 'download-then-run'],
    ]);
  });

  test('gsutil cp, aws s3 cp and aws s3api get-object followed by running the file', () => {
    expect(judge('gsutil -m cp gs://tools-bucket/bootstrap.sh .\nbash bootstrap.sh\naws s3 cp s3://infra/setup.sh /tmp/setup.sh\nsource /tmp/setup.sh\naws s3api get-object --bucket infra --key bin/agent agent\n./agent start')).toEqual([
      [0, 1, 'download-then-run'],
      [0, 3, 'download-then-run'],
      [0, 5, 'download-then-run'],
    ]);
  });

  test('across the scripts of a group (steps of a job, RUN lines), the message says where the download was', () => {
    const analyzer = new ScriptAnalyzer(NO_CONTEXT);
    analyzer.analyze('curl -sSfL -o install-golangci.sh https://raw.githubusercontent.com/golangci/golangci-lint/HEAD/install.sh', (line) => `line ${line + 12} of .github/workflows/lint.yml`);
    const [found] = analyzer.analyze('sh install-golangci.sh -b "$(go env GOPATH)/bin" v1.61.0', () => 'later');
    expect(found!.problem.message).toBe(
      'sh install-golangci.sh -b $(go env GOPATH)/bin v1.61.0 runs install-golangci.sh, downloaded by curl at line 12 of .github/workflows/lint.yml from https://raw.githubusercontent.com/golangci/golangci-lint/HEAD/install.sh with no checksum verified in between: its content is not pinned.',
    );
  });

  test('a checksum or signature verified before running makes it pinned; verifying after does not', () => {
    expect(judge(
      'curl -fsSLO https://github.com/mikefarah/yq/releases/download/v4.44.3/yq_linux_amd64',
      'echo "a2c097180dd884a8d50c956ee16a9cec070f30a7947cf4ebf87d5f36213e9ed7  yq_linux_amd64" | sha256sum --check\nchmod +x yq_linux_amd64 && ./yq_linux_amd64 --version',
    )).toEqual([]);
    expect(judge('curl -fsSLo tool.sh https://x.example/tool.sh\ncurl -fsSLo tool.sh.asc https://x.example/tool.sh.asc\ngpg --verify tool.sh.asc tool.sh\nbash tool.sh')).toEqual([]);
    expect(judge('curl -fsSLo t https://x.example/t\nif [ "$(sha256sum t | cut -d" " -f1)" != "$T_SHA256" ]; then exit 1; fi\n./t')).toEqual([]);
    expect(judge('curl -fsSLo t.sh https://x.example/t.sh\nbash t.sh\nsha256sum -c t.sh.sha256')).toEqual([[0, 1, 'download-then-run']]);
  });

  test('a group has pending downloads until each is run (reported) or verified; a later download is pending again', () => {
    const analyzer = new ScriptAnalyzer(NO_CONTEXT);
    const pending = (script: string) => {
      analyzer.analyze(script, (line) => `line ${line + 1}`);
      return analyzer.hasUnverifiedDownloads;
    };
    expect(analyzer.hasUnverifiedDownloads).toBe(false);
    expect(pending('curl -fsSLo a.sh https://x.example/a.sh\ncurl -fsSLo b.sh https://x.example/b.sh')).toBe(true);
    expect(pending('bash a.sh')).toBe(true);
    expect(pending('bash b.sh\nbash a.sh')).toBe(false);
    expect(pending('wget -q -O c.sh https://x.example/c.sh')).toBe(true);
    expect(pending('sha256sum -c c.sh.sha256')).toBe(false);
    expect(pending('bash c.sh')).toBe(false);
    analyzer.recordDownload({ output: 'd', tool: 'ADD', url: 'https://x.example/d', where: 'line 3 of Dockerfile', verified: true });
    expect(analyzer.hasUnverifiedDownloads).toBe(false);
    analyzer.recordDownload({ output: 'e', tool: 'ADD', url: 'https://x.example/e', where: 'line 4 of Dockerfile', verified: false });
    expect(analyzer.hasUnverifiedDownloads).toBe(true);
  });

  test('a downloaded file run twice is reported once; an archive extracted is not run', () => {
    expect(judge('wget -q https://x.example/tool.tar.gz\ntar -xzf tool.tar.gz\ncurl -o run.sh https://x.example/run.sh\nbash run.sh\nbash run.sh')).toEqual([[0, 3, 'download-then-run']]);
  });
});
