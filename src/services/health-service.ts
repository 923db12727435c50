import type { Logger } from '../logging/logger';
import { SlackCallError } from '../slack-client/gateway';

/** How often the bot token is checked with auth.test after the start's own check. */
export const AUTH_CHECK_EVERY_MS = 60_000;
/** A write probe's answer is reused this long, so a flood of /healthz costs one probe a second. */
const PROBE_TTL_MS = 1000;

export type Health = { ok: boolean; reasons: string[] };

/** A failed auth.test as a short reason: Slack's error code or the kind of failure, no token. */
function authReason(error: unknown): string {
  if (!(error instanceof SlackCallError)) return 'Slack auth.test failed';
  const f = error.failure;
  const why =
    f.kind === 'platform' ? f.code : f.kind === 'http' ? `HTTP ${f.status}` : f.kind.replace('_', ' ');
  return `Slack auth.test failed: ${why}`;
}

/**
 * Whether the bot can do its work: the database takes a write (a probe, see db/health-probe) and
 * the last Slack auth.test passed (the start's, then one every `authEveryMs`). The reasons say
 * which failed, in words an operator can act on, with no secret and no user id.
 */
export function createHealthService(deps: {
  probeDb: () => string | null;
  authTest: () => Promise<void>;
  logger: Logger;
  authEveryMs?: number;
}) {
  const { logger } = deps;
  // startBot checks the token before it listens, so the first state is "passed"
  let authProblem: string | null = null;
  let probed: { at: number; problem: string | null } | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function checkAuth(): Promise<void> {
    let problem: string | null = null;
    try {
      await deps.authTest();
    } catch (error) {
      problem = authReason(error);
    }
    if (problem !== authProblem) {
      if (problem) logger.warn(`health: ${problem}`);
      else logger.info('health: Slack auth.test passes again');
    }
    authProblem = problem;
  }

  return {
    checkAuth,
    /** Starts the periodic auth.test (the timer does not keep the process alive). */
    start(): void {
      timer ??= setInterval(() => void checkAuth(), deps.authEveryMs ?? AUTH_CHECK_EVERY_MS);
      timer.unref();
    },
    stop(): void {
      clearInterval(timer);
      timer = undefined;
    },
    check(): Health {
      const now = Date.now();
      if (!probed || now - probed.at >= PROBE_TTL_MS) probed = { at: now, problem: deps.probeDb() };
      const reasons = [
        ...(probed.problem ? [`database is not writable (${probed.problem})`] : []),
        ...(authProblem ? [authProblem] : []),
      ];
      return { ok: reasons.length === 0, reasons };
    },
  };
}
export type HealthService = ReturnType<typeof createHealthService>;
