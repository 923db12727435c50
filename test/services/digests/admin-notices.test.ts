import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDigestRepository } from '../../../src/db/repositories/digest-repository';
import { createLogger } from '../../../src/logging/logger';
import { createAdminNotices } from '../../../src/services/digests/admin-notices';
import { freshDb } from '../../support/test-db';

describe('admin notices', () => {
  let fresh: ReturnType<typeof freshDb>;
  let sent: { channel: string; text: string }[];
  let logs: string[];
  beforeEach(() => {
    fresh = freshDb();
    sent = [];
    logs = [];
  });
  afterEach(() => fresh.cleanup());

  const notices = (admins: () => string[] | Promise<string[]>, failFor: string[] = []) =>
    createAdminNotices({
      repo: createDigestRepository(fresh.db),
      gateway: {
        async postMessage(args) {
          if (failFor.includes(args.channel)) throw new Error('slack down');
          sent.push(args);
          return { channel: args.channel, ts: '1.0' };
        },
      },
      admins,
      logger: createLogger({ level: 'warn', sink: (line) => logs.push(line) }),
      clock: () => new Date('2026-03-04T09:00:00Z'),
    });
  const notifiedAt = (key: string) =>
    fresh.db.$client.prepare('select notified_at from admin_notices where key = ?').pluck().get(key);

  it('tells every admin once, however often the problem comes up, until it is cleared', async () => {
    const n = notices(() => ['UADMIN001', 'UADMIN002', 'UADMIN001']);
    await n.tell('digest-no-channel', 'No channel');
    await n.tell('digest-no-channel', 'No channel');
    expect(sent).toEqual([
      { channel: 'UADMIN001', text: 'No channel' },
      { channel: 'UADMIN002', text: 'No channel' },
    ]);
    expect(notifiedAt('digest-no-channel')).toBe(Date.parse('2026-03-04T09:00:00Z'));
    n.clear('digest-no-channel');
    await n.tell('digest-no-channel', 'No channel');
    expect(sent).toHaveLength(4);
  });

  it('still tells the others when one admin cannot be reached, and logs when none can be listed', async () => {
    await notices(async () => ['UADMIN001', 'UADMIN002'], ['UADMIN001']).tell('k1', 'Problem');
    expect(sent.map((m) => m.channel)).toEqual(['UADMIN002']);
    await notices(async () => {
      throw new Error('usergroups.users.list failed');
    }).tell('k2', 'Problem');
    expect(sent).toHaveLength(1);
    expect(notifiedAt('k2')).not.toBeNull();
    expect(logs.join('\n')).toContain('could not tell admin UADMIN001 about k1');
    expect(logs.join('\n')).toContain('could not list the admins to tell about k2');
  });
});
