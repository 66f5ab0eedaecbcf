import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Response bodies recorded by GitHub in its official OpenAPI description
 * (`@octokit/openapi`, components.examples). Test servers start from these
 * real shapes and change only the facts a test is about (shas, names).
 */
let examples: Record<string, { value: unknown }> | undefined;

function loadExamples(): Record<string, { value: unknown }> {
  if (!examples) {
    const require = createRequire(import.meta.url);
    const specPath = require.resolve('@octokit/openapi/generated/api.github.com.json');
    const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { components: { examples: Record<string, { value: unknown }> } };
    examples = spec.components.examples;
  }
  return examples;
}

/** A deep copy of the recorded example `name` (e.g. "git-ref", "commit-comparison"). */
export function recordedExample<T = Record<string, unknown>>(name: string): T {
  const example = loadExamples()[name];
  if (!example) throw new Error(`no recorded example named ${name} in GitHub's OpenAPI description`);
  return structuredClone(example.value) as T;
}

/** GitHub's error body, as it answers 404/403/422. */
export function errorBody(message: string, documentation = 'https://docs.github.com/rest', status?: number): Record<string, string> {
  return { message, documentation_url: documentation, ...(status ? { status: String(status) } : {}) };
}
