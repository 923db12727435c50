import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMAND } from '../../src/constants/slack-ids';

const root = resolve(import.meta.dirname, '../..');
// Slack's schema, vendored (MIT) so the check runs offline from any checkout
const schemaDir = resolve(root, 'test/fixtures/slack-manifest-schema');
const readJson = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve(schemaDir, name), 'utf8')) as Record<string, unknown>;
const V1 =
  'https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.1.0.0.json';
const V2 =
  'https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.2.0.0.json';

type Manifest = {
  features: { slash_commands: { command: string }[]; app_home: Record<string, boolean> };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    socket_mode_enabled: boolean;
    interactivity: { is_enabled: boolean };
    event_subscriptions: { bot_events: string[] };
  };
};

describe('manifest.yml', () => {
  const manifest = parse(readFileSync(resolve(root, 'manifest.yml'), 'utf8')) as Manifest;

  it("passes Slack's app-manifest schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
    ajv.addSchema(readJson('manifest.schema.1.0.0.json'), V1);
    ajv.addSchema(readJson('manifest.schema.2.0.0.json'), V2);
    const validate = ajv.compile(readJson('manifest.schema.json'));
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a manifest with a misspelt key (the schema check is real)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
    ajv.addSchema(readJson('manifest.schema.1.0.0.json'), V1);
    ajv.addSchema(readJson('manifest.schema.2.0.0.json'), V2);
    const validate = ajv.compile(readJson('manifest.schema.json'));
    expect(validate({ ...manifest, setings: manifest.settings })).toBe(false);
  });

  it('declares what the app uses', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([COMMAND]);
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toContain('app_home_opened');
    for (const scope of [
      'commands',
      'chat:write',
      'im:write',
      'users:read',
      'usergroups:read',
      'files:write',
    ]) {
      expect(manifest.oauth_config.scopes.bot).toContain(scope);
    }
  });

  it('asks for exactly the bot scopes that the Web API methods the app calls need', () => {
    // Every method the gateway calls, with the bot scopes Slack's method reference lists for the
    // conversations CX Align uses it on. A new method fails this test until its scopes are decided.
    const needs: Record<string, string[]> = {
      'chat.postMessage': ['chat:write'],
      'chat.postEphemeral': ['chat:write'],
      'chat.update': ['chat:write'],
      // finding a pulse DM (im) or a digest (public or private channel) again after a crash
      'conversations.history': ['im:history', 'channels:history', 'groups:history'],
      'conversations.open': ['im:write'],
      'users.list': ['users:read'],
      'users.profile.get': ['users.profile:read'],
      'usergroups.list': ['usergroups:read'],
      'usergroups.users.list': ['usergroups:read'],
      'files.uploadV2': ['files:write'],
      'views.open': [],
      'views.update': [],
      'views.publish': [],
      // the health check's token check; Slack's reference lists no scope for it
      'auth.test': [],
    };
    // the gateway and its method groups in gateway/
    const gatewayFiles = [
      'src/slack-client/gateway.ts',
      ...readdirSync(resolve(root, 'src/slack-client/gateway'))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `src/slack-client/gateway/${f}`),
    ];
    const gateway = gatewayFiles.map((f) => readFileSync(resolve(root, f), 'utf8')).join('\n');
    // every Web API call goes through `call` or `read` (a roster read that waits out 429s)
    const called = [...gateway.matchAll(/\b(?:call|read)\('([\w.]+)'/g)].map((m) => m[1] ?? '');
    expect(called).toEqual(expect.arrayContaining(['chat.postMessage', 'users.list', 'files.uploadV2']));
    for (const method of called) expect(Object.keys(needs), `scopes of ${method}`).toContain(method);
    const wanted = new Set(['commands', ...called.flatMap((m) => needs[m] ?? [])]);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...wanted].sort());
  });
});
