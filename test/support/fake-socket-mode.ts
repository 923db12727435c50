/**
 * Slack's Socket Mode server side, on the fake Slack's own port: `apps.connections.open` (with an
 * xapp- token) hands out a one-use `ws://127.0.0.1:<port>/link/?ticket=…` URL, and a WebSocket
 * upgrade there is greeted with `hello`. Tests push envelopes (`slash_commands`, `interactive`,
 * `events_api`) and read the client's acks (`{ envelope_id, payload }`), send `disconnect`, and see
 * how each connection ended. Shapes follow https://docs.slack.dev/apis/events-api/using-socket-mode
 *
 * @slack/socket-mode 3 connects with undici's WebSocket, and `ws` is not installed, so this speaks
 * the little of RFC 6455 a server needs: the handshake, unmasking client frames (text, fragments,
 * ping → pong, close) and unmasked server text and close frames.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

const HANDSHAKE_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OP = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';
export type Ack = { envelope_id: string; payload?: Record<string, unknown>; connection: number; at: number };

export class SocketConnection {
  /** Every parsed text message the client sent (acks and anything else). */
  readonly received: Record<string, unknown>[] = [];
  pings = 0;
  /** The close code the client sent, if it sent a close frame. */
  clientCloseCode: number | undefined;
  /** True once the TCP socket is gone. */
  ended = false;
  readonly endedAt: Promise<void>;
  private buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  private closeSent = false;

  constructor(
    readonly id: number,
    private readonly socket: Duplex,
    private readonly onMessage: (connection: SocketConnection, message: Record<string, unknown>) => void,
  ) {
    this.endedAt = new Promise((resolve) => {
      socket.once('close', () => {
        this.ended = true;
        resolve();
      });
    });
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.readFrames();
    });
    socket.on('error', () => undefined);
  }

  get open(): boolean {
    return !this.ended && !this.closeSent && this.clientCloseCode === undefined;
  }

  sendJson(message: Record<string, unknown>): void {
    this.write(OP.text, Buffer.from(JSON.stringify(message)));
  }

  /** Starts a close handshake from the server side. */
  close(code = 1000): void {
    if (this.closeSent || this.ended) return;
    this.closeSent = true;
    const body = Buffer.alloc(2);
    body.writeUInt16BE(code);
    this.write(OP.close, body);
  }

  destroy(): void {
    this.socket.destroy();
  }

  private write(opcode: number, payload: Buffer): void {
    if (this.ended) return;
    const length = payload.length;
    const header =
      length < 126
        ? Buffer.from([0x80 | opcode, length])
        : length < 65536
          ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
          : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(length)]);
    this.socket.write(Buffer.concat([header, payload]));
  }

  private readFrames(): void {
    for (;;) {
      const frame = parseFrame(this.buffer);
      if (!frame) return;
      this.buffer = this.buffer.subarray(frame.size);
      this.handleFrame(frame.fin, frame.opcode, frame.payload);
    }
  }

  private handleFrame(fin: boolean, opcode: number, payload: Buffer): void {
    if (opcode === OP.ping) {
      this.pings += 1;
      this.write(OP.pong, payload);
      return;
    }
    if (opcode === OP.pong) return;
    if (opcode === OP.close) {
      this.clientCloseCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
      // answer a close the client started; a close we started is complete now
      if (!this.closeSent) {
        this.closeSent = true;
        this.write(OP.close, payload.subarray(0, 2));
      }
      this.socket.end();
      return;
    }
    if (opcode === OP.text || opcode === OP.binary || opcode === OP.continuation) {
      this.fragments.push(payload);
      if (!fin) return;
      const text = Buffer.concat(this.fragments).toString('utf8');
      this.fragments = [];
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(text) as Record<string, unknown>;
      } catch {
        message = { unparsable: text };
      }
      this.received.push(message);
      this.onMessage(this, message);
    }
  }
}

export class FakeSocketMode {
  /** Every connection ever upgraded, in order; `id` is the index + 1. */
  readonly connections: SocketConnection[] = [];
  readonly acks: Ack[] = [];
  /** The id of every envelope pushed, in order. */
  readonly sent: string[] = [];
  /** Upgrades refused (bad path, unknown or reused ticket). */
  refused = 0;
  private tickets = new Set<string>();
  private waiters = new Map<string, (ack: Ack) => void>();

