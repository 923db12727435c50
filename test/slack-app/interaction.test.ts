/** The pulse id a `pulse close` button carries, read back exactly as it was written. */
import { describe, expect, it } from 'vitest';
import { exactPulseIdValue } from '../../src/slack-app/parse/interaction';

describe('exactPulseIdValue', () => {
  it.each([
    ['1', 1],
    ['7', 7],
    ['2147483648', 2 ** 31],
  ])('reads %j as %d', (value, id) => {
    expect(exactPulseIdValue.safeParse(value)).toEqual({ success: true, data: id });
  });

  it.each([
    '',
    '0',
    '-1',
    '07',
    ' 7',
    '7 ',
    '7.0',
    '1e3',
    '0x7',
    '７',
    '2147483649',
    '99999999999',
    'abc',
    7,
    null,
  ])('refuses %j', (value) => {
    expect(exactPulseIdValue.safeParse(value).success).toBe(false);
  });
});
