/**
 * A stand-in for Slack's Web API on 127.0.0.1: records every call with its arguments, answers the
 * methods CX Align uses with Slack's documented shapes, and can be told to fail (429 with
 * Retry-After, 500, or a Slack error) or to rate-limit a method.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeSocketMode } from './fake-socket-mode';

export type Call = { method: string; args: Record<string, unknown>; at: number; status: number };
export type Member = {
  id: string;
  name?: string;
  real_name?: string;
  deleted?: boolean;
  is_bot?: boolean;
  is_app_user?: boolean;
  /** A multi-channel guest; `is_ultra_restricted` a single-channel one. */
  is_restricted?: boolean;
  is_ultra_restricted?: boolean;
  tz?: string;
  tz_offset?: number;
  /** Sent by users.list only when asked with `include_locale` (as Slack does); `en-US` if not set. */
  locale?: string;
  profile?: Record<string, unknown>;
};
export type StoredMessage = {
  channel: string;
  ts: string;
  text?: string;
  blocks?: unknown;
  metadata?: unknown;
  user: string;
};
type Failure = ({ status: 429; retryAfter: number } | { status: 500 | 503 } | { error: string }) & {
  /** Handle the call first (a message is posted and stored), then answer with the failure. */
  afterHandling?: boolean;
};
/** A call whose answer was computed (and its effect stored) but never reached the caller. */
export type LostResponse = { call: Call; body: Record<string, unknown> };

const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata', 'view', 'files', 'user_ids']);

