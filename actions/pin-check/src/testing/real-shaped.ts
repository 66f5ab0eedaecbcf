/**
 * Files shaped like the ones large open-source projects commit (toolchain
 * images, release workflows, bootstrap scripts), written for these tests:
 * each mixes what pin-check must report with near misses it must not. They
 * live in a module, not as files, so pin-check run on this repository does
 * not report them.
 */
const SHA = '0123456789abcdef0123456789abcdef01234567';
const DIGEST = 'sha256:0f97c1c9daf5b69b93390ccbe8d3e2971617ec4801fd0882c72bf7cad3a13494';

/** A CI toolchain image: six installers piped into a shell, a script copied in and run, near misses. */
export const TOOLCHAIN_DOCKERFILE = `# syntax=docker/dockerfile:1.7
ARG UBUNTU=ubuntu:24.04
FROM \${UBUNTU} AS toolchain
ENV DEBIAN_FRONTEND=noninteractive
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\
    apt-get update \\
    # RUN curl -fsSL https://example.invalid/old.sh | sh (kept for reference)
 && apt-get install -y --no-install-recommends ca-certificates curl git gnupg \\
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
RUN curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
RUN curl -LsSf https://astral.sh/uv/install.sh | sh
RUN curl -fsSL https://get.docker.com | sh
RUN wget -qO- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash
RUN curl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/HEAD/install.sh \\
      | sh -s -- -b /usr/local/bin v1.61.0
# Pinned by content: a URL at a commit, and a download checked against its digest.
RUN curl -fsSL https://raw.githubusercontent.com/pypa/get-pip/${SHA}/public/get-pip.py | python3
RUN curl -fsSLo /tmp/yq https://github.com/mikefarah/yq/releases/download/v4.44.3/yq_linux_amd64 \\
 && echo "a2c097180dd884a8d50c956ee16a9cec070f30a7947cf4ebf87d5f36213e9ed7  /tmp/yq" | sha256sum -c - \\
 && install -m 0755 /tmp/yq /usr/local/bin/yq
COPY scripts/install.sh /tmp/install.sh
RUN bash /tmp/install.sh
`;

/** Copied into the image above; run there, and checked here as the script file it is. */
export const INSTALL_SH = `#!/usr/bin/env bash
# Installs the cluster tools CI needs.
set -euo pipefail

KUBECTL_VERSION="v1.31.2"
curl -fsSLo /usr/local/bin/kubectl "https://dl.k8s.io/release/\${KUBECTL_VERSION}/bin/linux/amd64/kubectl"
chmod +x /usr/local/bin/kubectl
kubectl version --client

HELM_INSTALLER=/tmp/get_helm.sh
curl -fsSL -o "$HELM_INSTALLER" https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3
chmod 700 "$HELM_INSTALLER"
"$HELM_INSTALLER"

TF=1.9.8
curl -fsSLO "https://releases.hashicorp.com/terraform/\${TF}/terraform_\${TF}_linux_amd64.zip"
curl -fsSLO "https://releases.hashicorp.com/terraform/\${TF}/terraform_\${TF}_SHA256SUMS"
grep "linux_amd64.zip" "terraform_\${TF}_SHA256SUMS" | sha256sum -c -
unzip -o "terraform_\${TF}_linux_amd64.zip" -d /usr/local/bin

pip install --no-cache-dir awscli
echo "done: run 'npm install -g' yourself if you need more"
`;

/** A Windows image: backtick escapes, PowerShell, Chocolatey. */
export const WINDOWS_DOCKERFILE = `# escape=\`
FROM mcr.microsoft.com/windows/servercore:ltsc2022@${DIGEST}
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN choco install -y git \`
      nodejs-lts --version=20.18.0
RUN choco install -y wixtoolset
`;

/** BuildKit heredocs, exec form, a download ADDed in one stage and run in the stage built FROM it. */
export const HEREDOC_DOCKERFILE = `FROM debian:bookworm-slim@${DIGEST} AS base
RUN ["/bin/sh", "-c", "curl -fsSL https://example.org/setup.sh | sh"]
RUN ["echo", "hello", "&&", "wget", "http://example.org/file", "-O", "/tmp/file1"]
RUN <<EOF
set -eux
apt-get update
curl -fsSL https://get.docker.com | sh
EOF
RUN <<EOF bash -ex
npm install -g pnpm
EOF
COPY <<EOF /etc/motd
curl https://example.org/not-a-script | sh
EOF
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.org/verified.sh /opt/verified.sh
ADD https://example.org/agent.sh /opt/
RUN sh /opt/verified.sh

FROM base AS final
RUN sh /opt/agent.sh
`;

/** A release workflow: an installer downloaded in one step and run in the next, nested shells, a Go toolchain. */
export const RELEASE_WORKFLOW = `name: release
on:
  push:
    tags: ['v*']
permissions:
  contents: read
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA} # v4.2.2
      - name: Download golangci-lint installer
        run: curl -sSfL -o install-golangci.sh https://raw.githubusercontent.com/golangci/golangci-lint/HEAD/install.sh
      - name: Install golangci-lint
        run: sh install-golangci.sh -b "$(go env GOPATH)/bin" v1.61.0
      - name: Tools
        run: |
          go install ./cmd/promtool/.
          go install golang.org/x/vuln/cmd/govulncheck@latest
          sudo sh -c 'curl -fsSL https://get.docker.com | sh'
          eval "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA} # v4.2.2
      # Another job has its own runner: the installer downloaded in lint is not here.
      - run: sh install-golangci.sh || true
      - run: |
          TAG=$(curl -s https://api.github.com/repos/cli/cli/releases/latest | python3 -c 'import json,sys; print(json.load(sys.stdin)["tag_name"])')
          echo "latest gh is $TAG"
      - shell: python
        run: |
          import subprocess
          subprocess.run(["pip", "install", "requests"])
      - run: ./ci/bootstrap
`;

/** Run by the workflow above as \`./ci/bootstrap\`: no extension, no shebang. */
export const CI_BOOTSTRAP = `set -e
npm install -g @angular/cli
`;
