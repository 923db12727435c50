/**
 * Issue 18, point 2: a copy of the database must name nobody without the pseudonym secret. The
 * database is produced by the real app (HTTP mode, a fake Slack): two pulses with invitations, a
 * reminder to those who had not answered yet, answers before and after it, and closes. The copy is
 * made with `cx-align backup`, which must carry neither the secret nor `.env`; then each attack
 * reads only that file, as someone holding a stolen backup would, and finds no person.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackupCommand } from '../../src/cli/backup-command';
import { closeSqlite, openSqlite } from '../../src/db/open-db';
import { createPseudonymizer } from '../../src/services/pseudonym';
import { answerPulse } from '../support/answer-pulse';
import { ADMIN, closePulse } from '../support/planted-pulse';
import { startTestBot, type TestBot } from '../support/test-bot';
import { tempDir } from '../support/test-db';
import { seedWorkspace } from '../support/workspace';

const SECRET = 'linkage-test-secret-kept-in-a-file-0123456789';
const DAY = 86_400_000;
const DEPARTMENTS = [
  { name: 'Sales', usergroup: 'SSALES001', size: 6 },
  { name: 'Customer Service', usergroup: 'SSERVICE1', size: 6 },
  { name: 'Marketing', usergroup: 'SMARKET01', size: 6 },
];

type Person = { id: string; department: string };
/** A link an attack claims: this Slack user gave this answer. */
type Link = { slackUserId: string; answerId: number };

/** Opens a pulse, waits for its invitations to go out. */
async function openPulse(t: TestBot): Promise<number> {
  const opened = await t.bot.container.pulses.open({ trigger: 'manual', openedBy: ADMIN });
  const pulseId = opened?.pulse.id ?? 0;
  await t.fake.waitFor(() => t.bot.container.pulses.deliveryCounts(pulseId).sent === 18, 20_000);
  return pulseId;
}

const answer = (t: TestBot, p: Person, n: number) =>
  answerPulse(t, p.id, { definition: `Answer within the hour (${p.department}, ${n})` });

/**
 * Pulse 1: the first half of each department answers, the others are reminded, then they answer
 * too; pulse 2: everyone answers. Both are closed as their close time would close them.
 */
async function produce(t: TestBot, people: Person[]): Promise<{ early: Set<string>; late: Set<string> }> {
  const early = new Set(people.filter((_, i) => i % 6 < 3).map((p) => p.id));
  const late = new Set(people.filter((p) => !early.has(p.id)).map((p) => p.id));
  const first = await openPulse(t);
  for (const [i, p] of people.entries()) if (early.has(p.id)) await answer(t, p, i);
  const db = t.bot.container.db.$client;
  db.prepare('update pulses set remind_at = ? where id = ?').run(Date.now() - 1000, first);
  t.bot.container.pulses.housekeeping();
  const remindersSent = () =>
    db.prepare("select count(*) from deliveries where kind = 'reminder' and status = 'sent'").pluck().get();
  await t.fake.waitFor(() => remindersSent() === late.size, 20_000);
  for (const [i, p] of people.entries()) if (late.has(p.id)) await answer(t, p, i);
  await closePulse(t, first);
  const second = await openPulse(t);
  for (const [i, p] of people.entries()) await answer(t, p, i + 100);
  await closePulse(t, second);
  return { early, late };
}

/** Attack 1: a reminder row says who had not answered by then; an answer given after it is theirs. */
function remindersAgainstAnswerTimes(copy: Database.Database): Link[] {
  const reminders = copy
    .prepare(
      `select p.slack_user_id as user, d.pulse_id as pulseId, d.department_id as dept, d.updated_at as at
       from deliveries d join people p on p.id = d.person_id where d.kind = 'reminder'`,
    )
    .all() as { user: string; pulseId: number; dept: number; at: number }[];
  return reminders.flatMap((r) => {
    const after = copy
      .prepare('select id from answers where pulse_id = ? and department_id = ? and submitted_at > ?')
      .pluck()
      .all(r.pulseId, r.dept, r.at) as number[];
    const [only] = after;
    return after.length === 1 && only !== undefined ? [{ slackUserId: r.user, answerId: only }] : [];
  });
}

