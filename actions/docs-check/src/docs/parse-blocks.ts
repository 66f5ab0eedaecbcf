import { GatesError } from '@gates/core';
import { parseAllDocuments } from 'yaml';
import { loadMermaid } from './load-mermaid.js';

type MermaidParse = (text: string) => Promise<unknown>;

/** parseBlock for one checkout: Mermaid, loaded on the first Mermaid block, may come from its node_modules (load-mermaid.ts). */
export function blockParser(checkout?: string): (language: string, text: string) => Promise<string | undefined> {
  let mermaidParse: Promise<MermaidParse> | undefined;
  const mermaid = () =>
    (mermaidParse ??= loadMermaid(checkout).catch((error: unknown) => {
      throw new GatesError('GATES_E_USAGE', { detail: `Mermaid blocks need the mermaid package, which did not load (${String((error as Error).message ?? error).split('\n')[0]})` }, { hint: 'Install mermaid in the checkout (npm ci, with mermaid among its devDependencies) before docs-check runs.' });
    }));
  return (language, text) => parseBlockWith(mermaid, language, text);
}

/** An error message, '' when the block parses, undefined for a language docs-check does not parse (Mermaid from the gates installation). */
export const parseBlock = blockParser();

/** parseBlock with the given Mermaid loader. */
async function parseBlockWith(mermaid: () => Promise<MermaidParse>, language: string, text: string): Promise<string | undefined> {
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
    const parse = await mermaid();
    try {
      await parse(text);
      return '';
    } catch (error) {
      return String((error as Error).message ?? error).split('\n').filter(Boolean).slice(0, 2).join(' ');
    }
  }
  return undefined;
}
