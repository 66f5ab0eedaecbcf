// Baseline: read every workflow file and YAML-parse it (js-yaml, the parser pin-check uses), nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const directory = join(process.argv[2], '.github', 'workflows');
let nodes = 0;
for (const name of readdirSync(directory)) {
  const document = load(readFileSync(join(directory, name), 'utf8'));
  nodes += document ? 1 : 0;
}
if (nodes === 0) process.exitCode = 1;
