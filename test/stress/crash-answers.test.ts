/**
 * Many people submit the pulse modal at once while the bot process is SIGKILLed. Slack's ack of a
 * view_submission is the HTTP answer itself, so an answer whose thank-you came back must be stored:
 * after a restart on the same database no acknowledged answer is lost, nobody counts twice, and
 * everyone whose request failed can send it again.
 */
import type { ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { ACTIONS, PULSE_DM_EVENT, VIEWS } from '../../src/constants/slack-ids';
import { createPseudonymizer } from '../../src/services/pseudonym';
import { type CrashRig, useCrashHarness } from '../support/crash-harness';
import type { SignedClient } from '../support/signed-client';
import { TEST_PSEUDONYM_SECRET } from '../support/test-bot';
import { fillPulseModal, seedWorkspace } from '../support/workspace';

/** Requests in flight at any time, as if that many people pressed Submit together. */
const CONCURRENCY = 16;
/** The kill comes once this many thank-yous have come back. */
const KILL_AFTER = 40;

type Outcome = { user: string; definition: string; thanked: boolean; detail: string };
type StoredAnswer = { respondent: string; definition: string; ratings: number; priorities: number };

const definitionOf = (user: string) => `Answer within the hour and follow up, says ${user.slice(-3)}`;

/** The pulse's answers as stored, with how many ratings and priorities each has. */
function readAnswers(rig: CrashRig, pulseId: number): StoredAnswer[] {
  return rig.readDb(
    (db) =>
      db.$client
        .prepare(
          `select a.respondent as respondent, a.definition as definition,
                  (select count(*) from ratings r where r.answer_id = a.id) as ratings,
                  (select count(*) from priorities p where p.answer_id = a.id) as priorities
           from answers a where a.pulse_id = ?`,
        )
        .all(pulseId) as StoredAnswer[],
  );
}

async function submit(client: SignedClient, view: ModalView, user: string): Promise<Outcome> {
  const definition = definitionOf(user);
  try {
    const res = await client.viewSubmission(user, {
      callback_id: VIEWS.pulseAnswer,
      private_metadata: view.private_metadata ?? '',
      values: fillPulseModal(view, { definition }),
    });
    const thanked =
      res.status === 200 &&
      res.json?.response_action === 'update' &&
      JSON.stringify(res.json.view).includes('Thank you');
    return { user, definition, thanked, detail: `${res.status} ${res.text.slice(0, 200)}` };
  } catch (error) {
    return { user, definition, thanked: false, detail: String(error) };
  }
}

describe('answers submitted while the bot process is SIGKILLed', () => {
  const harness = useCrashHarness();

  it('every thanked answer survives, none counts twice, and the others can be sent again', async () => {
    const rig = await harness.open();
    const { fake } = rig;
    const people = seedWorkspace(fake, [
      { name: 'Sales', usergroup: 'SSALES001', size: 40 },
      { name: 'Support', usergroup: 'SSUPPORT1', size: 40 },
      { name: 'Product', usergroup: 'SPRODUCT1', size: 40 },
    ]);

    const first = await rig.start('first run');
    await rig.pulseNow(first, people.length);
    await fake.waitFor(
      (f) =>
        f.messages.some(
          (m) => (m.metadata as { event_type?: string } | undefined)?.event_type === PULSE_DM_EVENT,
        ),
      20_000,
    );
    const pulseId = Number(
      (fake.messages[0]?.metadata as { event_payload?: { pulse_id?: number } } | undefined)?.event_payload
        ?.pulse_id,
    );
    expect(pulseId).toBeGreaterThan(0);

    // the modal as Slack shows it (everyone is in a mapped department, so everyone gets this one)
    const trigger = 'trigger-crash-answers';
    await first.client.blockAction(
      people[0]?.id ?? '',
      { action_id: ACTIONS.answerPulse, value: String(pulseId) },
      { trigger_id: trigger },
    );
    await fake.waitFor((f) => f.callsTo('views.open').some((c) => c.args.trigger_id === trigger), 10_000);
    const view = fake.callsTo('views.open').find((c) => c.args.trigger_id === trigger)?.args
      .view as ModalView;
    const touchpoints = view.blocks.filter((b) => b.block_id?.startsWith('rate_')).length;
    expect(touchpoints).toBeGreaterThan(3);

    // everyone submits, CONCURRENCY at a time; every fourth person presses Submit twice at once
    const queue = people.flatMap((p, i) => (i % 4 === 0 ? [p.id, p.id] : [p.id]));
    const outcomes: Outcome[] = [];
    const thankedSoFar = new Set<string>();
    let inFlight = 0;
    let inFlightAtKill = -1;
    let killed: Promise<string> | undefined;
    const lane = async () => {
      for (let user = queue.shift(); user !== undefined; user = queue.shift()) {
        inFlight += 1;
        const outcome = await submit(first.client, view, user);
        inFlight -= 1;
        outcomes.push(outcome);
        if (outcome.thanked) thankedSoFar.add(user);
        if (thankedSoFar.size >= KILL_AFTER && !killed) {
          inFlightAtKill = inFlight;
          killed = first.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, lane));
    expect(await killed).toBe('SIGKILL');

    const thankedUsers = new Set(outcomes.filter((o) => o.thanked).map((o) => o.user));
    const failedUsers = new Set(people.map((p) => p.id).filter((id) => !thankedUsers.has(id)));
    expect(thankedUsers.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(failedUsers.size).toBeGreaterThan(0);
    // the kill cut requests mid-way, not only ones that had not started
    expect(inFlightAtKill).toBeGreaterThan(0);
    for (const o of outcomes.filter((x) => !x.thanked)) expect(o.detail).not.toContain('errors');

    // after the kill, before any restart: what was acknowledged is on disk, complete, once
    const pseudonym = createPseudonymizer(TEST_PSEUDONYM_SECRET);
    const byPseudonym = new Map(people.map((p) => [pseudonym(pulseId, p.id), p.id]));
    const checkStored = (stored: StoredAnswer[]) => {
      expect(new Set(stored.map((a) => a.respondent)).size).toBe(stored.length);
      for (const a of stored) {
        const user = byPseudonym.get(a.respondent);
        expect(user, 'an answer from nobody who submitted').toBeDefined();
        expect(a.definition).toBe(definitionOf(user ?? ''));
        expect(a).toMatchObject({ ratings: touchpoints, priorities: 3 });
      }
    };
    const afterKill = readAnswers(rig, pulseId);
    checkStored(afterKill);
    const storedUsers = new Set(afterKill.map((a) => byPseudonym.get(a.respondent)));
    const lost = [...thankedUsers].filter((u) => !storedUsers.has(u));
    expect(lost).toEqual([]);

    // restart on the same database: the rest send their answers again and are thanked
    const second = await rig.start('second run');
    for (const user of failedUsers) {
      const outcome = await submit(second.client, view, user);
      expect(outcome.thanked, `${user}: ${outcome.detail}${second.context()}`).toBe(true);
    }
    // the acknowledged ones are still there, unchanged, and nobody has two answers
    const final = readAnswers(rig, pulseId);
    checkStored(final);
    expect(final).toHaveLength(people.length);
    expect(new Set(final.map((a) => byPseudonym.get(a.respondent)))).toEqual(
      new Set(people.map((p) => p.id)),
    );
    await second.kill('SIGKILL');
  }, 90_000);
});
