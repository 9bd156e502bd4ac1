import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * A mail server on a free loopback port that accepts every message and keeps it, so a test can read what the
 * server mailed (the server's real JavaMail client talks plain SMTP to it: EHLO, MAIL, RCPT, DATA, QUIT).
 * Returns { port, messages, waitForMail(to, timeoutMs), close() }; a message is { to: [..], data }.
 */
export async function startSmtpSink() {
  const messages = [];
  const server = createServer((socket) => {
    let buffer = '';
    let data = null;
    let to = [];
    const reply = (line) => socket.write(`${line}\r\n`);
    reply('220 localhost ESMTP sink');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        if (data !== null) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          data += buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          messages.push({ to, data: data.replace(/\r\n\.\./g, '\r\n.') });
          data = null;
          to = [];
          reply('250 queued');
          continue;
        }
        const newline = buffer.indexOf('\r\n');
        if (newline < 0) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'RCPT') to.push(line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, '$1'));
        if (verb === 'DATA') {
          data = '';
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else {
          reply('250 ok');
        }
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  /** The newest message to `to` that arrives within `timeoutMs`, polling the kept messages. */
  async function waitForMail(to, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = messages.filter((m) => m.to.includes(to)).at(-1);
      if (found) return found;
      await delay(200);
    }
    throw new Error(`No mail to ${to} within ${timeoutMs / 1000} s`);
  }

  return {
    port,
    messages,
    waitForMail,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
