import { createReadStream } from 'node:fs';
import { GatesError, JsonScanner, JsonSyntaxError, type JsonPath } from '@gates/core';
import { npmAuditResults } from './npm-audit.js';
import { osvScannerResults } from './osv-scanner.js';
import { pipAuditResults } from './pip-audit.js';
import type { ScanResult } from './scan-result.js';
import { trivyResults } from './trivy-json.js';
import { runContext, sarifResult, type SarifRunContext } from './sarif-result.js';

export type ResultFormat = 'sarif' | 'npm-audit' | 'pip-audit' | 'osv-scanner' | 'trivy';

export interface ReadSummary {
  format: ResultFormat;
  /** The scanners the file holds results of (SARIF: every run's tool, even one with no results). */
  tools: string[];
}

/** The tool a native format names. */
const NATIVE_TOOL: Record<Exclude<ResultFormat, 'sarif'>, string> = { 'npm-audit': 'npm audit', 'pip-audit': 'pip-audit', 'osv-scanner': 'osv-scanner', trivy: 'Trivy' };

export interface ResultFile {
  path: string;
  /** As messages show it. */
  display: string;
}

const READ_CHUNK = 1024 * 1024;

/** A SARIF run's results came before its tool: read the tools first, then the results. */
class ToolsComeLater extends Error {}

/**
 * Reads one scanner output and hands each result to `onResult`, in bounded
 * memory for SARIF (one result parsed at a time; a 200 MB CodeQL log never
 * sits in memory whole). The format is told from the document itself: SARIF
 * 2.1.0 (`version` and `runs`), npm audit (`auditReportVersion: 2`),
 * pip-audit (`dependencies`, or 1.x's bare list), osv-scanner (`results`
 * with `packages`), Trivy (`SchemaVersion` and `Results`). Anything else,
 * and any JSON that does not parse, is a config error naming the file: never
 * an empty pass.
 */
export async function readResults(file: ResultFile, workspace: string, onResult: (result: ScanResult) => void): Promise<ReadSummary> {
  try {
    return await readOnce(file, workspace, onResult, undefined);
  } catch (error) {
    if (!(error instanceof ToolsComeLater)) throw error;
    const tools = await readTools(file);
    return readOnce(file, workspace, onResult, tools);
  }
}

async function readOnce(file: ResultFile, workspace: string, onResult: (result: ScanResult) => void, knownTools: Map<number, SarifRunContext> | undefined): Promise<ReadSummary> {
  const top: Record<string, unknown> = {};
  const rootItems: unknown[] = [];
  const runs = new Map<number, { tool?: unknown; bases?: unknown; context?: SarifRunContext }>();
  let sawRuns = false;
  const scanner = new JsonScanner({
    select(path) {
      if (path.length === 0) return 'enter';
      if (path[0] === 'runs') {
        sawRuns = true;
        return selectInRun(path);
      }
      return 'capture';
    },
    value(path, value) {
      if (path.length === 1) {
        if (typeof path[0] === 'number') rootItems.push(value);
        else top[path[0]!] = value;
        return;
      }
      const run = runs.get(path[1] as number) ?? {};
      runs.set(path[1] as number, run);
      if (path[2] === 'tool') run.tool = value;
      else if (path[2] === 'originalUriBaseIds') run.bases = value;
      else if (path[2] === 'results') {
        if (!value || typeof value !== 'object' || Array.isArray(value)) throw new JsonSyntaxError('a SARIF result that is not an object', 0);
        run.context ??= knownTools?.get(path[1] as number) ?? (run.tool !== undefined ? runContext(run.tool, run.bases) : undefined);
        if (!run.context) throw new ToolsComeLater();
        onResult(sarifResult(value as Record<string, unknown>, run.context));
      }
    },
  });
  await feed(file, scanner);
  const format = finish(file, workspace, top, rootItems, sawRuns, onResult);
  if (format !== 'sarif') return { format, tools: [NATIVE_TOOL[format]] };
  const tools = [...runs.values()].map((run) => (run.context ?? runContext(run.tool, run.bases)).tool);
  return { format, tools: [...new Set(tools)] };
}

