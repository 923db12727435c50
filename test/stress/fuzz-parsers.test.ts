/**
 * The parsers every Slack payload goes through, fuzzed directly (cheap, so 1,000+ runs each): they
 * never throw, and what they return is always well formed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK, SETTINGS_ACTION, SETTINGS_BLOCKS, VALUE_ACTION } from '../../src/constants/slack-ids';
import { type Command, parseCommandText } from '../../src/slack-app/parse/command-text';
import { parsePulseSubmission, pulseMetadataSchema } from '../../src/slack-app/parse/pulse-submission';
import { parseSettingsSubmission } from '../../src/slack-app/parse/settings-submission';
import { cleanText } from '../../src/util/clean-text';
import { COMMAND_WORDS, HOSTILE_SNIPPETS, hostileText } from '../support/fuzz/hostile';
import { runs } from '../support/fuzz/scale';

const RUNS = runs(1000);
const KINDS = new Set<Command['kind']>([
  'report',
  'touchpoint',
  'dept',
  'trend',
  'export',
  'pulse-now',
  'pulse-close',
  'config',
  'help',
  'unknown',
]);

/** Anything a JSON payload can hold, hostile strings included. */
const jsonish: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText(60, 300),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('value', 'type')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** One input's state as Slack sends it, sometimes with the wrong types or oversized. */
const stateValue = fc.record(
  {
    type: fc.oneof(fc.constantFrom('plain_text_input', 'static_select', 'multi_static_select'), jsonish),
    value: fc.oneof(hostileText(100, 12_000), fc.constant(null), jsonish),
    selected_option: fc.oneof(
      fc.constant(null),
      fc.record({ value: fc.oneof(hostileText(20, 200), fc.integer().map(String), jsonish) }),
      jsonish,
    ),
    selected_options: fc.oneof(
      fc.array(fc.record({ value: fc.oneof(hostileText(20, 200), fc.nat().map(String)) }), { maxLength: 6 }),
      fc.array(fc.record({ value: fc.constant('1') }), { minLength: 99, maxLength: 102 }),
      jsonish,
    ),
    selected_users: fc.oneof(fc.array(fc.string({ maxLength: 45 }), { maxLength: 4 }), jsonish),
    selected_conversations: fc.oneof(fc.array(fc.string({ maxLength: 45 }), { maxLength: 4 }), jsonish),
  },
  { requiredKeys: [] },
);

/** A view's state: known and unknown block ids, the right or a wrong action id. */
function stateValues(blockIds: readonly string[], action: string): fc.Arbitrary<unknown> {
  const blockId = fc.oneof(
    fc.constantFrom(...blockIds),
    fc.constantFrom('rate_1', 'rate_2', 'rate_', 'rate_abc', 'rate_-1', 'rate_99999999999999999999'),
    fc.string({ maxLength: 10 }),
    fc.constant('x'.repeat(300)),
    fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty'),
  );
  const actionId = fc.oneof(
    { weight: 4, arbitrary: fc.constant(action) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.dictionary(blockId, fc.dictionary(actionId, stateValue, { maxKeys: 2 }), { maxKeys: 8 }),
    },
    { weight: 1, arbitrary: jsonish },
  );
}

