/** Rows as aligned columns (two spaces apart), measured without ANSI colour; emoji count as two columns, as terminals draw them. */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, displayWidth(cell))));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column]! - displayWidth(cell)))).join('  ').trimEnd());
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(/\u001b\[[0-9;]*m/g, '')) width += /\p{Extended_Pictographic}/u.test(char) ? 2 : /[\uFE0F\u200D]/.test(char) ? 0 : 1;
  return width;
}