export class FakeSlack {
  readonly calls: Call[] = [];
  readonly responses: { path: string; body: Record<string, unknown> }[] = [];
  readonly messages: StoredMessage[] = [];
  readonly uploads = new Map<string, { bytes: Buffer; filename?: string }>();
  readonly views = new Map<string, Record<string, unknown>>();
  readonly homes = new Map<string, Record<string, unknown>>();
  /** Socket Mode: the URLs apps.connections.open hands out lead here (see fake-socket-mode.ts). */
  readonly socketMode = new FakeSocketMode();
  members: Member[] = [];
  usergroups: { id: string; handle: string; name: string; users: string[] }[] = [];
  /** Channels the bot may post in; anything else not starting with D answers not_in_channel. */
  channels = new Set<string>(['C_DIGEST']);
  botUserId = 'UBOT00001';
  /** Users whose DMs answer user_disabled. */
  deactivated = new Set<string>();
  private server: Server | undefined;
  /** Calls processed under delayResponse whose connection closed before the answer was written. */
  readonly lostResponses: LostResponse[] = [];
  /** Answers being held back by delayResponse right now. */
  heldResponses = 0;
  private failures: {
    method: string;
    failure: Failure;
    remaining: number;
    match?: ((args: Record<string, unknown>) => boolean) | undefined;
  }[] = [];
  private limits = new Map<string, { perSecond: number; retryAfter: number; stamps: number[] }>();
  private delays = new Map<string, number>();
  private responseDelays = new Map<string, number>();
  private drops: {
    method: string;
    remaining: number;
    handled: boolean;
    match?: ((args: Record<string, unknown>) => boolean) | undefined;
  }[] = [];
  private tsCounter = 0;
  private uploadCounter = 0;
  private listeners: ((call: Call) => void)[] = [];

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('fake Slack is not started');
    return `http://127.0.0.1:${address.port}`;
  }
  get apiUrl(): string {
    return `${this.url}/api/`;
  }
  /** A response_url that records what is posted to it. */
  responseUrl(id = 'cmd'): string {
    return `${this.url}/respond/${id}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
    });
    this.socketMode.attach(this.server);
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.socketMode.stop();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /**
   * The next `times` calls of `method` that get past any rate limit (and whose arguments satisfy
   * `match`, if given) fail this way.
   */
  fail(
    method: string,
    failure: Failure,
    times = 1,
    match?: (args: Record<string, unknown>) => boolean,
  ): void {
    this.failures.push({ method, failure, remaining: times, match });
  }
  /** At most `perSecond` calls of `method` per rolling second; more answer 429 with Retry-After. */
  rateLimit(method: string, perSecond: number, retryAfter = 1): void {
    this.limits.set(method, { perSecond, retryAfter, stamps: [] });
  }
  /**
   * Waits `ms` before handling each call of `method` (nothing is recorded or stored until then);
   * `respond` delays the posts to a response_url.
   */
  delay(method: string, ms: number): void {
    this.delays.set(method, ms);
  }
  /**
   * Handles each call of `method` at once (recorded, message stored) but holds its HTTP answer for
   * `ms`: a send that reached Slack whose answer is slow, or lost if the caller dies meanwhile
   * (then it lands in `lostResponses`). 0 turns it off for calls that arrive afterwards.
   */
  delayResponse(method: string, ms: number): void {
    if (ms > 0) this.responseDelays.set(method, ms);
    else this.responseDelays.delete(method);
  }
  /**
   * Cuts the connection of the next `times` calls of `method` (whose arguments satisfy `match`, if
   * given): after handling and storing the call (`handled`, the default: a send that reached Slack
   * whose answer was lost; it lands in `lostResponses`), or before (a send that never arrived).
   * Either way the caller sees a network error.
   */
  dropResponse(
    method: string,
    options: { times?: number; match?: (args: Record<string, unknown>) => boolean; handled?: boolean } = {},
  ): void {
    this.drops.push({
      method,
      remaining: options.times ?? 1,
      match: options.match,
      handled: options.handled ?? true,
    });
  }
  callsTo(method: string): Call[] {
    return this.calls.filter((c) => c.method === method && c.status === 200);
  }
  onCall(listener: (call: Call) => void): void {
    this.listeners.push(listener);
  }
  /** Resolves when `predicate` holds for the recorded calls, or rejects after `timeoutMs`. */
  async waitFor(predicate: (fake: this) => boolean, timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!predicate(this)) {
      if (Date.now() > until) throw new Error('timed out waiting for fake Slack');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/respond/')) {
      const late = this.delays.get('respond');
      if (late) await new Promise((r) => setTimeout(r, late));
      this.responses.push({ path, body: parseJsonObject(body.toString('utf8')) });
      return send(res, 200, 'ok', 'text/plain');
    }
    if (path.startsWith('/upload/')) {
      const id = path.slice('/upload/'.length);
      const existing = this.uploads.get(id);
      this.uploads.set(id, { ...existing, bytes: extractUpload(body, req.headers['content-type']) });
      return send(res, 200, 'OK - uploaded', 'text/plain');
    }
    if (!path.startsWith('/api/')) return send(res, 404, '{"ok":false,"error":"unknown_path"}');
    const method = path.slice('/api/'.length);
    const args = parseArgs(body.toString('utf8'), req.headers['content-type']);
    const delay = this.delays.get(method);
    if (delay) await new Promise((r) => setTimeout(r, delay));

    if (this.takeDrop(method, args, false)) {
      res.destroy();
      return;
    }
    const limited = this.checkLimit(method);
    // a call the limiter turns away does not use up a scripted failure
    const failure = limited === null ? this.takeFailure(method, args) : undefined;
    let call: Call | undefined;
    const record = (status: number) => {
      call = { method, args, at: Date.now(), status };
      this.calls.push(call);
      for (const l of this.listeners) l(call);
    };
    const reply = async (status: number, body: Record<string, unknown>, retryAfter?: number) => {
      const drop = this.takeDrop(method, args, true);
      if (drop) {
        if (call) this.lostResponses.push({ call, body });
        res.destroy();
        return;
      }
      const hold = this.responseDelays.get(method);
      if (hold) {
        this.heldResponses += 1;
        const closed = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => {
            res.off('close', onClose);
            resolve(false);
          }, hold);
          const onClose = () => {
            clearTimeout(timer);
            resolve(true);
          };
          res.once('close', onClose);
        });
        this.heldResponses -= 1;
        if (closed || res.destroyed) {
          if (call) this.lostResponses.push({ call, body });
          return;
        }
      }
      if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
      send(res, status, JSON.stringify(body));
    };
    if (limited !== null) {
      record(429);
      return reply(429, { ok: false, error: 'ratelimited' }, limited);
    }
    if (failure) {
      if (failure.afterHandling) this.answer(method, args, req.headers.authorization);
      if ('error' in failure) {
        record(200);
        return reply(200, { ok: false, error: failure.error });
      }
      record(failure.status);
      return reply(
        failure.status,
        { ok: false, error: 'fake_failure' },
        failure.status === 429 ? failure.retryAfter : undefined,
      );
    }
    const answer = this.answer(method, args, req.headers.authorization);
    record(200);
    return reply(200, answer);
  }

  private takeDrop(method: string, args: Record<string, unknown>, handled: boolean): boolean {
    const drop = this.drops.find(
      (d) => d.method === method && d.handled === handled && d.remaining > 0 && (!d.match || d.match(args)),
    );
    if (drop) drop.remaining -= 1;
    return drop !== undefined;
  }

  private takeFailure(method: string, args: Record<string, unknown>): Failure | undefined {
    const index = this.failures.findIndex(
      (f) => f.method === method && f.remaining > 0 && (!f.match || f.match(args)),
    );
    const entry = this.failures[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.failures.splice(index, 1);
    return entry.failure;
  }

  private checkLimit(method: string): number | null {
    const limit = this.limits.get(method);
    if (!limit) return null;
    const now = Date.now();
    limit.stamps = limit.stamps.filter((t) => now - t < 1000);
    if (limit.stamps.length >= limit.perSecond) return limit.retryAfter;
    limit.stamps.push(now);
    return null;
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(this.tsCounter).padStart(6, '0')}`;
  }

  // Shapes follow https://docs.slack.dev/reference/methods
  private answer(
    method: string,
    args: Record<string, unknown>,
    authorization?: string,
  ): Record<string, unknown> {
    switch (method) {
      case 'apps.connections.open':
        // only an app-level token may open a Socket Mode connection
        if (!authorization?.startsWith('Bearer xapp-')) return { ok: false, error: 'not_allowed_token_type' };
        return { ok: true, url: this.socketMode.issueUrl(this.url) };
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.com/',
          team: 'Fake Co',
          user: 'cx-align',
          team_id: 'T_FAKE',
          user_id: this.botUserId,
          bot_id: 'B_BOT',
          is_enterprise_install: false,
        };
      case 'chat.postMessage': {
        const target = String(args.channel ?? '');
        if (!target) return { ok: false, error: 'channel_not_found' };
        // a user id as channel posts in the app's DM with that person
        const channel = /^[UW]/.test(target) ? `D${target.slice(1)}` : target;
        if (this.deactivated.has(target) || this.deactivated.has(`U${channel.slice(1)}`))
          return { ok: false, error: 'user_disabled' };
        if (!channel.startsWith('D') && !this.channels.has(channel))
          return { ok: false, error: 'not_in_channel' };
        const message: StoredMessage = {
          channel,
          ts: this.nextTs(),
          text: args.text as string | undefined,
          blocks: args.blocks,
          metadata: args.metadata,
          user: this.botUserId,
        };
        this.messages.push(message);
        return {
          ok: true,
          channel,
          ts: message.ts,
          message: {
            type: 'message',
            user: this.botUserId,
            text: message.text,
            ts: message.ts,
            blocks: message.blocks,
          },
        };
      }
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'conversations.open': {
        const users = String(args.users ?? '');
        return { ok: true, channel: { id: `D${users.slice(1)}` } };
      }
      case 'conversations.history': {
        const channel = String(args.channel ?? '');
        const oldest = Number(args.oldest ?? 0);
        const messages = this.messages
          .filter((m) => m.channel === channel && Number(m.ts) >= oldest)
          .reverse()
          .map((m) => ({
            type: 'message',
            user: m.user,
            text: m.text,
            ts: m.ts,
            ...(args.include_all_metadata ? { metadata: m.metadata } : {}),
          }));
        return { ok: true, messages, has_more: false, response_metadata: { next_cursor: '' } };
      }
      case 'users.list': {
        const limit = Math.max(1, Number(args.limit ?? 100));
        const start = Number(args.cursor ? String(args.cursor).replace('page-', '') : 0);
        // custom profile fields come from users.profile.get only, so users.list leaves them out
        const withLocale = args.include_locale === true || args.include_locale === 'true';
        const page = this.members.slice(start, start + limit).map(({ profile, locale, ...m }) => {
          const { fields: _fields, ...listed } = profile ?? {};
          return {
            ...(withLocale ? { locale: locale ?? 'en-US' } : {}),
            team_id: 'T_FAKE',
            name: m.id.toLowerCase(),
            deleted: false,
            is_bot: false,
            is_app_user: false,
            real_name: m.id,
            profile: listed,
            ...m,
          };
        });
        const next = start + limit < this.members.length ? `page-${start + limit}` : '';
        return {
          ok: true,
          members: page,
          cache_ts: Math.floor(Date.now() / 1000),
          response_metadata: { next_cursor: next },
        };
      }
      case 'users.profile.get': {
        const member = this.members.find((m) => m.id === args.user);
        return member ? { ok: true, profile: member.profile ?? {} } : { ok: false, error: 'user_not_found' };
      }
      case 'usergroups.list':
        return {
          ok: true,
          usergroups: this.usergroups.map((g) => ({
            id: g.id,
            handle: g.handle,
            name: g.name,
            ...(args.include_users ? { users: g.users } : {}),
          })),
        };
      case 'usergroups.users.list': {
        const group = this.usergroups.find((g) => g.id === args.usergroup);
        return group ? { ok: true, users: group.users } : { ok: false, error: 'no_such_subteam' };
      }
      case 'views.open':
      case 'views.push':
      case 'views.update': {
        const id = String(args.view_id ?? `V${this.nextTs().replace('.', '')}`);
        const view = { id, ...(args.view as Record<string, unknown>) };
        this.views.set(id, view);
        return { ok: true, view };
      }
      case 'views.publish': {
        const view = { id: `VH${String(args.user_id)}`, ...(args.view as Record<string, unknown>) };
        this.homes.set(String(args.user_id), view);
        return { ok: true, view };
      }
      case 'files.getUploadURLExternal': {
        this.uploadCounter += 1;
        const id = `F${String(this.uploadCounter).padStart(6, '0')}`;
        this.uploads.set(id, { bytes: Buffer.alloc(0), filename: String(args.filename ?? '') });
        return { ok: true, upload_url: `${this.url}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const files = (args.files as { id: string; title?: string }[] | undefined) ?? [];
        const channel = args.channel_id ? String(args.channel_id) : undefined;
        if (channel && !channel.startsWith('D') && !this.channels.has(channel))
          return { ok: false, error: 'not_in_channel' };
        if (channel)
          this.messages.push({
            channel,
            ts: this.nextTs(),
            text: String(args.initial_comment ?? ''),
            user: this.botUserId,
            metadata: undefined,
            blocks: undefined,
          });
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title ?? '' })) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseJsonObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : { value };
  } catch {
    return { raw: text };
  }
}

function parseArgs(text: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return parseJsonObject(text);
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    if (JSON_FIELDS.has(key)) {
      try {
        args[key] = JSON.parse(value);
        continue;
      } catch {
        // fall through: keep the raw string
      }
    }
    args[key] = value === 'true' ? true : value === 'false' ? false : value;
  }
  return args;
}

/** The file bytes of an upload: the raw body, or the file part of a multipart body. */
function extractUpload(body: Buffer, contentType: string | undefined): Buffer {
  const match = contentType?.match(/boundary=(?:"([^"]+)"|([^;]+))/);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) return body;
  const delimiter = Buffer.from(`--${boundary}`);
  const start = body.indexOf(delimiter);
  const headerEnd = body.indexOf('\r\n\r\n', start);
  const end = body.indexOf(delimiter, headerEnd);
  if (start < 0 || headerEnd < 0 || end < 0) return body;
  return body.subarray(headerEnd + 4, end - 2);
}
