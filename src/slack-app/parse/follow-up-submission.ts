import { z } from 'zod';
import { FOLLOW_UP_ACTION, FOLLOW_UP_BLOCKS } from '../../constants/slack-ids';
import type { FollowUpSubmission, Target } from '../../services/follow-ups';

const id = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31);

/** `pulseId:touchpointId`, exactly as the report's button writes it. */
export const followUpTarget = z
  .string()
  .regex(/^[1-9]\d{0,9}:[1-9]\d{0,9}$/)
  .transform((v): Target => {
    const [pulseId, touchpointId] = v.split(':').map(Number);
    return { pulseId: pulseId ?? 0, touchpointId: touchpointId ?? 0 };
  });

const metadata = z
  .string()
  .transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
  })
  .pipe(z.object({ pulseId: id, touchpointId: id }));

const field = <T extends z.ZodTypeAny>(value: T) => z.object({ [FOLLOW_UP_ACTION]: value }).optional();
const member = z.string().regex(/^[UW][A-Z0-9]+$/);

const valuesSchema = z.object({
  [FOLLOW_UP_BLOCKS.owner]: field(z.object({ selected_user: member.nullish() })),
  [FOLLOW_UP_BLOCKS.departments]: field(
    z.object({
      selected_options: z
        .array(z.object({ value: id }))
        .max(100)
        .nullish(),
    }),
  ),
  [FOLLOW_UP_BLOCKS.nextStep]: field(z.object({ value: z.string().max(3000).nullish() })),
  [FOLLOW_UP_BLOCKS.dueDate]: field(
    z.object({
      selected_date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullish(),
    }),
  ),
  [FOLLOW_UP_BLOCKS.channel]: field(
    z.object({
      selected_conversation: z
        .string()
        .regex(/^[CG][A-Z0-9]+$/)
        .nullish(),
    }),
  ),
});

/** The "Follow up" modal's values, or null when they cannot be read (nothing is then saved). */
export function parseFollowUpSubmission(view: {
  id: string;
  private_metadata: string;
  state: { values: unknown };
}): FollowUpSubmission | null {
  const target = metadata.safeParse(view.private_metadata);
  const values = valuesSchema.safeParse(view.state.values);
  if (!target.success || !values.success || view.id === '') return null;
  const v = values.data;
  const A = FOLLOW_UP_ACTION;
  return {
    ...target.data,
    viewId: view.id,
    ownerId: v[FOLLOW_UP_BLOCKS.owner]?.[A].selected_user ?? null,
    departmentIds: (v[FOLLOW_UP_BLOCKS.departments]?.[A].selected_options ?? []).map((o) => o.value),
    nextStep: v[FOLLOW_UP_BLOCKS.nextStep]?.[A].value ?? null,
    dueDate: v[FOLLOW_UP_BLOCKS.dueDate]?.[A].selected_date ?? null,
    channelId: v[FOLLOW_UP_BLOCKS.channel]?.[A].selected_conversation ?? null,
  };
}
