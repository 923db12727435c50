/**
 * Text as a person typed it, made safe to store: Unicode-normalised, control and invisible
 * formatting characters removed (line breaks kept), trimmed.
 */
export function cleanText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\p{Cf}]|[^\P{Cc}\n\t]/gu, '')
    .replace(/\t/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
