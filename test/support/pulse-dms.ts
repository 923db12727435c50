import { PULSE_DM_EVENT } from '../../src/constants/slack-ids';
import type { FakeSlack } from './fake-slack';
import type { TestBot } from './test-bot';

type PulseMeta = { event_type?: string; event_payload?: { pulse_id?: number } };

/** Pulse DMs the stand-in actually posted for one pulse, per person (DM channel D… of user U…). */
export function dmsPerPerson(fake: FakeSlack, pulseId: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of fake.messages) {
    const meta = m.metadata as PulseMeta | undefined;
    if (meta?.event_type !== PULSE_DM_EVENT || meta.event_payload?.pulse_id !== pulseId) continue;
    const person = `U${m.channel.slice(1)}`;
    out.set(person, (out.get(person) ?? 0) + 1);
  }
  return out;
}

/** Waits until no invite of the pulse is pending or in flight, then a little longer for strays. */
export async function outboxDrained(t: TestBot, pulseId: number, timeoutMs: number): Promise<void> {
  const counts = () => t.bot.container.pulses.deliveryCounts(pulseId);
  await t.fake.waitFor(() => {
    const c = counts();
    return c.pending === 0 && c.in_flight === 0 && c.sent + c.failed > 0;
  }, timeoutMs);
  await new Promise((r) => setTimeout(r, 300));
}
