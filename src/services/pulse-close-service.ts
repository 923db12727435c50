import { UserError } from '../errors';
import type { SlackMessage } from '../render/help';
import { plainMessage } from '../render/plain-message';
import {
  NO_OPEN_PULSE,
  renderCloseConfirmation,
  renderClosed,
  renderKeptOpen,
  renderNotClosed,
} from '../render/pulse-close';
import type { AccessService } from './access-service';
import type { PulseService } from './pulses';
import type { ReportService } from './report-service';
import type { SettingsService } from './settings-service';

type ConfirmDeps = {
  access: Pick<AccessService, 'isAdmin'>;
  reports: Pick<ReportService, 'open' | 'openCount'>;
};

async function refuseUnlessAdmin(access: ConfirmDeps['access'], userId: string): Promise<void> {
  if (!(await access.isAdmin(userId)))
    throw new UserError(
      'Only CX Align admins can close a pulse.',
      'Ask an admin, or wait: the pulse closes by itself at its close time, and its results follow.',
    );
}

/**
 * `/cx-alignment pulse close`: never closes, only asks, with the open pulse's count so far (the
 * rounded count every open-pulse line shows). No open pulse → says so.
 */
export async function confirmClose(deps: ConfirmDeps, userId: string): Promise<SlackMessage> {
  await refuseUnlessAdmin(deps.access, userId);
  const open = deps.reports.open();
  return open ? renderCloseConfirmation(open) : plainMessage(NO_OPEN_PULSE);
}

export type PulseCloseDeps = ConfirmDeps & {
  pulses: Pick<PulseService, 'byId' | 'closeOffLoop'>;
  settings: Pick<SettingsService, 'get'>;
  /** The digest of a closed pulse; it posts a pulse's digest once, so a second call joins the first. */
  closeDigest: (pulseId: number) => Promise<void>;
};

/** The buttons of the `pulse close` confirmation. */
export function createPulseCloseService(deps: PulseCloseDeps) {
  const { pulses, reports } = deps;
  return {
    /**
     * "Close it now": closes the pulse through the same path as its close time (results frozen,
     * invites cancelled, the close digest started), only if it is still the open one, and says
     * what happened. The close runs off the event loop (acks stay fast); from the re-check to its
     * start nothing is awaited, and a scheduled close or a second press joins the same run.
     */
    async closeNow(userId: string, pulseId: number): Promise<SlackMessage> {
      await refuseUnlessAdmin(deps.access, userId);
      const pulse = pulses.byId(pulseId);
      // the exact count, read just before the close starts: what its frozen results hold
      const open = reports.openCount();
      if (pulse?.status !== 'open' || open?.pulseId !== pulseId)
        return renderNotClosed(pulseId, pulse, open?.pulseId ?? null);
      if (!(await pulses.closeOffLoop(pulseId)))
        return renderNotClosed(pulseId, pulses.byId(pulseId), reports.open()?.pulseId ?? null);
      // wait for the digest the close started, so "posted" is said once it is (a failure of it is
      // logged by the close's own run, and told to the admins when it is theirs to fix)
      await deps.closeDigest(pulseId).catch(() => undefined);
      return renderClosed(open, deps.settings.get().digest_channels);
    },
    /** "Keep it open": nothing changes. */
    keepOpen(pulseId: number): SlackMessage {
      const pulse = pulses.byId(pulseId);
      return renderKeptOpen(pulseId, pulse?.status === 'open' ? pulse.closesAt : null);
    },
  };
}
export type PulseCloseService = ReturnType<typeof createPulseCloseService>;
