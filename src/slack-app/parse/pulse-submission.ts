import { z } from 'zod';
import { BLOCK, QUOTE_CONSENT, VALUE_ACTION } from '../../constants/slack-ids';
import type { PulseSubmission } from '../../services/inputs';

export type { PulseSubmission };

/** One input's state as Slack sends it in view_submission. */
const stateValue = z.object({
  type: z.string(),
  value: z.string().nullish(),
  selected_option: z.object({ value: z.string().max(150) }).nullish(),
  selected_options: z
    .array(z.object({ value: z.string().max(150) }))
    .max(100)
    .nullish(),
});
const stateValues = z.record(z.string().max(255), z.record(z.string().max(255), stateValue));

export const pulseMetadataSchema = z
  .string()
  .max(3000)
  .transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'bad metadata' });
      return z.NEVER;
    }
  })
  .pipe(z.object({ pulseId: z.number().int().positive() }));

/** Reads the pulse modal's state; returns null when the payload is not shaped like Slack's. */
export function parsePulseSubmission(values: unknown): PulseSubmission | null {
  const parsed = stateValues.safeParse(values);
  if (!parsed.success) return null;
  const get = (block: string) => parsed.data[block]?.[VALUE_ACTION];
  const out: PulseSubmission = {
    departmentId: get(BLOCK.department)?.selected_option?.value ?? null,
    nextDepartmentId: get(BLOCK.nextDepartment)?.selected_option?.value ?? null,
    definition: get(BLOCK.definition)?.value ?? null,
    secondAnswer: get(BLOCK.second)?.value ?? null,
    comment: get(BLOCK.comment)?.value ?? null,
    ratings: new Map(),
    priorities: (get(BLOCK.priorities)?.selected_options ?? []).map((o) => o.value),
    quoteConsent: (get(BLOCK.quoteConsent)?.selected_options ?? []).some((o) => o.value === QUOTE_CONSENT),
    unknownBlocks: [],
    hasDepartmentBlock: parsed.data[BLOCK.department] !== undefined,
  };
  const known = new Set<string>([
    BLOCK.department,
    BLOCK.nextDepartment,
    BLOCK.definition,
    BLOCK.second,
    BLOCK.comment,
    BLOCK.priorities,
    BLOCK.quoteConsent,
  ]);
  for (const block of Object.keys(parsed.data)) {
    if (block.startsWith(BLOCK.ratingPrefix)) {
      out.ratings.set(block.slice(BLOCK.ratingPrefix.length), get(block)?.selected_option?.value ?? null);
    } else if (!known.has(block)) {
      out.unknownBlocks.push(block);
    }
  }
  return out;
}
