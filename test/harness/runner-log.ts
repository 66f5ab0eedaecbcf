/**
 * The step's log as GitHub shows it. The runner reads the step's output line by line; an `::add-mask::` line is
 * consumed (never shown) and registers its value with the SecretMasker, which from then on replaces the value and
 * its encoded forms with `***` in every later line (actions/runner: ActionCommandManager's AddMaskCommandExtension;
 * SecretMasker.AddValue/MaskSecrets; the encoders HostContext registers, from ValueEncoders). An empty or blank mask
 * only earns a warning. A multi-line value is masked whole and line by line (each trimmed line that is not empty),
 * since output reaches the masker one line at a time. Lines printed before a value was masked stay as they were.
 * The job's token and the job's secrets are masked from the start, as the runner does for the secrets context.
 */
export class RunnerLog {
  private readonly forms = new Set<string>();

  constructor(secrets: readonly string[] = []) {
    for (const secret of secrets) this.add(secret);
  }

  /** Registers a value as `::add-mask::` does (its data already unescaped). */
  add(value: string): void {
    if (value.trim() === '') return;
    const lines = /[\r\n]/.test(value) ? value.split(/\r?\n|\r/).map((line) => line.trim()).filter(Boolean) : [];
    for (const secret of [value, ...lines]) {
      for (const form of [secret, ...ENCODERS.map((encode) => encode(secret))]) if (form !== '') this.forms.add(form);
    }
  }

  /** One line as shown: every occurrence of a registered form replaced; overlapping matches merged into one `***`. */
  mask(line: string): string {
    const ranges: [number, number][] = [];
    for (const form of this.forms) {
      for (let at = line.indexOf(form); at >= 0; at = line.indexOf(form, at + 1)) ranges.push([at, at + form.length]);
    }
    if (ranges.length === 0) return line;
    ranges.sort((a, b) => a[0] - b[0]);
    let shown = '';
    let from = 0;
    let current = ranges[0]!;
    for (const range of ranges.slice(1)) {
      if (range[0] <= current[1]) current = [current[0], Math.max(current[1], range[1])];
      else {
        shown += `${line.slice(from, current[0])}***`;
        from = current[1];
        current = range;
      }
    }
    return `${shown}${line.slice(from, current[0])}***${line.slice(current[1])}`;
  }

  /** A whole stream: `::add-mask::` lines consumed in order, every other line masked with what was registered before it. */
  render(stream: string): string {
    const shown: string[] = [];
    for (const line of stream.split('\n')) {
      const mask = /^::add-mask::(.*)$/.exec(line.replace(/\r$/, ''));
      if (mask) this.add(unescapeData(mask[1]!));
      else shown.push(this.mask(line));
    }
    return shown.join('\n');
  }
}

/** The runner's unescaping of a command's data (ActionCommand: `%0D`, `%0A`, `%25`). */
function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

const base64 = (value: string, shift = 0) => {
  const bytes = Buffer.from(value, 'utf8');
  return (bytes.length > shift ? bytes.subarray(shift) : bytes).toString('base64');
};

/** ValueEncoders as HostContext registers them: base64 at three byte offsets, expression, JSON, URI and XML escapes, quotes trimmed. */
const ENCODERS: ((value: string) => string)[] = [
  (value) => base64(value),
  (value) => base64(value, 1),
  (value) => base64(value, 2),
  (value) => value.replace(/'/g, "''"),
  (value) => JSON.stringify(value).slice(1, -1),
  // Uri.EscapeDataString: everything but the RFC 3986 unreserved characters.
  (value) => encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`),
  (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'),
  (value) => (value.length > 8 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : ''),
];
