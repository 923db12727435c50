import { z } from 'zod';

const memberId = z.string().regex(/^[UW][A-Z0-9]+$/);

/** The fields of a block_actions payload a button handler reads. */
export const buttonActionSchema = z.object({
  user: z.object({ id: memberId }),
  trigger_id: z.string().min(1),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().max(2000).optional() })).min(1),
});

/** A pulse id carried in a button value. */
export const pulseIdValue = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31);

/**
 * A pulse id exactly as our buttons write it (decimal digits, no sign, space, exponent or hex),
 * for a button whose press changes something for everyone: "0x7" or " 7" is not read as 7.
 */
export const exactPulseIdValue = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .positive()
      .max(2 ** 31),
  );

export const viewSubmissionSchema = z.object({
  user: z.object({ id: memberId }),
  view: z.object({
    id: z.string(),
    callback_id: z.string(),
    private_metadata: z.string().max(3000).default(''),
    state: z.object({ values: z.unknown() }),
  }),
});
