import type { Finding, Report } from '../findings/model.js';
import { LEVEL, renderSarif, result, SARIF_SCHEMA, sarifRuns } from './sarif.js';

/** Deep redaction of JSON-like data (Redactor.redactValue). */
type RedactValue = <T>(value: T) => T;

/** The keys the text below writes itself: the fast path holds only while redaction leaves every one of them alone. */
const KEYS = ['$schema', 'version', 'runs', 'tool', 'results', 'ruleId', 'ruleIndex', 'level', 'message', 'text', 'locations', 'physicalLocation', 'artifactLocation', 'uri', 'uriBaseId', 'region', 'startLine', 'startColumn', 'endLine', 'endColumn'];

/**
 * The SARIF report as the text `JSON.stringify(redactValue(renderSarif(report)))`
 * gives, byte for byte, written without building the result objects: a
 * report holds thousands of results, each of them six or more objects that
 * were built only to be stringified, and most of its strings (rule ids,
 * messages, file URIs) recur. Each distinct string is redacted and escaped
 * once, through the same redaction the object path applies to every string
 * value (redaction is a function of the string alone, so once per distinct
 * string is the same as once per occurrence). A result with anything but
 * the common fields (fingerprint, fix, waiver, properties), and every key,
 * goes through the object path; if redaction would change any key the text
 * writes itself, the whole report does.
 */
export function renderSarifText(report: Report, redactValue: RedactValue): string {
  const pieces: string[] = [];
  writeSarifText(report, redactValue, (piece) => pieces.push(piece));
  return pieces.join('');
}

/**
 * renderSarifText's text given to `sink` piece by piece (the parts of each result, separators), in order: the
 * report file streams it (text-writer.ts), where one string of megabytes, then its bytes, cost a page fault per
 * 4 KB of each.
 */
export function writeSarifText(report: Report, redactValue: RedactValue, sink: (piece: string) => void): void {
  if (KEYS.some((key) => redactValue(key) !== key)) {
    sink(JSON.stringify(redactValue(renderSarif(report))));
    return;
  }
  const quoted = new Map<string, string>();
  const quote = (text: string): string => {
    let json = quoted.get(text);
    if (json === undefined) quoted.set(text, (json = JSON.stringify(redactValue(text))));
    return json;
  };
  // The message text joins message and fix; keyed by both, so the joined string is built once per distinct pair.
  const messages = new Map<string, Map<string, string>>();
  const messageText = (message: string, fixHint: string): string => {
    let byHint = messages.get(message);
    if (!byHint) messages.set(message, (byHint = new Map()));
    let json = byHint.get(fixHint);
    if (json === undefined) byHint.set(fixHint, (json = JSON.stringify(redactValue(fixHint ? `${message} Fix: ${fixHint}` : message))));
    return json;
  };
  sink(`{"$schema":${quote(SARIF_SCHEMA)},"version":${quote('2.1.0')},"runs":[`);
  let runSeparator = '';
  for (const { tool, findings, ruleIndex, uriOf } of sarifRuns(report)) {
    sink(`${runSeparator}{"tool":${JSON.stringify(redactValue(tool))},"results":[`);
    runSeparator = ',';
    // What a result writes before its message depends on its rule and level only, where it is on its file only.
    const heads = new Map<string, Map<string, string>>();
    let lastFile: string | undefined;
    let location = '';
    // A result in pieces, most of them strings written before: joined, each result would be a new string (its
    // text copied, a page fault per 4 KB of new memory), where a piece costs the writer a call (text-writer.ts).
    let separator = '';
    for (const finding of findings) {
      if (separator) sink(separator);
      separator = ',';
      if (!isCommon(finding)) {
        sink(JSON.stringify(redactValue(result(finding, ruleIndex, uriOf))));
        continue;
      }
      let ofRule = heads.get(finding.ruleId);
      if (!ofRule) heads.set(finding.ruleId, (ofRule = new Map()));
      let head = ofRule.get(finding.severity);
      if (head === undefined) {
        const index = ruleIndex.get(finding.ruleId);
        head = `{"ruleId":${quote(finding.ruleId)}${index === undefined ? '' : `,"ruleIndex":${number(index)}`},"level":${quote(LEVEL[finding.severity])},"message":{"text":`;
        ofRule.set(finding.severity, head);
      }
      sink(head);
      sink(messageText(finding.message, finding.fixHint ?? ''));
      if (!finding.file) {
        sink('}}');
        continue;
      }
      if (finding.file !== lastFile) {
        lastFile = finding.file;
        location = `},"locations":[{"physicalLocation":{"artifactLocation":{"uri":${quote(uriOf(finding.file))},"uriBaseId":${quote('%SRCROOT%')}}`;
      }
      sink(location);
      if (finding.line) sink(region(finding));
      sink('}}]}');
    }
    sink(']}');
  }
  sink(']}');
}

/** A finding whose result has only rule, level, message and location, with fields of the types the text assumes. */
function isCommon(finding: Finding): boolean {
  return (
    typeof finding.ruleId === 'string' &&
    typeof finding.message === 'string' &&
    Object.hasOwn(LEVEL, finding.severity) &&
    (finding.fixHint === undefined || typeof finding.fixHint === 'string') &&
    (finding.file === undefined || typeof finding.file === 'string') &&
    isNumberOrAbsent(finding.line) &&
    isNumberOrAbsent(finding.column) &&
    isNumberOrAbsent(finding.endLine) &&
    isNumberOrAbsent(finding.endColumn) &&
    !finding.fingerprint &&
    !finding.fix &&
    !finding.waived &&
    !finding.properties &&
    !finding.advisories?.length &&
    !finding.package
  );
}

function isNumberOrAbsent(value: unknown): boolean {
  return value === undefined || typeof value === 'number';
}

/** sarif.ts's region() as JSON text, field by field in the same order. */
function region(finding: Finding): string {
  let json = `,"region":{"startLine":${number(finding.line!)}`;
  if (finding.column) json += `,"startColumn":${number(finding.column)}`;
  if (finding.endLine) json += `,"endLine":${number(finding.endLine)}`;
  if (finding.endLine && finding.endColumn) json += `,"endColumn":${number(finding.endColumn)}`;
  return `${json}}`;
}

/** A number as JSON.stringify writes it (non-finite ones as null). */
function number(value: number): string {
  return Number.isFinite(value) ? String(value) : 'null';
}