/** Attack 2: a person's row written in the same second as an answer (their first contact) is theirs. */
function peopleRowsAgainstAnswerTimes(copy: Database.Database): Link[] {
  const answers = copy.prepare('select id, submitted_at as at from answers').all() as {
    id: number;
    at: number;
  }[];
  return answers.flatMap((a) => {
    const near = copy
      .prepare('select slack_user_id from people where abs(created_at - ?) < 1000 or abs(seen_at - ?) < 1000')
      .pluck()
      .all(a.at, a.at) as string[];
    const [only] = near;
    return near.length === 1 && only !== undefined ? [{ slackUserId: only, answerId: a.id }] : [];
  });
}

/** Attack 3: one pseudonym in two pulses joins a person's answers (one named answer names all). */
function samePseudonymAcrossPulses(copy: Database.Database): string[] {
  return copy
    .prepare('select respondent from answers group by respondent having count(distinct pulse_id) > 1')
    .pluck()
    .all() as string[];
}

/** Attack 4: a closed pulse's outbox rows name who was invited and reminded, by department. */
function closedPulseDeliveries(copy: Database.Database): { user: string; pulseId: number }[] {
  return copy
    .prepare(
      `select p.slack_user_id as user, d.pulse_id as pulseId from deliveries d
       join people p on p.id = d.person_id join pulses u on u.id = d.pulse_id where u.status = 'closed'`,
    )
    .all() as { user: string; pulseId: number }[];
}

