/**
 * Finds where JSON text stops being valid JSON, as a character offset. Node's
 * JSON.parse messages give no position for many errors (a missing value, a
 * trailing comma), and a config error must name its line. Grammar only, no values.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let index = 0;
  const fail = (): never => {
    throw index;
  };
  const space = () => {
    while (index < text.length && ' \t\n\r'.includes(text[index]!)) index++;
  };
  const expect = (char: string) => (text[index] === char ? index++ : fail());
  const string = () => {
    expect('"');
    while (index < text.length && text[index] !== '"') {
      if (text.charCodeAt(index) < 0x20) fail();
      index += text[index] === '\\' ? 2 : 1;
    }
    expect('"');
  };
  const value = (): void => {
    space();
    const char = text[index];
    if (char === '{') return container('}', () => (string(), space(), expect(':'), value()));
    if (char === '[') return container(']', value);
    if (char === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(index, index + 400));
    if (!literal) fail();
    index += literal![0].length;
  };
  const container = (close: string, member: () => void) => {
    index++;
    space();
    if (text[index] === close) return void index++;
    for (;;) {
      space();
      member();
      space();
      if (text[index] === ',') index++;
      else return void expect(close);
    }
  };
  try {
    value();
    space();
    return index < text.length ? index : undefined;
  } catch (offset) {
    return offset as number;
  }
}