function selectInRun(path: JsonPath): 'enter' | 'capture' | 'skip' {
  if (path.length === 1) return 'enter';
  if (path.length === 2) return typeof path[1] === 'number' ? 'enter' : 'skip';
  if (path.length === 3) return path[2] === 'results' ? 'enter' : path[2] === 'tool' || path[2] === 'originalUriBaseIds' ? 'capture' : 'skip';
  return 'capture';
}

/** The first pass of a SARIF file whose results precede their tool: tools only, results skipped. */
async function readTools(file: ResultFile): Promise<Map<number, SarifRunContext>> {
  const found = new Map<number, { tool?: unknown; bases?: unknown }>();
  const scanner = new JsonScanner({
    select: (path) => (path.length === 0 || (path.length === 1 && path[0] === 'runs') || (path.length === 2 && path[0] === 'runs') ? 'enter' : path.length === 3 && path[0] === 'runs' && (path[2] === 'tool' || path[2] === 'originalUriBaseIds') ? 'capture' : 'skip'),
    value(path, value) {
      const run = found.get(path[1] as number) ?? {};
      found.set(path[1] as number, run);
      if (path[2] === 'tool') run.tool = value;
      else run.bases = value;
    },
  });
  await feed(file, scanner);
  return new Map([...found].map(([index, run]) => [index, runContext(run.tool, run.bases)]));
}

async function feed(file: ResultFile, scanner: JsonScanner): Promise<void> {
  try {
    for await (const chunk of createReadStream(file.path, { highWaterMark: READ_CHUNK })) scanner.push(chunk as Buffer);
    scanner.end();
  } catch (error) {
    if (error instanceof ToolsComeLater || error instanceof GatesError) throw error;
    if (error instanceof JsonSyntaxError) throw invalid(file, `it is not valid JSON: ${error.message} at byte ${error.offset}`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw invalid(file, `it cannot be read (${code})`);
    throw error;
  }
}

function finish(file: ResultFile, workspace: string, top: Record<string, unknown>, rootItems: unknown[], isSarif: boolean, onResult: (result: ScanResult) => void): ResultFormat {
  const emit = (results: ScanResult[]) => results.forEach(onResult);
  if (isSarif) {
    if (top.version !== '2.1.0') throw invalid(file, `it is SARIF version ${JSON.stringify(top.version ?? null)}; security-gate reads SARIF 2.1.0`);
    return 'sarif';
  }
  if (rootItems.length > 0 && rootItems.every((item) => item && typeof item === 'object' && 'name' in item && ('vulns' in item || 'skip_reason' in item))) {
    emit(pipAuditResults(rootItems));
    return 'pip-audit';
  }
  if (top.auditReportVersion !== undefined) {
    if (top.auditReportVersion !== 2) throw invalid(file, `it is npm audit report version ${JSON.stringify(top.auditReportVersion)}; security-gate reads version 2 (npm 7 and later)`);
    emit(npmAuditResults(top));
    return 'npm-audit';
  }
  if (Array.isArray(top.dependencies)) {
    emit(pipAuditResults(top.dependencies));
    return 'pip-audit';
  }
  if (typeof top.SchemaVersion === 'number') {
    emit(trivyResults(top, workspace));
    return 'trivy';
  }
  if (Array.isArray(top.results) && top.results.every((entry) => entry && typeof entry === 'object' && Array.isArray((entry as { packages?: unknown }).packages))) {
    emit(osvScannerResults(top, workspace));
    return 'osv-scanner';
  }
  throw invalid(file, 'it is none of the formats security-gate reads (SARIF 2.1.0, npm audit, pip-audit, osv-scanner or Trivy JSON)');
}

function invalid(file: ResultFile, reason: string): GatesError {
  return new GatesError('GATES_E_RESULTS_INVALID', { file: file.display, reason });
}

