import { answerPulse } from './answer-pulse';
import type { TestBot } from './test-bot';
import { seedWorkspace } from './workspace';

export const ADMIN = 'UADMIN001';
export const LEADER = 'ULEADER01';
export const PLANTED = 'Sales conversations';

/**
 * A pulse answered through the real app with a planted divergence: Sales rates "Sales
 * conversations" high, Customer Service rates it low; Executive has 2 people (under the threshold).
 *
 * Then, unless `close: false`, the pulse DMs go out and the pulse is closed through the app's pulse
 * service, as its close time would: Slack shows only closed pulses' results. Closing starts the
 * pulse's digest in the background (with no digest channel set yet: one note to the admins); the
 * helper waits until that run has finished, so a test starts from a settled state.
 */
export async function runPlantedPulse(
  t: TestBot,
  options: { close?: boolean } = {},
): Promise<{ people: { id: string; department: string }[]; pulseId: number }> {
  const deps = [
    { name: 'Sales', usergroup: 'SSALES001', size: 6 },
    { name: 'Customer Service', usergroup: 'SSERVICE1', size: 6 },
    { name: 'Marketing', usergroup: 'SMARKET01', size: 6 },
    { name: 'Executive', usergroup: 'SEXEC0001', size: 2 },
  ];
  const people = seedWorkspace(t.fake, deps);
  t.bot.container.repos.departments.replaceActive(
    deps.map((d) => ({ name: d.name, usergroupId: d.usergroup, profileValue: null })),
    new Date(),
  );
  t.bot.container.settings.update({ leaders: { users: [LEADER], usergroup: null } }, ADMIN);
  const opened = await t.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN });
  const pulseId = opened?.pulse.id ?? 0;
  const sentences: Record<string, string[]> = {
    Sales: [
      'Give them a discount when they ask',
      'A fair price and a good deal',
      'Free shipping and a discount',
    ],
    'Customer Service': [
      'Answer calls within 10 seconds',
      'Solve the problem on the first contact',
      'Reply fast and listen with empathy',
    ],
    Marketing: [
      'Remember who they are and personalise',
      'Surprise them with a gift',
      'Same great experience everywhere',
    ],
    Executive: ['Keep our promises', 'Be trustworthy'],
  };
  for (const [i, p] of people.entries()) {
    const defs = sentences[p.department] ?? ['Great service'];
    await answerPulse(t, p.id, {
      definition: defs[i % defs.length] ?? 'Great service',
      rating: (name) => {
        if (name !== PLANTED) return String(3 + (i % 2));
        if (p.department === 'Sales') return i % 2 ? '5' : '4';
        if (p.department === 'Customer Service') return i % 2 ? '1' : '2';
        return '3';
      },
      priorities:
        p.department === 'Customer Service'
          ? ['Customer support', 'Product & service quality']
          : [PLANTED, 'Advertising'],
    });
  }
  if (options.close ?? true) await closePulse(t, pulseId);
  return { people, pulseId };
}

/**
 * Closes a pulse as its close time would (through the pulse service), once its DMs are out, and
 * waits for the digest run its close starts (the digest service marks the pulse done at its end).
 */
export async function closePulse(t: TestBot, pulseId: number): Promise<void> {
  const { pulses, repos } = t.bot.container;
  const drained = () => {
    const counts = pulses.deliveryCounts(pulseId);
    return counts.pending === 0 && counts.in_flight === 0;
  };
  await t.fake.waitFor(drained, 20_000);
  pulses.close(pulseId);
  await t.fake.waitFor(() => repos.pulses.lastDigestDone() >= pulseId, 20_000);
}
