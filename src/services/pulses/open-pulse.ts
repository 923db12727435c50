import { MAX_TOUCHPOINTS } from '../../constants/limits';
import type { PulseRow } from '../../db/repositories/pulse-repository';
import { UserError } from '../../errors';
import { slackDate } from '../../render/slack-date';
import { withCustomerWord } from '../org-service';
import type { PulseServiceDeps } from './deps';
import { type InvitedSplit, invitedSplit } from './invited-split';
import { enqueueInvites } from './pulse-dms';

const HOUR = 3_600_000;

export type OpenRequest =
  | { trigger: 'manual'; openedBy: string }
  | { trigger: 'schedule' | 'catch-up'; scheduleKey: string; slot: Date };

/** The bank's prompts are asked in turn: the new pulse records the turn it takes. */
function nextPrompt(deps: Pick<PulseServiceDeps, 'pulses' | 'org' | 'settings'>): {
  secondPrompt: string | null;
  promptIndex: number | null;
} {
  const none = { secondPrompt: null, promptIndex: null };
  const s = deps.settings.get();
  if (!s.second_prompt_enabled) return none;
  const bank = deps.org.prompts();
  if (bank.length === 0) return none;
  const index = deps.pulses.nextPromptIndex();
  const prompt = bank[index % bank.length];
  if (!prompt) return none;
  const words = { singular: s.customer_word, plural: s.customer_word_plural };
  return { secondPrompt: withCustomerWord(prompt.text, words), promptIndex: index };
}

function refuseWhileOpen(open: PulseRow[]): void {
  const first = open[0];
  if (!first) return;
  throw new UserError(
    `Pulse #${first.id} is still open (until ${slackDate(first.closesAt, undefined, 'its close time')}).`,
    'One pulse runs at a time, so answers stay comparable. It closes by itself; the next one can start after that.',
  );
}

/** One roster refresh at a time: concurrent opens share the refresh that is under way. */
function sharedRosterRefresh(
  deps: Pick<PulseServiceDeps, 'roster' | 'people' | 'logger'>,
): () => Promise<void> {
  const { people, logger } = deps;
  let refreshing: Promise<void> | null = null;
  return () => {
    refreshing ??= (async () => {
      try {
        await deps.roster.refresh();
      } catch (error) {
        if (people.countActive() === 0) {
          logger.error('roster refresh failed', error);
          throw new UserError(
            'I could not read the member list from Slack, so no pulse was opened. Please try again in a minute.',
          );
        }
        logger.warn('roster refresh failed; using the roster from last time', error);
      }
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  };
}

/** Opening pulses and fanning out their invites; `close` ends a pulse a scheduled one replaces. */
export function pulseOpening(deps: PulseServiceDeps, close: (pulseId: number) => void) {
  const { pulses, settings, logger, clock } = deps;
  const refreshRoster = sharedRosterRefresh(deps);

  return {
    /**
     * Opens a pulse; `noDepartment` counts who was left out for having no mapped department,
     * `noWorkingHour` who (local time on) has no working hour before the close and is invited at once.
     */
    async open(request: OpenRequest): Promise<{
      pulse: PulseRow;
      recipients: number;
      split: InvitedSplit;
      noDepartment: number;
      noWorkingHour: number;
    } | null> {
      const now = clock();
      if (request.trigger === 'manual') refuseWhileOpen(pulses.listOpen());
      const touchpoints = deps.org.touchpoints().slice(0, MAX_TOUCHPOINTS);
      if (touchpoints.length === 0)
        throw new UserError(
          'There are no touchpoints to ask about. Add some in `/cx-alignment config` first.',
        );
      await refreshRoster();
      // From here to the enqueue there is no await (better-sqlite3 is synchronous), so no other
      // open can slip in between this re-read of the open pulses and the create.
      const open = pulses.listOpen();
      if (request.trigger === 'manual') refuseWhileOpen(open);
      const s = settings.get();
      const pulse = createPulseRow(deps, request, now, touchpoints);
      if (!pulse) return null; // this schedule window has its pulse already
      // a scheduled pulse replaces one still open from before
      for (const old of open) close(old.id);
      const {
        added: recipients,
        noDepartment,
        noWorkingHour,
      } = enqueueInvites(deps, pulse, request.trigger === 'manual' ? null : request.slot);
      logger.info(
        `pulse #${pulse.id} opened (${request.trigger}); ${recipients} DMs queued, ${noDepartment} left out for having no department, ${noWorkingHour} with no working hour before the close (invited at once)`,
      );
      const threshold = Math.max(pulse.anonymityThreshold ?? 0, s.anonymity_threshold);
      return {
        pulse,
        recipients,
        noDepartment,
        noWorkingHour,
        split: invitedSplit(deps.people.listRoster(), threshold),
      };
    },

    /** After a crash between opening and enqueueing: finish the enqueue for open pulses. */
    resumeEnqueue(): void {
      for (const pulse of pulses.listOpen()) {
        if (pulse.enqueuedAt) continue;
        // one pulse that cannot be resumed is logged and left for the next start: it never stops this one
        try {
          enqueueInvites(deps, pulse, pulse.openedAt);
        } catch (error) {
          logger.error(
            `resuming the invitations of pulse #${pulse.id} failed; the next start tries again`,
            error,
          );
        }
      }
    },
  };
}

/** The pulse row, with its reminder and close times counted from now; null: this slot has one. */
function createPulseRow(
  deps: PulseServiceDeps,
  request: OpenRequest,
  now: Date,
  touchpoints: { id: number; name: string }[],
): PulseRow | null {
  const s = deps.settings.get();
  // reminder and close run from now, also for a late catch-up (people get the full answering
  // window); the every-N-weeks interval is measured from the slot (see the scheduler)
  const remindAt =
    s.remind_after_hours > 0 && s.remind_after_hours < s.close_after_hours
      ? new Date(now.getTime() + s.remind_after_hours * HOUR)
      : null;
  return deps.pulses.create(
    {
      trigger: request.trigger,
      scheduleKey: request.trigger === 'manual' ? null : request.scheduleKey,
      openedBy: request.trigger === 'manual' ? request.openedBy : null,
      openedAt: now,
      remindAt,
      closesAt: new Date(now.getTime() + s.close_after_hours * HOUR),
      customerWord: s.customer_word,
      ...nextPrompt(deps),
    },
    touchpoints.map((t) => ({ touchpointId: t.id, name: t.name })),
  );
}
