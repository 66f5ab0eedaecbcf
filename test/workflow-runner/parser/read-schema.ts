import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../harness/run-bundle.js';

/**
 * `@actions/workflow-parser` imports its schemas as JSON without an import
 * attribute, which Node refuses and Jest only tolerates with a deprecation
 * warning. jest.config.js maps those two imports to `workflow-schema.ts` and
 * `action-schema.ts`, which read the same files as JSON through this.
 */
export function readParserSchema(kind: 'workflow' | 'action'): unknown {
  return JSON.parse(readFileSync(join(REPO_ROOT, `node_modules/@actions/workflow-parser/dist/${kind}-v1.0.min.json`), 'utf8'));
}
