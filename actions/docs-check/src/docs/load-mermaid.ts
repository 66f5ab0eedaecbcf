import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type MermaidParse = (text: string) => Promise<unknown>;

/**
 * Mermaid's own parser (`mermaid.parse`), from the gates installation (a devDependency of this repository,
 * never bundled), else from the `node_modules` of `checkout` or a folder above it:
 * an action's bundle runs from a checkout of its repository that has no node_modules, and the caller's checkout
 * has one once its tests installed it. Parsing renders nothing, so DOMPurify, which mermaid calls on labels and
 * which has no hooks without a DOM, is given no-op hooks and an identity sanitiser first (the same module
 * instance mermaid imports: both come from the same place).
 */
export async function loadMermaid(checkout?: string): Promise<MermaidParse> {
  let dompurify: { default: Record<string, unknown> };
  let mermaid: { default: { parse: MermaidParse } };
  // webpackIgnore: the bundler leaves these imports to Node at run time. Bundled, mermaid would weigh megabytes;
  // as a bundler external it would become a static import that stops the bundle from starting without node_modules.
  try {
    dompurify = (await import(/* webpackIgnore: true */ 'dompurify' as string)) as typeof dompurify;
    mermaid = (await import(/* webpackIgnore: true */ 'mermaid' as string)) as typeof mermaid;
  } catch (error) {
    if (!checkout) throw error;
    dompurify = (await import(/* webpackIgnore: true */ esmEntry(checkout, 'dompurify'))) as typeof dompurify;
    mermaid = (await import(/* webpackIgnore: true */ esmEntry(checkout, 'mermaid'))) as typeof mermaid;
  }
  Object.assign(dompurify.default, { addHook() {}, removeHook() {}, removeHooks() {}, sanitize: (text: unknown) => String(text) });
  return (text) => mermaid.default.parse(text);
}

/** The file URL of a package's ES module entry (exports["."].import, else module, else main) in the nearest node_modules. */
function esmEntry(from: string, name: string): string {
  for (let directory = from; ; directory = dirname(directory)) {
    const manifest = join(directory, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Record<string, unknown>; module?: string; main?: string };
      const dot = pkg.exports?.['.'] as { import?: string | { default?: string } } | undefined;
      const entry = typeof dot?.import === 'string' ? dot.import : (dot?.import?.default ?? pkg.module ?? pkg.main ?? 'index.js');
      return pathToFileURL(join(dirname(manifest), entry)).href;
    }
    if (dirname(directory) === directory) throw new Error(`Cannot find package '${name}' from ${from}`);
  }
}
