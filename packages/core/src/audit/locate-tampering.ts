import { GENESIS_HASH, hashRecord, recordProblem, type LedgerRecord } from './hash-chain.js';

/**
 * Given a head published elsewhere, which line is the first one that is not
 * the authentic record. The authentic chain is the one reachable backwards
 * from the head through `prev` links (each link checked by its hash), so an
 * inserted, duplicated or reordered record is told apart from the honest
 * record next to it, which a forward scan alone cannot do. Undefined when the
 * head's record is not in the text or the walk does not reach genesis
 * (records deleted or edited): the forward scan's line stands then. Pure.
 */
export function firstBadLine(text: string, givenHead: string): number | undefined {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const lineOfHash = new Map<string, number>();
  const records: (LedgerRecord | undefined)[] = lines.map((line, index) => {
    const record = parseRecord(line);
    if (record && !lineOfHash.has(record.hash)) lineOfHash.set(record.hash, index + 1);
    return record;
  });
  const authentic: number[] = [];
  for (let hash = givenHead; hash !== GENESIS_HASH; ) {
    const line = lineOfHash.get(hash);
    if (line === undefined || authentic.length > lines.length) return undefined;
    authentic.push(line);
    hash = records[line - 1]!.prev;
  }
  authentic.reverse();
  for (let index = 0; index < authentic.length; index++) if (authentic[index] !== index + 1) return index + 1;
  return undefined;
}

/** A line that is a well-formed record whose content matches its hash, else undefined. */
function parseRecord(line: string): LedgerRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (recordProblem(value)) return undefined;
  const record = value as LedgerRecord;
  return hashRecord(record) === record.hash ? record : undefined;
}
