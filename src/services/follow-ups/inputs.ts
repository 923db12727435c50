import type { Target } from './deps';

/** A "Follow up" modal as submitted, already read by the parser (slack-app/parse/follow-up-submission). */
export type FollowUpSubmission = Target & {
  /** Slack's view id: the same for every retry of this submission, so it keys the save. */
  viewId: string;
  ownerId: string | null;
  departmentIds: number[];
  nextStep: string | null;
  dueDate: string | null;
  channelId: string | null;
};

/** What the modal's submission gets back: inline errors per block, or the saved confirmation. */
export type SaveResult = { ok: true; message: string } | { ok: false; errors: Record<string, string> };
