import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from './run-bundle.js';

let built: string | undefined;

/**
 * The core's sources as plain ESM JavaScript in a temporary directory, for
 * child processes a test starts and kills: Jest compiles TypeScript only in
 * its own process, and the committed bundles cannot be given a test's hooks
 * (the Ledger's onStage). Each file is transpiled alone (type-only imports
 * vanish; `./x.js` imports stay valid), and node_modules is linked so the
 * core's dependencies resolve. Built once per test file; returns the
 * directory that mirrors packages/core/src.
 */
export function coreForChildren(): string {
  if (built) return built;
  const source = join(REPO_ROOT, 'packages', 'core', 'src');
  const out = mkdtempSync(join(tmpdir(), 'gates-core-js-'));
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(out, 'node_modules'));
  const walk = (directory: string): string[] =>
    readdirSync(directory, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(directory, entry.name)) : entry.name.endsWith('.ts') ? [join(directory, entry.name)] : []));
  for (const file of walk(source)) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, isolatedModules: true },
      fileName: file,
    });
    const target = join(out, 'src', relative(source, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  built = join(out, 'src');
  return built;
}
