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
});
