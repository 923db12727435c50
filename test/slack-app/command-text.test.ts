/** The `pulse …` subcommands of `/cx-alignment`, as the parser reads them. */
import { describe, expect, it } from 'vitest';
import { parseCommandText } from '../../src/slack-app/parse/command-text';

describe('parseCommandText: pulse', () => {
  it.each([
    'pulse close',
    'PULSE CLOSE',
    'Pulse Close',
    '  pulse   close  ',
    'pulse\tclose',
    '\u200Bpulse \u202Eclose\u2060',
    'ｐｕｌｓｅ　ｃｌｏｓｅ', // full-width letters and space, folded by NFKC
  ])('%j asks to close the open pulse', (text) => {
    expect(parseCommandText(text)).toEqual({ kind: 'pulse-close' });
  });

  it.each(['pulse now', 'PULSE   now'])('%j still opens a pulse', (text) => {
    expect(parseCommandText(text)).toEqual({ kind: 'pulse-now' });
  });

  it.each(['pulse', 'pulse closed', 'pulse close now', 'pulse close 7', 'pulse clos', 'pulse end', 'close'])(
    '%j is not a close, and says which pulse commands there are',
    (text) => {
      const command = parseCommandText(text);
      expect(command.kind).toBe('unknown');
      if (command.kind === 'unknown' && text.startsWith('pulse'))
        expect(command.reason).toBe('Did you mean `pulse now` or `pulse close`?');
    },
  );
});
