import { ERROR_CATALOGUE, docsUrl, type ErrorCode } from './catalogue.js';
import type { ExitCodeValue } from './exit-codes.js';

export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/** A problem found in one place, e.g. one schema violation in a config file. */
export interface ErrorDetail {
  message: string;
  location?: SourceLocation;
  hint?: string;
}

export type ErrorParams = Record<string, string | number>;

/** JSON form of every error (schemas/error.schema.json). */
export interface GatesErrorJson {
  code: ErrorCode;
  exitCode: ExitCodeValue;
  message: string;
  hint: string;
  docs: string;
  location?: SourceLocation;
  details: ErrorDetail[];
}

export function fillTemplate(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** The one error type gates throws on purpose; anything else is a bug (exit 4). */
export class GatesError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: ExitCodeValue;
  readonly hint: string;
  readonly location?: SourceLocation;
  readonly details: ErrorDetail[];

  constructor(
    code: ErrorCode,
    params: ErrorParams = {},
    options: { location?: SourceLocation; details?: ErrorDetail[]; hint?: string; cause?: unknown } = {},
  ) {
    const spec = ERROR_CATALOGUE[code];
    super(fillTemplate(spec.message, params), { cause: options.cause });
    this.name = 'GatesError';
    this.code = code;
    this.exitCode = spec.exitCode;
    this.hint = options.hint ?? fillTemplate(spec.hint, params);
    this.location = options.location;
    this.details = options.details ?? [];
  }

  toJSON(): GatesErrorJson {
    return {
      code: this.code,
      exitCode: this.exitCode,
      message: this.message,
      hint: this.hint,
      docs: docsUrl(this.code),
      ...(this.location ? { location: this.location } : {}),
      details: this.details,
    };
  }
}

export function formatLocation(location: SourceLocation): string {
  let text = location.file;
  if (location.line !== undefined) text += `:${location.line}`;
  if (location.line !== undefined && location.column !== undefined) text += `:${location.column}`;
  return text;
}

/** Human form: `error GATES_E_X: message` then located details and the hint. */
export function formatError(error: GatesErrorJson): string {
  const lines: string[] = [];
  const where = error.location ? `${formatLocation(error.location)}: ` : '';
  lines.push(`error ${error.code}: ${where}${error.message}`);
  for (const detail of error.details) {
    const at = detail.location ? `${formatLocation(detail.location)}: ` : '';
    lines.push(`  - ${at}${detail.message}${detail.hint ? ` (${detail.hint})` : ''}`);
  }
  lines.push(`  hint: ${error.hint}`);
  lines.push(`  docs: ${error.docs}`);
  return lines.join('\n');
}