describe('a database the app produced names nobody without the secret (issue 18)', () => {
  const tmp = tempDir();
  let t: TestBot;
  let people: Person[];
  let copy: Database.Database;
  let backup: string;
  let backupDir: string;
  let late: Set<string>;

  beforeAll(async () => {
    // the secret lives in a file of its own, as a systemd credential would
    const secretFile = join(tmp.dir, 'pseudonym-secret');
    writeFileSync(secretFile, `${SECRET}\n`, { mode: 0o600 });
    t = await startTestBot({ CX_ALIGN_PSEUDONYM_SECRET: '', CX_ALIGN_PSEUDONYM_SECRET_FILE: secretFile });
    people = seedWorkspace(t.fake, DEPARTMENTS);
    t.bot.container.repos.departments.replaceActive(
      DEPARTMENTS.map((d) => ({ name: d.name, usergroupId: d.usergroup, profileValue: null })),
      new Date(),
    );
    ({ late } = await produce(t, people));

    // the operator's folder: a .env (with a secret in it, as a first start writes) beside the data
    const work = join(tmp.dir, 'work');
    mkdirSync(work);
    writeFileSync(
      join(work, '.env'),
      `CX_ALIGN_PSEUDONYM_SECRET=${SECRET}\nSLACK_BOT_TOKEN=xoxb-from-dotenv\n`,
    );
    backupDir = join(tmp.dir, 'backups');
    mkdirSync(backupDir);
    backup = join(backupDir, 'cx-align-copy.db');
    const before = { ...process.env };
    let out = '';
    const code = await runBackupCommand([backup], {
      stdout: (text) => {
        out += text;
      },
      stderr: (text) => {
        out += text;
      },
      env: { DATABASE_PATH: t.config.databasePath },
      cwd: work,
    });
    // the command loads .env into this process: put the environment back as it was
    for (const key of Object.keys(process.env)) if (!(key in before)) delete process.env[key];
    expect(code, out).toBe(0);
    copy = openSqlite(backup, { readonly: true, fileMustExist: true });
  }, 120_000);
  afterAll(async () => {
    if (copy) closeSqlite(copy);
    await t?.stop();
    tmp.cleanup();
  });

  it('the backup holds the answers, but no byte of the secret and nothing of .env', () => {
    expect(copy.prepare('select count(*) from answers').pluck().get()).toBe(36);
    const bytes = readFileSync(backup);
    for (const needle of [SECRET, Buffer.from(SECRET).toString('hex'), 'xoxb-from-dotenv', 'CX_ALIGN_'])
      expect(bytes.includes(Buffer.from(needle)), needle).toBe(false);
    expect(bytes.includes(Buffer.from(SECRET, 'utf16le'))).toBe(false);
    expect(readdirSync(backupDir).filter((f) => f.includes('env') || f.includes('secret'))).toEqual([]);
  });

  it('reminder rows against answer times: no reminder row is left, and no answer time says before or after', () => {
    expect(remindersAgainstAnswerTimes(copy)).toEqual([]);
    expect(copy.prepare("select count(*) from deliveries where kind = 'reminder'").pluck().get()).toBe(0);
    // the reminders are only counted, per department: 3 in each
    expect(
      copy
        .prepare("select department_id, count from pulse_delivery_counts where kind = 'reminder' order by 1")
        .raw()
        .all(),
    ).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    // answers given before and after the reminder carry the same day, so the reminded cannot be told apart
    const times = copy.prepare('select distinct submitted_at from answers where pulse_id = 1').pluck().all();
    const updated = copy.prepare('select distinct updated_at from answers where pulse_id = 1').pluck().all();
    for (const at of [...times, ...updated]) expect(Number(at) % DAY).toBe(0);
    expect(times.length).toBeLessThanOrEqual(2); // the test may run across a UTC midnight
  });

  it('people rows against answer times: no row is written in the second of an answer', () => {
    expect(peopleRowsAgainstAnswerTimes(copy)).toEqual([]);
    const offDay = copy
      .prepare(`select count(*) from people where created_at % ${DAY} != 0 or seen_at % ${DAY} != 0`)
      .pluck()
      .get();
    expect(offDay).toBe(0);
    // every people row came from the roster (18 members), none from an answer
    expect(copy.prepare('select count(*) from people').pluck().get()).toBe(18);
  });

  it('the same pseudonym across two pulses: none, so one named answer names no other', () => {
    expect(samePseudonymAcrossPulses(copy)).toEqual([]);
    const inPulse = (id: number) =>
      new Set(copy.prepare('select respondent from answers where pulse_id = ?').pluck().all(id));
    const first = inPulse(1);
    const second = inPulse(2);
    expect([first.size, second.size]).toEqual([18, 18]);
    expect([...first].filter((r) => second.has(r))).toEqual([]);
  });

  it('deliveries of a closed pulse: none left, only counts that have no person in them', () => {
    expect(closedPulseDeliveries(copy)).toEqual([]);
    expect(copy.prepare('select count(*) from deliveries').pluck().get()).toBe(0);
    const columns = (copy.pragma('table_info(pulse_delivery_counts)') as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).toEqual(['pulse_id', 'department_id', 'kind', 'status', 'count']);
    // and the frozen figures still count everyone invited: participation is not lost with the rows
    expect(t.bot.container.pulses.deliveryCounts(1).sent).toBe(18);
  });

  it('with the secret (only), each answer is found: the attacks fail for want of the key', () => {
    const pseudonym = createPseudonymizer(SECRET);
    const find = copy.prepare('select count(*) from answers where pulse_id = ? and respondent = ?').pluck();
    for (const p of people)
      for (const pulseId of [1, 2]) expect(find.get(pulseId, pseudonym(pulseId, p.id))).toBe(1);
    expect(late.size).toBe(9);
    // and "Delete my data" finds a person's answers in every pulse
    expect(t.bot.container.answers.deleteOwn(people[0]?.id ?? '')).toBe(2);
  });
});
