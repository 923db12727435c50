/**
 * Sends the real Bolt app requests exactly as Slack does: form-encoded slash commands and
 * interactivity payloads, JSON events, each signed with v0 HMAC-SHA256 over
 * `v0:{timestamp}:{body}` (https://docs.slack.dev/authentication/verifying-requests-from-slack).
 */
import { createHmac } from 'node:crypto';

export type SlackResponse = {
  status: number;
  text: string;
  json: Record<string, unknown> | null;
  ms: number;
};

/** A slash command's fields as Slack sends them (form fields over HTTP, JSON in a Socket Mode envelope). */
export function slashCommandFields(
  text: string,
  options: { user: string; responseUrl: string; userName?: string; command?: string },
): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: 'T_FAKE',
    team_domain: 'fake',
    channel_id: 'C_GENERAL',
    channel_name: 'general',
    user_id: options.user,
    user_name: options.userName ?? options.user.toLowerCase(),
    command: options.command ?? '/cx-alignment',
    text,
    api_app_id: 'A_CXALIGN',
    is_enterprise_install: 'false',
    response_url: options.responseUrl,
    trigger_id: `trigger.${Date.now()}.${Math.random().toString(36).slice(2)}`,
  };
}

/** An Events API event_callback wrapping `event`, as Slack sends it. */
export function eventCallback(event: Record<string, unknown>): Record<string, unknown> {
  return {
    token: 'deprecated-verification-token',
    team_id: 'T_FAKE',
    api_app_id: 'A_CXALIGN',
    event,
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T_FAKE', user_id: 'UBOT00001', is_bot: true }],
    is_ext_shared_channel: false,
  };
}

/** A modal as a view_submission carries it back: its ids, metadata and the values typed in it. */
export type SubmittedView = {
  callback_id: string;
  private_metadata?: string;
  values: Record<string, Record<string, unknown>>;
  /** The view's and the trigger's ids (random unless given: a replay test sends the same twice). */
  viewId?: string;
  triggerId?: string;
};

/** A view_submission payload as Slack sends it. */
export function viewSubmissionPayload(user: string, view: SubmittedView): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: 'T_FAKE', domain: 'fake' },
    user: { id: user, username: user.toLowerCase(), team_id: 'T_FAKE' },
    api_app_id: 'A_CXALIGN',
    token: 'deprecated-verification-token',
    trigger_id: view.triggerId ?? `trigger.${Date.now()}.${Math.random().toString(36).slice(2)}`,
    view: {
      id: view.viewId ?? `V${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
      type: 'modal',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata ?? '',
      state: { values: view.values },
      hash: 'h',
      team_id: 'T_FAKE',
      app_id: 'A_CXALIGN',
      bot_id: 'B_BOT',
    },
    response_urls: [],
  };
}

/** A view_submission form-encoded as Slack posts it, for tests that sign and send raw bodies. */
export function viewSubmissionBody(user: string, view: SubmittedView): string {
  return new URLSearchParams({ payload: JSON.stringify(viewSubmissionPayload(user, view)) }).toString();
}

export class SignedClient {
  constructor(
    readonly url: string,
    readonly signingSecret: string,
    readonly responseUrlBase: string,
  ) {}

  static sign(secret: string, timestamp: number, body: string): string {
    return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  }

  async post(
    body: string,
    contentType: string,
    options: { timestamp?: number; signature?: string | null; headers?: Record<string, string> } = {},
  ): Promise<SlackResponse> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = { 'content-type': contentType, ...options.headers };
    if (options.signature !== null) {
      headers['x-slack-request-timestamp'] = String(timestamp);
      headers['x-slack-signature'] =
        options.signature ?? SignedClient.sign(this.signingSecret, timestamp, body);
    }
    const started = performance.now();
    const res = await fetch(this.url, { method: 'POST', headers, body });
    const text = await res.text();
    const ms = performance.now() - started;
    let json: Record<string, unknown> | null = null;
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    } catch {
      json = null;
    }
    return { status: res.status, text, json, ms };
  }

  /** A slash command; `user` is the invoking member id. */
  command(
    text: string,
    options: {
      user?: string;
      command?: string;
      responseId?: string;
      timestamp?: number;
      signature?: string | null;
    } = {},
  ): Promise<SlackResponse> {
    const form = new URLSearchParams(
      slashCommandFields(text, {
        user: options.user ?? 'ULEADER01',
        userName: 'someone',
        command: options.command,
        responseUrl: `${this.responseUrlBase}/respond/${options.responseId ?? 'cmd'}`,
      }),
    );
    return this.post(form.toString(), 'application/x-www-form-urlencoded', options);
  }

  /** An interactivity payload (block_actions, view_submission, …) as Slack form-encodes it. */
  interaction(
    payload: Record<string, unknown>,
    options: { timestamp?: number; signature?: string | null } = {},
  ) {
    const form = new URLSearchParams({ payload: JSON.stringify(payload) });
    return this.post(form.toString(), 'application/x-www-form-urlencoded', options);
  }

  blockAction(
    user: string,
    action: { action_id: string; value?: string; block_id?: string },
    extra: Record<string, unknown> = {},
  ) {
    return this.interaction({
      type: 'block_actions',
      team: { id: 'T_FAKE', domain: 'fake' },
      user: { id: user, username: user.toLowerCase(), team_id: 'T_FAKE' },
      api_app_id: 'A_CXALIGN',
      token: 'deprecated-verification-token',
      trigger_id: `trigger.${Date.now()}.${Math.random().toString(36).slice(2)}`,
      response_url: `${this.responseUrlBase}/respond/action`,
      actions: [
        {
          type: 'button',
          block_id: action.block_id ?? 'b',
          action_id: action.action_id,
          value: action.value,
          action_ts: String(Date.now() / 1000),
        },
      ],
      ...extra,
    });
  }

  viewSubmission(user: string, view: SubmittedView) {
    return this.interaction(viewSubmissionPayload(user, view));
  }

  /** An Events API event_callback. */
  event(event: Record<string, unknown>) {
    const body = JSON.stringify(eventCallback(event));
    return this.post(body, 'application/json');
  }
}
