import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMAND } from '../../src/slack/ids';

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
});
