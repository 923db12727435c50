import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { utcDay } from '../../util/day';
import type { Db } from '../open-db';
import { people, rosterNames } from '../schema';

export type PersonRow = typeof people.$inferSelect;
export type RosterEntry = {
  slackUserId: string;
  tz: string | null;
  /** The person's Slack locale (`"fr-CA"`); absent or null when users.list did not give one. */
  locale?: string | null;
  /** The department learnt from a user group or profile field, or null. */
  mappedDepartmentId: number | null;
  mappedSource: 'usergroup' | 'profile' | null;
  /**
   * The lookup that would say (a user group or profile read failed), so the mapping is unknown, not
   * absent: the person keeps the department they had.
   */
  mappingUnknown: boolean;
  /** The person's real and display names, kept apart from them only to scrub names from quotes. */
  names?: readonly string[];
};

/** People: the roster and each person's Slack-side facts, department and opt-out. */
export function createPeopleRepository(db: Db) {
  return { ...peopleReads(db), ...rosterSync(db), ...personUpdates(db) };
}
export type PeopleRepository = ReturnType<typeof createPeopleRepository>;

/** Reading people: one by Slack id or row id, the roster, its size and its usual time zone. */
function peopleReads(db: Db) {
  return {
    bySlackId(slackUserId: string): PersonRow | null {
      return db.select().from(people).where(eq(people.slackUserId, slackUserId)).get() ?? null;
    },
    byId(id: number): PersonRow | null {
      return db.select().from(people).where(eq(people.id, id)).get() ?? null;
    },
    /** Active, opted-in people: the roster a pulse goes to. */
    listRoster(): PersonRow[] {
      return db
        .select()
        .from(people)
        .where(and(eq(people.active, true), isNull(people.optedOutAt)))
        .all();
    },
    countActive(): number {
      return (
        db.select({ n: sql<number>`count(*)` }).from(people).where(eq(people.active, true)).get()?.n ?? 0
      );
    },
    /** The most common time zone on the roster: the workspace's de facto zone. */
    commonTimeZone(): string | null {
      const row = db
        .select({ tz: people.tz, n: sql<number>`count(*)` })
        .from(people)
        .where(and(eq(people.active, true), sql`${people.tz} is not null`))
        .groupBy(people.tz)
        .orderBy(sql`count(*) desc`)
        .limit(1)
        .get();
      return row?.tz ?? null;
    },
  };
}

/** Refreshing the roster from users.list. */
function rosterSync(db: Db) {
  return {
    /**
     * Applies a fresh users.list: upserts everyone listed, marks the rest inactive. A department from
     * a mapping wins; otherwise an admin's assignment; otherwise what the person picked stays. When
     * the mapping is unknown (a read failed), the department and its source stay as they were.
     */
    syncRoster(entries: RosterEntry[], at: Date): void {
      db.transaction((tx) => {
        const seen: string[] = [];
        for (const e of entries) {
          seen.push(e.slackUserId);
          const existing = tx.select().from(people).where(eq(people.slackUserId, e.slackUserId)).get();
          let departmentId = existing?.departmentId ?? null;
          let source = existing?.departmentSource ?? null;
          if (e.mappingUnknown) {
            // keep what they had: a failed read says nothing about their department
          } else if (e.mappedDepartmentId !== null) {
            departmentId = e.mappedDepartmentId;
            source = e.mappedSource;
          } else if (existing?.assignedDepartmentId) {
            departmentId = existing.assignedDepartmentId;
            source = 'admin';
          } else if (source === 'usergroup' || source === 'profile') {
            // the mapping that gave this department is gone: ask again
            departmentId = null;
            source = null;
          }
          const fields = {
            tz: e.tz,
            locale: e.locale ?? null,
            departmentId,
            departmentSource: source,
            active: true,
            // day precision: a person's row lines up with none of their answers or messages
            seenAt: utcDay(at),
          };
          tx.insert(people)
            .values({ slackUserId: e.slackUserId, createdAt: utcDay(at), ...fields })
            .onConflictDoUpdate({ target: people.slackUserId, set: fields })
            .run();
        }
        for (const name of new Set(entries.flatMap((e) => e.names ?? [])))
          tx.insert(rosterNames)
            .values({ name, seenAt: at })
            .onConflictDoUpdate({ target: rosterNames.name, set: { seenAt: at } })
            .run();
        const active = tx
          .select({ id: people.id, slackUserId: people.slackUserId })
          .from(people)
          .where(eq(people.active, true))
          .all();
        const listed = new Set(seen);
        const gone = active.filter((p) => !listed.has(p.slackUserId)).map((p) => p.id);
        for (let i = 0; i < gone.length; i += 500) {
          tx.update(people)
            .set({ active: false })
            .where(inArray(people.id, gone.slice(i, i + 500)))
            .run();
        }
      });
    },
  };
}

/** Updating one person: their DM channel, department, opt-out, or a first row. */
function personUpdates(db: Db) {
  return {
    setDmChannel(personId: number, channelId: string): void {
      db.update(people).set({ dmChannelId: channelId }).where(eq(people.id, personId)).run();
    },
    setDepartment(personId: number, departmentId: number, source: 'self' | 'admin'): void {
      db.update(people)
        .set({
          departmentId,
          departmentSource: source,
          ...(source === 'admin' ? { assignedDepartmentId: departmentId } : {}),
        })
        .where(eq(people.id, personId))
        .run();
    },
    setOptedOut(slackUserId: string, at: Date | null): void {
      db.update(people).set({ optedOutAt: at }).where(eq(people.slackUserId, slackUserId)).run();
    },
    /** Ensures a row exists for someone who talks to the app before any roster refresh. */
    ensure(slackUserId: string, at: Date): PersonRow {
      db.insert(people)
        .values({ slackUserId, seenAt: utcDay(at), createdAt: utcDay(at) })
        .onConflictDoNothing()
        .run();
      const row = db.select().from(people).where(eq(people.slackUserId, slackUserId)).get();
      if (!row) throw new Error('person row missing after insert');
      return row;
    },
  };
}