  /** Serves WebSocket upgrades on `server` (the fake Slack's HTTP server). */
  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.upgrade(req, socket, head),
    );
  }

  /** What apps.connections.open answers: a fresh one-use URL on `baseUrl` (http://127.0.0.1:port). */
  issueUrl(baseUrl: string): string {
    const ticket = randomUUID();
    this.tickets.add(ticket);
    return `${baseUrl.replace(/^http/, 'ws')}/link/?ticket=${ticket}&app_id=A_CXALIGN`;
  }

  /** The newest connection still open, if any. */
  get current(): SocketConnection | undefined {
    return [...this.connections].reverse().find((c) => c.open);
  }

  /** Resolves once `count` connections have been greeted with hello (and the newest is open). */
  async waitForConnections(count: number, timeoutMs = 5000): Promise<SocketConnection> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const latest = this.connections[count - 1];
      if (this.connections.length >= count && latest?.open) return latest;
      if (Date.now() > until) throw new Error(`timed out waiting for Socket Mode connection #${count}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /**
   * Pushes an envelope over the newest open connection, as Slack does, and resolves with the
   * client's ack, or rejects after `timeoutMs` (Slack's limit is 3 seconds).
   */
  send(
    type: EnvelopeType,
    payload: Record<string, unknown>,
    options: { acceptsResponsePayload?: boolean; timeoutMs?: number; retryAttempt?: number } = {},
  ): { envelopeId: string; acked: Promise<Ack> } {
    const connection = this.current;
    if (!connection) throw new Error('no open Socket Mode connection');
    const envelopeId = randomUUID();
    const acked = new Promise<Ack>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(envelopeId);
        reject(
          new Error(`envelope ${type} ${envelopeId} was not acked within ${options.timeoutMs ?? 3000} ms`),
        );
      }, options.timeoutMs ?? 3000);
      this.waiters.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
    });
    this.sent.push(envelopeId);
    connection.sendJson({
      envelope_id: envelopeId,
      payload,
      type,
      accepts_response_payload: options.acceptsResponsePayload ?? type !== 'events_api',
      ...(type === 'events_api' ? { retry_attempt: options.retryAttempt ?? 0, retry_reason: '' } : {}),
    });
    return { envelopeId, acked };
  }

  /** Slack asks the client to reconnect (e.g. 'refresh_requested' before a server is recycled). */
  disconnect(reason = 'refresh_requested'): SocketConnection {
    const connection = this.current;
    if (!connection) throw new Error('no open Socket Mode connection');
    connection.sendJson({ type: 'disconnect', reason, debug_info: { host: 'applink-fake' } });
    return connection;
  }

  /** Destroys whatever is still connected (the fake is stopping). */
  stop(): void {
    for (const c of this.connections) if (!c.ended) c.destroy();
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const ticket = url.searchParams.get('ticket') ?? '';
    const key = req.headers['sec-websocket-key'];
    if (
      !url.pathname.startsWith('/link') ||
      !this.tickets.delete(ticket) ||
      typeof key !== 'string' ||
      req.headers.upgrade?.toLowerCase() !== 'websocket'
    ) {
      this.refused += 1;
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      return;
    }
    const accept = createHash('sha1').update(`${key}${HANDSHAKE_GUID}`).digest('base64');
    socket.write(
      [
        'HTTP/1.1 101 Switching Protocols',
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Accept: ${accept}`,
        '',
        '',
      ].join('\r\n'),
    );
    const connection = new SocketConnection(this.connections.length + 1, socket, (c, message) =>
      this.onMessage(c, message),
    );
    this.connections.push(connection);
    if (head.length > 0) socket.emit('data', head);
    connection.sendJson({
      type: 'hello',
      num_connections: 1,
      debug_info: { host: 'applink-fake', build_number: 1, approximate_connection_time: 18060 },
      connection_info: { app_id: 'A_CXALIGN' },
    });
  }

  private onMessage(connection: SocketConnection, message: Record<string, unknown>): void {
    if (typeof message.envelope_id !== 'string') return;
    const ack: Ack = {
      envelope_id: message.envelope_id,
      ...(message.payload && typeof message.payload === 'object'
        ? { payload: message.payload as Record<string, unknown> }
        : {}),
      connection: connection.id,
      at: Date.now(),
    };
    this.acks.push(ack);
    this.waiters.get(ack.envelope_id)?.(ack);
    this.waiters.delete(ack.envelope_id);
  }
}

function bigLength(length: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(length));
  return b;
}

/** One client frame from the front of `buffer` (client frames are always masked), or null if incomplete. */
function parseFrame(buffer: Buffer): { fin: boolean; opcode: number; payload: Buffer; size: number } | null {
  if (buffer.length < 2) return null;
  const first = buffer[0] ?? 0;
  const second = buffer[1] ?? 0;
  const masked = (second & 0x80) !== 0;
  let length = second & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return null;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return null;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const maskOffset = offset;
  if (masked) offset += 4;
  if (buffer.length < offset + length) return null;
  const payload = Buffer.from(buffer.subarray(offset, offset + length));
  if (masked)
    for (let i = 0; i < payload.length; i += 1)
      payload[i] = (payload[i] ?? 0) ^ (buffer[maskOffset + (i % 4)] ?? 0);
  return { fin: (first & 0x80) !== 0, opcode: first & 0x0f, payload, size: offset + length };
}
