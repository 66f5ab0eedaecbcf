// Baseline for security-gate's bench: read a SARIF file whole and JSON.parse it,
// then count its results (what a reader that is not streaming must do first).
import { readFileSync } from 'node:fs';

const log = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let results = 0;
for (const run of log.runs) results += run.results.length;
process.stdout.write(`${results}\n`);
