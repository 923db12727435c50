import { z } from 'zod';

/** The fields of a slash command payload that CX Align reads. */
export const slashCommandSchema = z.object({
  user_id: z.string().regex(/^[UW][A-Z0-9]+$/),
  team_id: z.string().min(1),
  channel_id: z.string().min(1),
  text: z.string().max(4000).default(''),
  trigger_id: z.string().min(1),
  response_url: z.string().url(),
});
export type SlashCommand = z.infer<typeof slashCommandSchema>;
