/**
 * The runner's SecretMasker (actions/runner, src/Sdk/DTLogging/Logging/SecretMasker.cs): every registered value and
 * the encoded forms of it that HostContext registers encoders for (src/Runner.Common/HostContext.cs, ValueEncoders)
 * become `***`; overlapping or touching matches merge into one. Only these forms: a harness that masked more than
 * the runner would hide leaks that GitHub shows. Shared by the action harness (RunnerLog) and the workflow runner.
 */
export class Masker {
  private readonly forms = new Set<string>();

  /**
   * Registers a value as `::add-mask::` or a job secret does. A blank value registers nothing (the runner warns);
   * a multi-line one is registered whole and line by line, each line trimmed (output reaches the masker a line at a
   * time), as AddMaskCommandExtension does.
   */
  add(value: string): void {
    if (value.trim() === '') return;
    const lines = /[\r\n]/.test(value) ? value.split(/\r?\n|\r/).map((line) => line.trim()).filter(Boolean) : [];
    for (const secret of [value, ...lines]) {
      for (const form of [secret, ...ENCODERS.map((encode) => encode(secret))]) if (form !== '') this.forms.add(form);
    }
  }

  /** The text as shown: every occurrence of a registered form replaced; overlapping matches merged into one `***`. */
  mask(text: string): string {
    const ranges: [number, number][] = [];
    for (const form of this.forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) ranges.push([at, at + form.length]);
    }
    if (ranges.length === 0) return text;
    ranges.sort((a, b) => a[0] - b[0]);
    let shown = '';
    let from = 0;
    let current = ranges[0]!;
    for (const range of ranges.slice(1)) {
      if (range[0] <= current[1]) current = [current[0], Math.max(current[1], range[1])];
      else {
        shown += `${text.slice(from, current[0])}***`;
        from = current[1];
        current = range;
      }
    }
    return `${shown}${text.slice(from, current[0])}***${text.slice(current[1])}`;
  }

  /** Whether a text holds any registered form (the runner then refuses to pass it on as a job output). */
  touches(text: string): boolean {
    return this.mask(text) !== text;
  }
}

const base64 = (value: string, shift = 0) => {
  const bytes = Buffer.from(value, 'utf8');
  return (bytes.length > shift ? bytes.subarray(shift) : bytes).toString('base64');
};

/** PowerShell prints a secret with `&` in two pieces around its colour codes; each piece of 6 or more characters is masked. */
const ampersandPiece = (value: string, before: boolean) => {
  if (!value.includes('&')) return '';
  const plus = value.indexOf('&+');
  const piece = before
    ? value.slice(0, plus >= 0 ? plus + 2 : value.lastIndexOf('&') + 1)
    : value.slice(plus >= 0 ? plus + 3 : value.lastIndexOf('&') + 1);
  return piece.length >= 6 ? piece : '';
};

/** The encoders, in HostContext's order. */
const ENCODERS: ((value: string) => string)[] = [
  (value) => base64(value),
  (value) => base64(value, 1),
  (value) => base64(value, 2),
  // CommandLineArgumentEscape: how values are quoted for docker.
  (value) => value.replace(/"/g, '\\"'),
  (value) => value.replace(/'/g, "''"),
  (value) => JSON.stringify(value).slice(1, -1),
  // Uri.EscapeDataString: everything but the RFC 3986 unreserved characters.
  (value) => encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`),
  (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'),
  (value) => (value.length > 8 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : ''),
  (value) => ampersandPiece(value, true),
  (value) => ampersandPiece(value, false),
];