describe('parseCommandText', () => {
  it(`never throws and always returns a known, well-formed command (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 8, arbitrary: hostileText(300, 4200) }, { weight: 1, arbitrary: jsonish }),
        (raw) => {
          const command = parseCommandText(raw);
          expect(KINDS.has(command.kind)).toBe(true);
          if (command.kind === 'touchpoint' || command.kind === 'dept') {
            expect(command.name.length).toBeGreaterThan(0);
            expect(command.name.length).toBeLessThanOrEqual(80);
            // no control, zero-width or bidi character survives, and no padding
            expect(command.name).not.toMatch(/[\p{Cc}\p{Cf}]/u);
            expect(command.name).toBe(command.name.trim());
            expect(command.name).not.toMatch(/\s{2}/);
          }
          if (command.kind === 'unknown') {
            expect(command.input.length).toBeLessThanOrEqual(100);
            expect(command.reason.length).toBeGreaterThan(0);
          }
          // over Slack's 4,000 characters (counted in code points, as zod counts them)
          if (typeof raw === 'string' && Array.from(raw).length > 4000) expect(command.kind).toBe('unknown');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`reads a command the same whatever invisible characters, bidi marks or spacing surround it (${RUNS} runs)`, () => {
    const invisible = fc.string({
      unit: fc.constantFrom(' ', '\u200B', '\u202E', '\u2060', '\t', '\n', '\u00A0'),
      maxLength: 4,
    });
    const name = fc
      .array(fc.constantFrom('sales', 'Customer', 'support', 'web', '&', 'IT', 'Ops'), {
        minLength: 1,
        maxLength: 3,
      })
      .map((ws) => ws.join(' '));
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMAND_WORDS),
        name,
        invisible,
        invisible,
        invisible,
        (w, n, a, b, c) => {
          const plain = parseCommandText(`${w} ${n}`);
          const noisy = parseCommandText(`${a}${w}${b} ${n}${c}`);
          expect(noisy).toEqual(plain);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('parsePulseSubmission', () => {
  const blocks = [
    BLOCK.department,
    BLOCK.definition,
    BLOCK.second,
    BLOCK.comment,
    BLOCK.priorities,
    'rate_3',
  ];
  it(`never throws; what it returns names only the blocks it was given (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(stateValues(blocks, VALUE_ACTION), (values) => {
        const parsed = parsePulseSubmission(values);
        if (parsed === null) return;
        const given = Object.keys(values as Record<string, unknown>);
        for (const key of parsed.ratings.keys()) expect(given).toContain(`${BLOCK.ratingPrefix}${key}`);
        for (const [, v] of parsed.ratings) if (v !== null) expect(typeof v).toBe('string');
        for (const b of parsed.unknownBlocks) {
          expect(given).toContain(b);
          expect(b.startsWith(BLOCK.ratingPrefix)).toBe(false);
        }
        // zod counts characters (code points), as Slack's 150-character option value limit does
        expect(parsed.priorities.every((p) => typeof p === 'string' && Array.from(p).length <= 150)).toBe(
          true,
        );
        for (const text of [parsed.definition, parsed.secondAnswer, parsed.comment, parsed.departmentId])
          expect(text === null || typeof text === 'string').toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`reads private_metadata without throwing: a positive whole pulse id or nothing (${RUNS} runs)`, () => {
    const metadata = fc.oneof(
      hostileText(50, 4000),
      fc
        .oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.constant(2 ** 53))
        .map((id) => JSON.stringify({ pulseId: id })),
      jsonish.map((v) => JSON.stringify(v) ?? ''),
      fc.constantFrom('{"pulseId":1e400}', '{"pulseId":-0}', '{"pulseId":1', '{"__proto__":{"pulseId":1}}'),
    );
    fc.assert(
      fc.property(metadata, (raw) => {
        const parsed = pulseMetadataSchema.safeParse(raw);
        if (parsed.success) {
          expect(Number.isInteger(parsed.data.pulseId)).toBe(true);
          expect(parsed.data.pulseId).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseSettingsSubmission', () => {
  it(`never throws; a readable form has a string for every text field (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(stateValues(Object.values(SETTINGS_BLOCKS), SETTINGS_ACTION), (values) => {
        const form = parseSettingsSubmission(values);
        if (form === null) return;
        for (const [key, value] of Object.entries(form)) {
          if (key === 'options') {
            for (const flag of Object.values(value as Record<string, unknown>))
              expect(typeof flag).toBe('boolean');
          } else if (Array.isArray(value)) {
            expect(value.every((v) => typeof v === 'string')).toBe(true);
          } else {
            expect(typeof value).toBe('string');
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('cleanText', () => {
  const text = fc.oneof(
    hostileText(300, 5000),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc
      .array(fc.constantFrom(...HOSTILE_SNIPPETS, '\n', '\n\n\n', '\r', ' '), { maxLength: 20 })
      .map((p) => p.join('')),
  );
  it(`never throws; leaves no control, invisible or bidi character, no CR or tab, at most one blank line (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(text, (input) => {
        const out = cleanText(input);
        expect(out).not.toMatch(/\p{Cf}/u);
        expect(out).not.toMatch(/[^\P{Cc}\n]/u);
        expect(out).not.toMatch(/\n{3,}/);
        expect(out).toBe(out.trim());
        // it only removes: NFC may recompose (and can lengthen a compatibility ideograph), nothing more
        expect(out.length).toBeLessThanOrEqual(input.normalize('NFC').length);
        // a second pass changes nothing but Unicode composition (removing a joiner can leave
        // a mark next to a letter that NFC then composes): the text a person reads is the same
        expect(cleanText(out)).toBe(out.normalize('NFC'));
      }),
      { numRuns: RUNS },
    );
  });
});
