import {
  backoffDelayMs,
  RealtimeClient,
  realtimeUrl,
  type RealtimeEnvelope,
  type RealtimeStatus,
  type SocketLike,
} from '@/lib/realtime-client';

class FakeSocket implements SocketLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  sent: unknown[] = [];
  closedWith: number | undefined;

  send(data: string) {
    this.sent.push(JSON.parse(data));
  }

  close(code?: number) {
    this.closedWith = code;
  }

  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  receive(message: Partial<RealtimeEnvelope>) {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(message) }));
  }

  serverClose(code = 1006) {
    this.readyState = 3;
    this.onclose?.(new CloseEvent('close', { code }));
  }
}

function setup(token: () => string | null = () => 'token-1') {
  const sockets: FakeSocket[] = [];
  const events: RealtimeEnvelope[] = [];
  const statuses: RealtimeStatus[] = [];
  const client = new RealtimeClient({
    url: 'ws://test/api/v1/ws',
    getToken: token,
    onEvent: (event) => events.push(event),
    onStatus: (status) => statuses.push(status),
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    random: () => 0.5,
  });
  return { client, sockets, events, statuses };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('backoffDelayMs', () => {
  it('doubles from the base and stays under the cap, drawn from the upper half', () => {
    expect(backoffDelayMs(0, 1000, 30_000, () => 0)).toBe(500);
    expect(backoffDelayMs(0, 1000, 30_000, () => 1)).toBe(1000);
    expect(backoffDelayMs(3, 1000, 30_000, () => 1)).toBe(8000);
    expect(backoffDelayMs(10, 1000, 30_000, () => 1)).toBe(30_000);
    expect(backoffDelayMs(10, 1000, 30_000, () => 0)).toBe(15_000);
    expect(backoffDelayMs(1_000, 1000, 30_000, () => 0.99)).toBeLessThanOrEqual(30_000);
  });

  it('spreads clients out: different random draws give different delays', () => {
    expect(backoffDelayMs(4, 1000, 30_000, () => 0.1)).not.toBe(
      backoffDelayMs(4, 1000, 30_000, () => 0.9),
    );
  });
});

describe('realtimeUrl', () => {
  it('uses wss on https pages and ws otherwise, on the page origin', () => {
    expect(realtimeUrl({ protocol: 'https:', host: 'app.example' })).toBe(
      'wss://app.example/api/v1/ws',
    );
    expect(realtimeUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe(
      'ws://localhost:8080/api/v1/ws',
    );
  });
});

describe('RealtimeClient', () => {
  it('authenticates with the first message, never the URL, and is live on session:ready', () => {
    const { client, sockets, statuses } = setup();
    client.start();
    sockets[0]!.open();

    expect(sockets[0]!.sent).toEqual([{ type: 'auth', token: 'token-1' }]);
    sockets[0]!.receive({ type: 'session:ready', data: { heartbeatSeconds: 25 } });
    expect(statuses).toEqual(['connecting', 'live']);
  });

  it('passes events on, but not its own control messages', () => {
    const { client, sockets, events } = setup();
    client.start();
    sockets[0]!.open();
    sockets[0]!.receive({ type: 'session:ready', data: {} });
    sockets[0]!.receive({ type: 'pong' });
    sockets[0]!.receive({ type: 'user:role_updated', data: { userId: 'u1', roles: [] } });

    expect(events.map((e) => e.type)).toEqual(['user:role_updated']);
  });

  it('reconnects with growing delays and resets them once a connection is ready', () => {
    const { client, sockets } = setup();
    client.start();
    sockets[0]!.serverClose();

    vi.advanceTimersByTime(749);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2); // 0.75 x 1 s

    sockets[1]!.serverClose();
    vi.advanceTimersByTime(1499);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3); // 0.75 x 2 s

    sockets[2]!.open();
    sockets[2]!.receive({ type: 'session:ready', data: {} });
    sockets[2]!.serverClose();
    vi.advanceTimersByTime(750);
    expect(sockets).toHaveLength(4); // back to the first delay
  });

  it('never waits longer than the cap between attempts', () => {
    const { client, sockets } = setup();
    client.start();
    for (let attempt = 0; attempt < 12; attempt++) {
      sockets.at(-1)!.serverClose();
      vi.advanceTimersByTime(30_000);
    }
    expect(sockets).toHaveLength(13);
  });

  it('reconnects with the token current at that moment (after a refresh)', () => {
    let token = 'old';
    const { client, sockets } = setup(() => token);
    client.start();
    sockets[0]!.serverClose(1008);
    token = 'fresh';
    vi.advanceTimersByTime(30_000);
    sockets[1]!.open();

    expect(sockets[1]!.sent).toEqual([{ type: 'auth', token: 'fresh' }]);
  });

  it('re-authenticates the open connection when the token is refreshed', () => {
    const { client, sockets } = setup();
    client.start();
    sockets[0]!.open();
    sockets[0]!.receive({ type: 'session:ready', data: {} });
    client.reauthenticate('token-2');

    expect(sockets[0]!.sent).toContainEqual({ type: 'auth', token: 'token-2' });
    expect(sockets).toHaveLength(1);
  });

  it('pings on the heartbeat and drops a connection that stopped answering', () => {
    const { client, sockets } = setup();
    client.start();
    sockets[0]!.open();
    sockets[0]!.receive({ type: 'session:ready', data: { heartbeatSeconds: 10 } });

    vi.advanceTimersByTime(10_000);
    expect(sockets[0]!.sent).toContainEqual({ type: 'ping' });
    vi.advanceTimersByTime(20_000);
    expect(sockets[0]!.closedWith).toBe(4000);
    vi.advanceTimersByTime(1000);
    expect(sockets).toHaveLength(2);
  });

  it('stops for good when stopped: no reconnect after sign-out', () => {
    const { client, sockets, statuses } = setup();
    client.start();
    sockets[0]!.open();
    client.stop();
    vi.advanceTimersByTime(60_000);

    expect(sockets).toHaveLength(1);
    expect(sockets[0]!.closedWith).toBe(1000);
    expect(statuses.at(-1)).toBe('offline');
  });

  it('does not connect without a token', () => {
    const { client, sockets } = setup(() => null);
    client.start();
    expect(sockets).toHaveLength(0);
  });
});
