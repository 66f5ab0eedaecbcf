// Baseline: read every workflow file and YAML-parse it (same parser), nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const directory = join(process.argv[2], '.github', 'workflows');
let nodes = 0;
for (const name of readdirSync(directory)) {
  const document = parseDocument(readFileSync(join(directory, name), 'utf8'));
  nodes += document.contents ? 1 : 0;
}
if (nodes === 0) process.exitCode = 1;
