import { describe, expect, test } from '@jest/globals';
import { factsFrom, policy } from '../testing/facts-from-files.js';
import { unpinnedImage } from './unpinned-image.js';

const DIGEST = 'sha256:0f97c1c9daf5b69b93390ccbe8d3e2971617ec4801fd0882c72bf7cad3a13494';

describe('unpinned-image', () => {
  test('job containers, services and docker:// steps need a digest', () => {
    const workflow = `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    container:
      image: node:20-bookworm
      options: --user 1001
    services:
      postgres:
        image: postgres:16
      redis:
        image: redis@${DIGEST}
    steps:
      - uses: docker://alpine:3.20
      - uses: docker://ghcr.io/owner/tool@${DIGEST}
  lint:
    runs-on: ubuntu-latest
    container: \${{ matrix.image }}
    steps: []
`;
    const findings = unpinnedImage.check(factsFrom({ '.github/workflows/t.yml': workflow }), policy());
    expect(findings.map((f) => [f.line, f.message.split(' is not')[0]])).toEqual([
      [6, 'container image node:20-bookworm'],
      [10, 'services.postgres image postgres:16'],
      [18, 'container image ${{ matrix.image }} cannot be resolved before the run (matrix.image); make sure every value it takes is pinned by digest.'],
      [14, 'docker:// action image alpine:3.20'],
    ]);
  });

  test('Dockerfile FROM: multi-stage, --platform, ARG defaults, scratch, stage references', () => {
    const dockerfile = `# syntax=docker/dockerfile:1
ARG GO_VERSION=1.23
ARG BASE
FROM --platform=$BUILDPLATFORM golang:\${GO_VERSION}-alpine AS build
RUN go build -o /out/app ./cmd/app

FROM build AS test
RUN go test ./...

FROM \${BASE}
FROM gcr.io/distroless/static-debian12@${DIGEST} AS final
COPY --from=build /out/app /app
FROM scratch
FROM \\
  ubuntu:24.04
`;
    const findings = unpinnedImage.check(factsFrom({ 'build/Dockerfile.release': dockerfile }), policy());
    expect(findings.map((f) => [f.line, f.severity, f.message])).toEqual([
      [4, 'error', 'FROM golang:1.23-alpine (from golang:${GO_VERSION}-alpine) is not pinned by digest.'],
      [10, 'warning', 'FROM ${BASE} uses a build argument without a default, so the image cannot be checked; make sure the value passed is a digest.'],
      [14, 'error', 'FROM ubuntu:24.04 is not pinned by digest.'],
    ]);
  });

  test('images behind expressions: every matrix value (include and exclude applied), string literals, notes for what only the run knows', () => {
    const workflow = `on: push
jobs:
  integration:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        db: [postgres, mysql]
        version: ['14', '16']
        exclude:
          - db: mysql
            version: '14'
        include:
          - db: mysql
            image: mysql:8.4
          - db: postgres
            version: '16'
            image: postgres@${DIGEST}
          - db: mariadb
            image: mariadb:11
    container: node:\${{ matrix.node || '20' }}-bookworm
    services:
      database:
        image: \${{ matrix.image || format('{0}:{1}', matrix.db, matrix.version) }}
      cache:
        image: \${{ inputs.cache-image || 'redis:7' }}
      search:
        image: \${{ 'opensearchproject/opensearch@${DIGEST}' }}
      empty:
        image: ""
      unset:
        image: \${{ matrix.no-such-key }}
    steps: []
  dynamic:
    runs-on: ubuntu-latest
    strategy:
      matrix: \${{ fromJSON(needs.plan.outputs.matrix) }}
    container: \${{ matrix.image }}
    steps: []
`;
    const findings = unpinnedImage.check(factsFrom({ '.github/workflows/integration.yml': workflow }), policy());
    expect(findings.map((f) => [f.line, f.severity, f.message.replace(/; the tag can be re-pushed with other content\.$/, '')])).toEqual([
      [21, 'error', "container image node:20-bookworm (from node:${{ matrix.node || '20' }}-bookworm) is not pinned by digest"],
      [24, 'error', "services.database image postgres:14 (from ${{ matrix.image || format('{0}:{1}', matrix.db, matrix.version) }}) is not pinned by digest"],
      [24, 'error', "services.database image mysql:8.4 (from ${{ matrix.image || format('{0}:{1}', matrix.db, matrix.version) }}) is not pinned by digest"],
      [24, 'error', "services.database image mariadb:11 (from ${{ matrix.image || format('{0}:{1}', matrix.db, matrix.version) }}) is not pinned by digest"],
      [26, 'error', "services.cache image redis:7 (from ${{ inputs.cache-image || 'redis:7' }}) is not pinned by digest"],
      [26, 'note', "services.cache image ${{ inputs.cache-image || 'redis:7' }} cannot be resolved before the run (inputs.cache-image); make sure every value it takes is pinned by digest."],
      [38, 'note', 'container image ${{ matrix.image }} cannot be resolved before the run (strategy.matrix is the expression ${{ fromJSON(needs.plan.outputs.matrix) }}); make sure every value it takes is pinned by digest.'],
    ]);
  });
});

