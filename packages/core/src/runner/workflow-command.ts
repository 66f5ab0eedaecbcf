/**
 * Workflow commands (`::name key=value,key=value::message`) written as @actions/core writes them (its Command
 * class), which is what the runner parses: the message escapes `%`, CR and LF; property values also escape the
 * `:` and `,` that delimit properties. test/core/runner-differential.test.ts compares the bytes with the toolkit's.
 */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Properties in the order given (annotations: title, file, line, endLine, col, endColumn, as the toolkit orders them); empty values are left out. */
export function formatCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`);
  return `::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeCommandData(message)}`;
}
