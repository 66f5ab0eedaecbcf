/** What the shared files say after a run: the evidence a verdict rests on. Pure. */
export interface SharedFileEvidence {
  /** Successful acquisitions the workers counted minus the counter's final value. */
  lostUpdates: number;
  /** Journal lines that are not one whole record (interleaved or overwritten writes). */
  tornRecords: number;
  /** Counter values recorded twice: two holders read the same value. */
  duplicateValues: number;
}

const RECORD = /^\d{4} \d{8} (\d{12})$/;
const RECORD_BYTES = 27;

export function checkSharedFiles(counterText: string, journalText: string, acquisitions: number): SharedFileEvidence {
  const counter = Number.parseInt(counterText.trim() || '0', 10);
  const lines = journalText.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let torn = journalText.length % RECORD_BYTES === 0 ? 0 : 1;
  let duplicates = 0;
  const seen = new Set<string>();
  for (const line of lines) {
    const match = RECORD.exec(line);
    if (!match) {
      torn++;
      continue;
    }
    if (seen.has(match[1]!)) duplicates++;
    seen.add(match[1]!);
  }
  return { lostUpdates: Number.isFinite(counter) ? Math.abs(acquisitions - counter) : acquisitions, tornRecords: torn, duplicateValues: duplicates };
}
