#!/usr/bin/env node
// `npx gates`: the committed CLI bundle, so no build is needed after `npm ci`.
await import('../../../dist/cli/index.js');
