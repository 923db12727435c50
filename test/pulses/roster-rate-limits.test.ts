/**
 * Slack's 429s during a roster refresh and on the Answer button: a rate-limited read waits its
 * Retry-After and tries again, a read that still fails keeps everyone's department, and a 429 on
 * views.open tells the person to click again without holding up anyone else's modal.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/constants/slack-ids';
import { createLogger } from '../../src/logging/logger';
import { BUSY_TEXT } from '../../src/services/pulse-ui-service';
import { createRosterService } from '../../src/services/roster-service';
import { USERS_PAGE } from '../../src/slack-client/gateway';
import { openPulseModal } from '../support/answer-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';
import { seedWorkspace } from '../support/workspace';

const ADMIN = 'UADMIN001';
const FIELD = 'Xf0TEAM';

function rosterOf(t: TestBot) {
  const c = t.bot.container;
  return createRosterService({
    gateway: c.gateway,
    people: c.repos.people,
    departments: c.repos.departments,
    settings: c.settings,
    logger: createLogger({ level: 'error', sink: (line) => t.logs.push(line) }),
    clock: () => new Date(),
  });
}

/** slack id → [department name, source] for everyone given. */
function departmentsOf(t: TestBot, ids: string[]): Record<string, [string | null, string | null]> {
  const names = new Map(t.bot.container.repos.departments.listActive().map((d) => [d.id, d.name]));
  const out: Record<string, [string | null, string | null]> = {};
  for (const id of ids) {
    const p = t.bot.container.repos.people.bySlackId(id);
    out[id] = [p?.departmentId ? (names.get(p.departmentId) ?? null) : null, p?.departmentSource ?? null];
  }
  return out;
}

const rateLimitedCalls = (t: TestBot, method: string) =>
  t.fake.calls.filter((c) => c.method === method && c.status === 429);

