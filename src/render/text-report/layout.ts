/** Plain-text layout of the terminal report: wrapping, hanging labels and section titles. */
import { plain } from '../report-format';

export const WIDTH = 100;

/** Wraps words to `width` columns, every line starting with `indent` (user text: pass it through `plain`). */
export function wrap(text: string, indent = '  ', width = WIDTH): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(/ +/).filter((w) => w !== '')) {
    if (line.length > indent.length && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
    }
    line += line.length > indent.length ? ` ${word}` : word;
  }
  if (line.length > indent.length) lines.push(line);
  return lines;
}

/** `label` in a column of `labelWidth`, then `text` wrapped under itself (a hanging indent). */
export function labelled(label: string, text: string, labelWidth = 18): string[] {
  const name = plain(label);
  const head = `  ${name.padEnd(labelWidth)} `;
  const [first = '', ...rest] = wrap(text, ' '.repeat(head.length));
  const firstLine = name.length > labelWidth ? [`  ${name}`, first] : [`${head}${first.trimStart()}`];
  return [...firstLine, ...rest];
}

export const date = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const section = (title: string): string[] => [
  '',
  title.toUpperCase(),
  '─'.repeat(Math.min(WIDTH, title.length)),
];
export const pad = (text: string, width: number): string => plain(text).padEnd(width);
