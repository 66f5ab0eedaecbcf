import { describe, expect, test } from '@jest/globals';
import { baseName, effectiveWords } from '../command-words.js';
import type { PackageContext } from '../problems.js';
import { tokenizeShell } from '../tokenize.js';
import { packageProblems } from './index.js';

const REPOSITORY: PackageContext = { npmDependencies: new Set(['prettier', 'typescript', '@vercel/ncc']), hasGoModule: false };

/** The problem kinds of one command line, as a script would have it. */
function kinds(line: string, context: PackageContext = REPOSITORY): string[] {
  return tokenizeShell(line).flatMap((command) => {
    const words = effectiveWords(command.words);
    return packageProblems(baseName(words[0] ?? ''), words, context).map((problem) => problem.kind);
  });
}

/** [command, kinds it must report]: each table mixes what fires with the near misses that must not. */
const CASES: Record<string, [string, string[]][]> = {
  'npm, pnpm, yarn, bun and their runners': [
    ['npm install -g npm@latest', ['unpinned-package']],
    ['npm i -g pnpm@9.12.3', []],
    ['npm install-test', ['prefer-lockfile-install']],
    ['npm it', ['prefer-lockfile-install']],
    ['npm install-ci-test', []],
    ['npm ci --ignore-scripts', []],
    ['npm install ./packages/local-plugin', []],
    ['npm install github:octo-org/tool#0123456789abcdef0123456789abcdef01234567', []],
    ['npm install github:octo-org/tool#main', ['unpinned-package']],
    ['npm install git+https://github.com/o/r.git#0123456789abcdef0123456789abcdef01234567', []],
    ['npm install --prefix tools eslint@9.14.0', []],
    ['npx cowsay hello', ['unpinned-package']],
    ['npx --yes @biomejs/biome@1.9.4 check .', []],
    ['npx prettier --check .', []],
    ['npx tsc -p .', []],
    ['npx ncc build src/index.ts', []],
    ['npx -p semantic-release -p @semantic-release/git semantic-release', ['unpinned-package', 'unpinned-package']],
    ['npx --no-install eslint .', []],
    ['npm exec --package=markdownlint-cli2@0.14.0 -- markdownlint-cli2 "**/*.md"', []],
    ['pnpm dlx create-vite my-app', ['unpinned-package']],
    ['pnpm dlx create-vite@5.5.5 my-app', []],
    ['pnpx degit sveltejs/template app', ['unpinned-package']],
    ['yarn dlx @yarnpkg/sdks vscode', ['unpinned-package']],
    ['yarn global add serve', ['unpinned-package']],
    ['pnpm add -g pnpm@9.12.3', []],
    ['bunx eslint-config-prettier', ['unpinned-package']],
    ['yarn install --immutable', []],
  ],
  'pip, uv and pipx': [
    ['python -m pip install --upgrade pip setuptools wheel', ['unpinned-package', 'unpinned-package', 'unpinned-package']],
    ['python2.7 -m pip install virtualenv', ['unpinned-package']],
    ['py -m pip install pywin32', ['unpinned-package']],
    ['pip3.12 install "tox==4.23.2"', ['unhashed-requirements']],
    ['pip install --require-hashes -r requirements/ci.txt', []],
    ['pip install -r requirements.txt', ['unhashed-requirements']],
    ['pip install -e ".[test]"', []],
    ['pip install .', []],
    ['pip install ./vendor/pkg', []],
    ['pip install dist/mypkg-1.0.0-py3-none-any.whl', []],
    ['pip install mypkg-1.0.0.tar.gz', []],
    ['pip install git+https://github.com/psf/black@9f0f5c1d0d8f2a3c1b9a8e7f6d5c4b3a2a1f0e9d#egg=black', []],
    ['pip install git+https://github.com/psf/black@24.10.0', ['unpinned-package']],
    ['pip install -e git+https://github.com/o/r.git#egg=pkg', ['unpinned-package']],
    ['pip install "pkg @ git+https://github.com/o/r@0123456789abcdef0123456789abcdef01234567"', []],
    ['pip install https://files.example/pkg-1.0.tar.gz#sha256=9f0f5c1d0d8f2a3c1b9a8e7f6d5c4b3a2a1f0e9d9f0f5c1d0d8f2a3c1b9a8e7f', []],
    ['pip install --index-url https://pypi.example/simple private-pkg', ['unpinned-package']],
    ['uv pip install --system ruff', ['unpinned-package']],
    ['uv pip install --system -r requirements.txt --require-hashes', []],
    ['uv tool install ruff', ['unpinned-package']],
    ['uv tool install ruff==0.7.3', []],
    ['uvx pre-commit run --all-files', ['unpinned-package']],
    ['uvx ruff@0.7.3 check .', []],
    ['uvx --from "black==24.10.0" black --check .', []],
    ['pipx install poetry', ['unpinned-package']],
    ['pipx install poetry==1.8.4', []],
    ['pipx run --spec black==24.10.0 black --check .', []],
    ['pipx run cowsay', ['unpinned-package']],
    ['python -m venv .venv', []],
    ['python -m pytest -q', []],
  ],
  'go install, go get, go run': [
    ['go install ./cmd/promtool/.', []],
    ['go install ./...', []],
    ['go install /src/tools/cmd/gen', []],
    ['go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.61.0', []],
    ['go install mvdan.cc/gofumpt@v0.0.0-20241104165043-0b0b0b0b0b0b', []],
    ['go install golang.org/x/vuln/cmd/govulncheck@latest', ['unpinned-package']],
    ['go install honnef.co/go/tools/cmd/staticcheck@2024.1.1', ['unpinned-package']],
    ['go install -ldflags "-s -w" github.com/o/tool@0123456789abcdef0123456789abcdef01234567', []],
    ['go install gotest.tools/gotestsum', ['unpinned-package']],
    ['go run github.com/goreleaser/goreleaser/v2@v2.4.4 release --snapshot --clean', []],
    ['go run golang.org/x/tools/cmd/stringer@master -type=Kind', ['unpinned-package']],
    ['go run ./hack/gen.go', []],
    ['go get github.com/stretchr/testify@v1.9.0', []],
    ['go get somerepo.com/org/name@v1.2', ['unpinned-package']],
    ['go get -u ./...', ['unpinned-package']],
    ['go get -d ./...', []],
    ['go build -o bin/app ./cmd/app', []],
  ],
  'gem, cargo': [
    ['gem install bundler -v 2.5.22', []],
    ['gem install bundler --version "~> 2.5"', ['unpinned-package']],
    ['gem i rake', ['unpinned-package']],
    ['gem install ./pkg/my-gem-1.0.0.gem', []],
    ['gem install rails:7.2.1', []],
    ['cargo install cargo-nextest --locked', ['unpinned-package']],
    ['cargo install cargo-deny@0.16.2 --locked', []],
    ['cargo install just --version 1.36.0', ['unlocked-dependencies']],
    ['cargo install --path . --locked', []],
    ['cargo install cross --git https://github.com/cross-rs/cross', ['unpinned-package']],
    ['cargo install cross --git https://github.com/cross-rs/cross --rev 0123456789abcdef0123456789abcdef01234567 --locked', []],
    ['cargo binstall cargo-llvm-cov', ['unpinned-package']],
    ['cargo build --release --locked', []],
  ],
  'choco, nuget, dotnet': [
    ['choco install -y wixtoolset', ['unpinned-package']],
    ['choco install -y nodejs-lts --version=20.18.0', []],
    ['choco install packages.config -y', []],
    ["choco install --require-checksums 'some-package'", []],
    ['cinst 7zip', ['unpinned-package']],
    ['nuget install NUnit.ConsoleRunner -Version 3.18.3 -OutputDirectory tools', []],
    ['nuget install GitVersion.CommandLine -OutputDirectory tools', ['unpinned-package']],
    ['nuget restore App.sln', []],
    ['dotnet tool install --global dotnet-reportgenerator-globaltool', ['unpinned-package']],
    ['dotnet tool install -g dotnet-format --version 5.1.250801', []],
    ['dotnet tool restore', []],
    ['dotnet add src/App.csproj package Serilog', ['unpinned-package']],
    ['dotnet add package Serilog --version 4.1.0', []],
  ],
  'apt (judged by the optional rule)': [
    ['apt-get install -y --no-install-recommends build-essential=12.10 curl', ['unpinned-os-package']],
    ['sudo apt-get install -y ./google-chrome-stable_current_amd64.deb', []],
    ['apt-get update', []],
  ],
  'wrappers and keywords do not hide the command': [
    ['sudo -u runner npm install -g yarn', ['unpinned-package']],
    ['timeout 300 pip install awscli', ['unpinned-package']],
    ['if ! command -v tool; then npm i -g tool; fi', ['unpinned-package']],
    ['for p in a b; do pip install "$p"; done', []],
    ['env CGO_ENABLED=0 go install github.com/o/tool@latest', ['unpinned-package']],
    ['xargs -n1 pip install < tools.txt', []],
  ],
};

describe.each(Object.entries(CASES))('%s', (_name, cases) => {
  test.each(cases)('%s', (line, expected) => {
    expect(kinds(line)).toEqual(expected);
  });
});

test('in a repository that is a Go module, go install without a version builds what go.mod pins', () => {
  expect(kinds('go install gotest.tools/gotestsum', { npmDependencies: new Set(), hasGoModule: true })).toEqual([]);
});

test('npx of a command no package.json declares is unpinned, even one that usually is', () => {
  expect(kinds('npx prettier --check .', { npmDependencies: new Set(), hasGoModule: false })).toEqual(['unpinned-package']);
});
