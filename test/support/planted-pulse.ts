import { answerPulse } from './answer-pulse';
import type { TestBot } from './test-bot';
import { seedWorkspace } from './workspace';

export const ADMIN = 'UADMIN001';
export const LEADER = 'ULEADER01';
export const PLANTED = 'Sales conversations';

/**
 * A pulse answered through the real app with a planted divergence: Sales rates "Sales
 * conversations" high, Customer Service rates it low; Executive has 2 people (under the threshold).
 */
export async function runPlantedPulse(
  t: TestBot,
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
  return { people, pulseId };
}
