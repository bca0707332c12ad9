#!/usr/bin/env node
// Development mail sink: an SMTP server that accepts every message and keeps the most recent ones
// in memory, plus a tiny JSON API the API's dev mail viewer reads (GET /mails, GET /mails/:id).
// `npm start` runs it in-process when SMTP_URL is unset; `node tools/dev/mail-sink.mjs` runs it alone.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const HOST = '127.0.0.1';

function addressesOf(field) {
  if (!field) return [];
  const groups = Array.isArray(field) ? field : [field];
  return groups.flatMap((group) => group.value.map((entry) => entry.address ?? '').filter(Boolean));
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

function sendJson(response, status, body) {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store',
  });
  response.end(payload);
}

/**
 * @param {{ smtpPort?: number, httpPort?: number, limit?: number, onMail?: (mail: object) => void }} options
 */
export async function startMailSink({ smtpPort = 0, httpPort = 0, limit = 200, onMail } = {}) {
  /** Newest first. */
  const mails = [];

  const smtp = new SMTPServer({
    // A local sink: no TLS, any credentials, every recipient accepted.
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    size: 10 * 1024 * 1024,
    onAuth(_auth, _session, callback) {
      callback(null, { user: 'dev' });
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          const mail = {
            id: randomUUID(),
            to: envelopeTo.length > 0 ? envelopeTo : addressesOf(parsed.to),
            from: addressesOf(parsed.from)[0] ?? session.envelope.mailFrom?.address ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            receivedAt: new Date().toISOString(),
          };
          mails.unshift(mail);
          mails.splice(limit);
          onMail?.(mail);
          callback();
        })
        .catch((error) => callback(error));
    },
  });

  const http = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${HOST}`);
    if (request.method !== 'GET') return sendJson(response, 405, { error: 'method not allowed' });
    if (url.pathname === '/mails') return sendJson(response, 200, mails);
    const match = /^\/mails\/([^/]+)$/.exec(url.pathname);
    if (match) {
      const mail = mails.find((candidate) => candidate.id === decodeURIComponent(match[1]));
      return mail ? sendJson(response, 200, mail) : sendJson(response, 404, { error: 'not found' });
    }
    return sendJson(response, 404, { error: 'not found' });
  });

  const boundSmtpPort = await listen(smtp.server, smtpPort);
  const boundHttpPort = await listen(http, httpPort);

  return {
    smtpUrl: `smtp://${HOST}:${boundSmtpPort}`,
    httpUrl: `http://${HOST}:${boundHttpPort}`,
    mails,
    async close() {
      http.closeAllConnections?.();
      await Promise.all([
        new Promise((resolve) => http.close(() => resolve())),
        new Promise((resolve) => smtp.close(() => resolve())),
      ]);
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sink = await startMailSink({
    smtpPort: Number(process.env.MAIL_SINK_SMTP_PORT ?? 1025),
    httpPort: Number(process.env.MAIL_SINK_HTTP_PORT ?? 1080),
    onMail: (mail) => console.log(`[mail] ${mail.to.join(', ')}: ${mail.subject}`),
  });
  console.log(`Mail sink: SMTP ${sink.smtpUrl}, mails as JSON at ${sink.httpUrl}/mails`);
  const stop = () => sink.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
