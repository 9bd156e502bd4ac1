import { createStore } from 'zustand/vanilla';

/** What the server sends: `{type, tenantId, data, timestamp, id}`. */
export interface RealtimeEnvelope {
  type: string;
  tenantId: string | null;
  data: unknown;
  timestamp: string;
  id: string;
}

export type RealtimeStatus = 'connecting' | 'live' | 'offline';

/** The part of the browser's WebSocket the client uses (so tests can hand in a fake). */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent<string>) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  send: (data: string) => void;
  close: (code?: number, reason?: string) => void;
}

export interface RealtimeClientOptions {
  url: string;
  /** The current access token; read at every (re)connect, so a refreshed token is used. */
  getToken: () => string | null;
  onEvent: (event: RealtimeEnvelope) => void;
  onStatus?: (status: RealtimeStatus) => void;
  createSocket?: (url: string) => SocketLike;
  random?: () => number;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

const OPEN = 1;
const DEFAULT_HEARTBEAT_SECONDS = 25;

/**
 * Exponential backoff with jitter: attempt 0 waits about `base`, each further attempt doubles
 * the ceiling up to `cap`; the wait is drawn from the upper half of the ceiling so a fleet of
 * clients that lost the server together does not come back in one burst.
 */
export function backoffDelayMs(
  attempt: number,
  baseMs = 1000,
  capMs = 30_000,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** The address of the gateway on the page's own origin. */
export function realtimeUrl(location: Pick<Location, 'protocol' | 'host'> = window.location) {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/v1/ws`;
}

/**
 * One WebSocket to `/api/v1/ws` that stays up while started: authenticates with the first
 * message (never the URL), reconnects with backoff after any close, re-authenticates on the open
 * socket when the access token is refreshed, and pings so a silently dead connection is noticed.
 */
export class RealtimeClient {
  private readonly options: Required<Omit<RealtimeClientOptions, 'onStatus'>> &
    Pick<RealtimeClientOptions, 'onStatus'>;
  private socket: SocketLike | null = null;
  private started = false;
  private attempt = 0;
  private ready = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  private lastMessageAt = 0;

  constructor(options: RealtimeClientOptions) {
    this.options = {
      createSocket: (url) => new WebSocket(url),
      random: Math.random,
      baseDelayMs: 1000,
      maxDelayMs: 30_000,
      ...options,
    };
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.connect();
  }

  stop(): void {
    this.started = false;
    clearTimeout(this.reconnectTimer);
    this.stopHeartbeat();
    const socket = this.socket;
    this.socket = null;
    this.ready = false;
    if (socket) {
      socket.onclose = null;
      socket.close(1000, 'Signed out');
    }
    this.options.onStatus?.('offline');
  }

  /** A refreshed token: tell the server on the open connection, so it is not closed at expiry. */
  reauthenticate(token: string): void {
    if (this.ready && this.socket?.readyState === OPEN) {
      this.socket.send(JSON.stringify({ type: 'auth', token }));
    }
  }

  private connect(): void {
    const token = this.options.getToken();
    if (!this.started || token === null) return;
    this.options.onStatus?.('connecting');
    const socket = this.options.createSocket(this.options.url);
    this.socket = socket;
    socket.onopen = () => {
      // the token of this moment: it may have been refreshed while the socket was opening
      socket.send(JSON.stringify({ type: 'auth', token: this.options.getToken() ?? token }));
    };
    socket.onmessage = (event) => {
      this.received(event.data);
    };
    socket.onclose = () => {
      this.closed(socket);
    };
  }

  private received(text: string): void {
    this.lastMessageAt = Date.now();
    let envelope: RealtimeEnvelope;
    try {
      envelope = JSON.parse(text) as RealtimeEnvelope;
    } catch {
      return;
    }
    if (envelope.type === 'session:ready') {
      const wasReady = this.ready;
      this.ready = true;
      this.attempt = 0;
      if (!wasReady) this.startHeartbeat(envelope.data);
      this.options.onStatus?.('live');
      return;
    }
    if (envelope.type === 'pong' || envelope.type === 'session:error') return;
    this.options.onEvent(envelope);
  }

  private closed(socket: SocketLike): void {
    if (socket !== this.socket) return;
    this.socket = null;
    this.ready = false;
    this.stopHeartbeat();
    if (!this.started) return;
    this.options.onStatus?.('offline');
    const delay = backoffDelayMs(
      this.attempt++,
      this.options.baseDelayMs,
      this.options.maxDelayMs,
      this.options.random,
    );
    this.reconnectTimer = setTimeout(() => {
      this.connect();
    }, delay);
  }

  private startHeartbeat(data: unknown): void {
    const seconds =
      typeof data === 'object' && data !== null && 'heartbeatSeconds' in data
        ? Number(data.heartbeatSeconds)
        : DEFAULT_HEARTBEAT_SECONDS;
    const intervalMs = (Number.isFinite(seconds) && seconds > 0 ? seconds : 25) * 1000;
    this.lastMessageAt = Date.now();
    this.heartbeatTimer = setInterval(() => {
      const socket = this.socket;
      if (!socket) return;
      if (Date.now() - this.lastMessageAt > 2 * intervalMs) {
        socket.close(4000, 'No answer to ping');
        this.closed(socket); // do not wait for a close handshake that will not come
        return;
      }
      socket.send(JSON.stringify({ type: 'ping' }));
    }, intervalMs);
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = undefined;
  }
}

/** The connection state for the header's indicator. */
export const realtimeStatusStore = createStore<{ status: RealtimeStatus }>()(() => ({
  status: 'offline',
}));