describe('roster refresh under rate limits', () => {
  let t: TestBot;
  beforeEach(async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
  });
  afterEach(() => t.stop());

  it('a 429 on usergroups.users.list waits Retry-After and leaves every department intact', async () => {
    const deps = [
      { name: 'Sales', usergroup: 'SSALES001', size: 4 },
      { name: 'Marketing', usergroup: 'SMARKET01', size: 4 },
      { name: 'Product', usergroup: 'SPRODUCT1', size: 4 },
    ];
    const people = seedWorkspace(t.fake, deps);
    t.bot.container.repos.departments.replaceActive(
      deps.map((d) => ({ name: d.name, usergroupId: d.usergroup, profileValue: null })),
      new Date(),
    );
    const roster = rosterOf(t);
    const ids = people.map((p) => p.id);
    const expected = Object.fromEntries(people.map((p) => [p.id, [p.department, 'usergroup']]));
    expect(await roster.refresh()).toEqual({ people: 12 });
    expect(departmentsOf(t, ids)).toEqual(expected);

    // one 429 on the second group: the refresh waits a second and reads it again
    t.fake.fail(
      'usergroups.users.list',
      { status: 429, retryAfter: 1 },
      1,
      (a) => a.usergroup === 'SMARKET01',
    );
    const started = Date.now();
    expect(await roster.refresh()).toEqual({ people: 12 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(rateLimitedCalls(t, 'usergroups.users.list')).toHaveLength(1);
    expect(
      t.fake.callsTo('usergroups.users.list').filter((c) => c.args.usergroup === 'SMARKET01'),
    ).toHaveLength(2);
    expect(departmentsOf(t, ids)).toEqual(expected);

    // a read that fails for good (not a 429: no retry) means "unknown", not "no department"
    t.fake.fail('usergroups.users.list', { error: 'fatal_error' }, 1, (a) => a.usergroup === 'SSALES001');
    expect(await roster.refresh()).toEqual({ people: 12 });
    expect(departmentsOf(t, ids)).toEqual(expected);

    // and once the group is readable again, a real change of group still lands
    const mover = people.find((p) => p.department === 'Sales')?.id ?? '';
    for (const g of t.fake.usergroups) {
      g.users = g.users.filter((u) => u !== mover);
      if (g.id === 'SPRODUCT1') g.users.push(mover);
    }
    await roster.refresh();
    expect(departmentsOf(t, [mover])).toEqual({ [mover]: ['Product', 'usergroup'] });
  });

  it('a 429 on users.profile.get waits Retry-After; a profile that cannot be read keeps its department', async () => {
    const people = seedWorkspace(t.fake, [
      { name: 'Sales', usergroup: 'SUNUSED01', size: 3 },
      { name: 'Support', usergroup: 'SUNUSED02', size: 3 },
    ]);
    // departments come from the profile field only
    for (const m of t.fake.members) {
      const person = people.find((p) => p.id === m.id);
      if (person) m.profile = { fields: { [FIELD]: { value: person.department } } };
    }
    t.bot.container.repos.departments.replaceActive(
      [
        { name: 'Sales', usergroupId: null, profileValue: 'sales' },
        { name: 'Support', usergroupId: null, profileValue: 'Support' },
      ],
      new Date(),
    );
    t.bot.container.settings.update({ department_profile_field: FIELD }, ADMIN);
    const roster = rosterOf(t);
    const ids = people.map((p) => p.id);
    const expected = Object.fromEntries(people.map((p) => [p.id, [p.department, 'profile']]));
    await roster.refresh();
    expect(departmentsOf(t, ids)).toEqual(expected);
    const profileReads = t.fake.callsTo('users.profile.get').length;
    expect(profileReads).toBe(6);

    const second = people[1]?.id ?? '';
    t.fake.fail('users.profile.get', { status: 429, retryAfter: 1 }, 1, (a) => a.user === second);
    const started = Date.now();
    expect(await roster.refresh()).toEqual({ people: 6 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(rateLimitedCalls(t, 'users.profile.get')).toHaveLength(1);
    expect(t.fake.callsTo('users.profile.get')).toHaveLength(profileReads + 6);
    expect(departmentsOf(t, ids)).toEqual(expected);

    // a profile read that fails for good keeps that person's department and its source
    t.fake.fail('users.profile.get', { status: 500 }, 1, (a) => a.user === second);
    await roster.refresh();
    expect(departmentsOf(t, ids)).toEqual(expected);
  });

  it('reads a 1,000-member workspace 1,000 a page, retrying the page a 429 turned away', async () => {
    const people = seedWorkspace(t.fake, [{ name: 'Sales', usergroup: 'SSALES001', size: 1000 }]);
    t.bot.container.repos.departments.replaceActive(
      [{ name: 'Sales', usergroupId: 'SSALES001', profileValue: null }],
      new Date(),
    );
    // one page a second: the second page (the bot, Slackbot and a deactivated account) gets a 429
    t.fake.rateLimit('users.list', 1, 1);
    expect(await rosterOf(t).refresh()).toEqual({ people: 1000 });
    expect(t.bot.container.repos.people.countActive()).toBe(1000);

    expect(USERS_PAGE).toBe(1000);
    const pages = t.fake.callsTo('users.list');
    expect(pages.map((c) => Number(c.args.limit))).toEqual([1000, 1000]);
    expect(pages.map((c) => c.args.cursor ?? null)).toEqual([null, 'page-1000']);
    const limited = rateLimitedCalls(t, 'users.list');
    expect(limited).toHaveLength(1);
    expect(limited[0]?.args.cursor).toBe('page-1000'); // the same page again, not a fresh start
    const sample = people.slice(0, 3).map((p) => p.id);
    expect(Object.values(departmentsOf(t, sample))).toEqual(sample.map(() => ['Sales', 'usergroup']));
  });
});

describe('views.open under a rate limit', () => {
  let t: TestBot;
  afterEach(() => t.stop());

  it('tells the person to click Answer again, and does not hold up the next person', async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    const deps = [{ name: 'Sales', usergroup: 'SSALES001', size: 2 }];
    const people = seedWorkspace(t.fake, deps);
    t.bot.container.repos.departments.replaceActive(
      deps.map((d) => ({ name: d.name, usergroupId: d.usergroup, profileValue: null })),
      new Date(),
    );
    await t.client.command('pulse now', { user: ADMIN });
    await t.fake.waitFor((f) => f.callsTo('chat.postMessage').length >= 2);
    const pulseId = t.bot.container.pulses.current()?.id ?? 0;
    expect(pulseId).toBeGreaterThan(0);
    const [first, second] = people.map((p) => p.id) as [string, string];

    // a long Retry-After: were the interactive lane paused, the next modal would wait that long
    t.fake.fail('views.open', { status: 429, retryAfter: 5 }, 1);
    const started = Date.now();
    await t.client.blockAction(
      first,
      { action_id: ACTIONS.answerPulse, value: String(pulseId) },
      { trigger_id: 'trigger-limited' },
    );
    await t.fake.waitFor((f) => f.responses.some((r) => r.body.text === BUSY_TEXT), 2000);
    const busy = t.fake.responses.find((r) => r.body.text === BUSY_TEXT);
    expect(busy?.body.response_type).toBe('ephemeral');

    const view = await openPulseModal(t, second, pulseId);
    expect(view.type).toBe('modal');
    expect(Date.now() - started).toBeLessThan(2000);
    // the expired trigger is not tried again behind the person's back
    expect(
      t.fake.calls.filter((c) => c.method === 'views.open' && c.args.trigger_id === 'trigger-limited'),
    ).toHaveLength(1);
    // and the person who was told to click again gets their modal
    await openPulseModal(t, first, pulseId);
  });
});

describe('a leader check under a rate limit', () => {
  let t: TestBot;
  afterEach(() => t.stop());

  it('answers at once from what it knows, rather than waiting out a 429 the roster would wait for', async () => {
    t = await startTestBot({ CX_ALIGN_ADMINS: ADMIN });
    seedWorkspace(t.fake, [{ name: 'Leaders', usergroup: 'SLEADERS1', size: 1 }]);
    t.bot.container.settings.update({ leaders: { users: [], usergroup: 'SLEADERS1' } }, ADMIN);
    // were the check to wait Retry-After, the reply would come 5 s later and the group be read twice
    t.fake.fail('usergroups.users.list', { status: 429, retryAfter: 5 }, 1);
    const started = Date.now();
    await t.client.command('', { user: 'USOMEONE1', responseId: 'leader-check' });
    await t.fake.waitFor((f) => f.responses.some((r) => r.path === '/respond/leader-check'), 3000);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(t.fake.calls.filter((c) => c.method === 'usergroups.users.list')).toHaveLength(1);
    expect(rateLimitedCalls(t, 'usergroups.users.list')).toHaveLength(1);
    const reply = t.fake.responses.find((r) => r.path === '/respond/leader-check');
    expect(JSON.stringify(reply?.body)).toContain('for leaders');
  });
});
