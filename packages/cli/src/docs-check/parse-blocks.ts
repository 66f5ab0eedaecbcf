import { GatesError } from '@gates/core';
import { parseAllDocuments } from 'yaml';

type MermaidParse = (text: string) => Promise<unknown>;
let mermaidParse: Promise<MermaidParse> | undefined;

/**
 * Mermaid's own parser (`mermaid.parse`), loaded on first use from the
 * installed `mermaid` package (a devDependency, external to the CLI bundle:
 * scripts/build.mjs; it is large and only docs-check needs it). Parsing renders nothing, so DOMPurify, which
 * mermaid calls on labels and which has no hooks without a DOM, is given
 * no-op hooks and an identity sanitiser first.
 */
async function loadMermaid(): Promise<MermaidParse> {
  const dompurify = (await import('dompurify' as string)) as { default: Record<string, unknown> };
  Object.assign(dompurify.default, { addHook() {}, removeHook() {}, removeHooks() {}, sanitize: (text: unknown) => String(text) });
  const mermaid = (await import('mermaid' as string)) as { default: { parse: MermaidParse } };
  return (text) => mermaid.default.parse(text);
}

/** An error message, '' when the block parses, undefined for a language docs-check does not parse. */
export async function parseBlock(language: string, text: string): Promise<string | undefined> {
  if (language === 'yaml' || language === 'yml') {
    const errors = parseAllDocuments(text).flatMap((document) => ('errors' in document ? document.errors : []));
    return errors.length ? errors.map((error) => error.message.split('\n')[0]).join('; ') : '';
  }
  if (language === 'json') {
    try {
      JSON.parse(text);
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  }
  if (language === 'mermaid') {
    mermaidParse ??= loadMermaid().catch((error: unknown) => {
      throw new GatesError('GATES_E_USAGE', { detail: `Mermaid blocks need the mermaid package, which did not load (${String((error as Error).message ?? error).split('\n')[0]})` }, { hint: 'Run docs-check from a checkout after npm ci (mermaid is a devDependency).' });
    });
    const parse = await mermaidParse;
    try {
      await parse(text);
      return '';
    } catch (error) {
      return String((error as Error).message ?? error).split('\n').filter(Boolean).slice(0, 2).join(' ');
    }
  }
  return undefined;
}
