import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../open-db';
import { departments } from '../schema';

export type DepartmentRow = typeof departments.$inferSelect;

/** Departments: reading the list, seeding it, and replacing the active one (archiving the rest). */
export function createDepartmentRepository(db: Db) {
  return { ...departmentReads(db), ...departmentWrites(db) };
}
export type DepartmentRepository = ReturnType<typeof createDepartmentRepository>;

/** Reading departments: the active list, all of them, one by id, how many. */
function departmentReads(db: Db) {
  return {
    listActive(): DepartmentRow[] {
      return db
        .select()
        .from(departments)
        .where(isNull(departments.archivedAt))
        .orderBy(asc(departments.sortOrder), asc(departments.id))
        .all();
    },
    listAll(): DepartmentRow[] {
      return db.select().from(departments).orderBy(asc(departments.sortOrder), asc(departments.id)).all();
    },
    byId(id: number): DepartmentRow | null {
      return db.select().from(departments).where(eq(departments.id, id)).get() ?? null;
    },
    count(): number {
      return db.select({ n: sql<number>`count(*)` }).from(departments).get()?.n ?? 0;
    },
  };
}

/** Writing departments: seeding names, and replacing the active list from the admin's edit. */
function departmentWrites(db: Db) {
  return {
    insertMany(names: readonly string[]): void {
      db.transaction((tx) => {
        names.forEach((name, i) => {
          tx.insert(departments).values({ name, sortOrder: i }).onConflictDoNothing().run();
        });
      });
    },
    /** Replaces the editable fields of the active list; rows not listed are archived (history keeps them). */
    replaceActive(
      list: {
        id?: number;
        name: string;
        usergroupId: string | null;
        profileValue: string | null;
        channelId?: string | null;
      }[],
      at: Date,
    ): void {
      db.transaction((tx) => {
        const keep = new Set<number>();
        list.forEach((d, i) => {
          const existing =
            (d.id ? tx.select().from(departments).where(eq(departments.id, d.id)).get() : undefined) ??
            tx.select().from(departments).where(sql`lower(${departments.name}) = lower(${d.name})`).get();
          if (existing) {
            tx.update(departments)
              .set({
                name: d.name,
                usergroupId: d.usergroupId,
                profileValue: d.profileValue,
                channelId: d.channelId ?? null,
                sortOrder: i,
                archivedAt: null,
              })
              .where(eq(departments.id, existing.id))
              .run();
            keep.add(existing.id);
          } else {
            const row = tx
              .insert(departments)
              .values({
                name: d.name,
                usergroupId: d.usergroupId,
                profileValue: d.profileValue,
                channelId: d.channelId ?? null,
                sortOrder: i,
              })
              .returning()
              .get();
            keep.add(row.id);
          }
        });
        for (const row of tx.select().from(departments).where(isNull(departments.archivedAt)).all()) {
          if (!keep.has(row.id))
            tx.update(departments)
              .set({ archivedAt: at })
              .where(and(eq(departments.id, row.id)))
              .run();
        }
      });
    },
  };
}
