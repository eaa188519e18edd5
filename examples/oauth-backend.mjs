// A minimal integration backend for amo-emu (or amoCRM): the whole OAuth 2.0
// dance, account webhooks and the disable hook. Node >= 18, no dependencies.
//
// Run it (two terminals, from the repository root):
//
//   amo-emu serve sample-widget --port 3030 \
//     --redirect-uri http://127.0.0.1:8080/callback \
//     --disable-hook http://127.0.0.1:8080/disable \
//     --webhook http://127.0.0.1:8080/webhooks
//
//   PORT=8080 AMO_URL=http://example.localhost:3030 WIDGET_DIR=sample-widget \
//     node examples/oauth-backend.mjs
//
// Then install the widget in http://example.localhost:3030/settings/widgets/
// (this backend gets the code, exchanges it and reads the account), change
// a lead (a webhook arrives), `curl http://127.0.0.1:8080/refresh` (a new
// token pair), and Disable the widget (the signed disable hook arrives).
//
// Env: PORT (8080), AMO_URL (the account's address), and either WIDGET_DIR
// (client_id / client_secret / redirect_uri are read from
// <WIDGET_DIR>/.amo-emu/integration.json) or CLIENT_ID + CLIENT_SECRET
// (+ REDIRECT_URI, default http://127.0.0.1:<PORT>/callback).

import http from 'node:http';
import crypto from 'node:crypto';
import dns from 'node:dns/promises';
import fs from 'node:fs';
import path from 'node:path';

const PORT = Number(process.env.PORT || 8080);
const AMO_URL = new URL(process.env.AMO_URL || 'http://example.localhost:3030');

// The integration's keys: amoCRM shows them on the integration's
// "Keys and scopes" tab; amo-emu keeps them in .amo-emu/integration.json.
const fromFile = process.env.WIDGET_DIR
  ? JSON.parse(fs.readFileSync(path.join(process.env.WIDGET_DIR, '.amo-emu', 'integration.json'), 'utf8'))
  : {};
const CLIENT_ID = process.env.CLIENT_ID || fromFile.client_id;
const CLIENT_SECRET = process.env.CLIENT_SECRET || fromFile.client_secret;
const REDIRECT_URI = process.env.REDIRECT_URI || fromFile.redirect_uri || `http://127.0.0.1:${PORT}/callback`;
if (!CLIENT_ID || !CLIENT_SECRET) {
  console.error('set WIDGET_DIR, or CLIENT_ID and CLIENT_SECRET');
  process.exit(2);
}

// `example.localhost` is loopback in a browser, but Node asks the system
// resolver, which on many Linux machines does not know *.localhost; and
// fetch() drops a Host header you set. amo-emu answers on 127.0.0.1 too, so
// when the name does not resolve, talk to 127.0.0.1 on the same port.
let apiBase = AMO_URL.origin;
if (AMO_URL.hostname.endsWith('.localhost')) {
  try {
    await dns.lookup(AMO_URL.hostname);
  } catch {
    apiBase = `${AMO_URL.protocol}//127.0.0.1:${AMO_URL.port || 80}`;
    console.log(`${AMO_URL.hostname} does not resolve here; using ${apiBase}`);
  }
}

// The tokens, kept in memory only (a real backend stores them per account).
let tokens = null; // { access_token, refresh_token, expires_at (ms) }

/** Shows a secret shortened, as amo-emu does: never print it whole. */
const short = (s) => (s && s.length > 12 ? `${s.slice(0, 6)}…${s.slice(-4)}` : '…');

/** POST /oauth2/access_token (on the account's host) with one grant. */
async function tokenRequest(grant) {
  const res = await fetch(`${apiBase}/oauth2/access_token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uri: REDIRECT_URI,
      ...grant,
    }),
  });
  const body = await res.json();
  // amoCRM's refusals: {hint?, title, type, status, detail}.
  if (!res.ok) throw new Error(`${res.status} ${body.title}: ${body.hint || body.detail}`);
  tokens = { ...body, expires_at: Date.now() + body.expires_in * 1000 };
  return tokens;
}

async function refresh() {
  if (!tokens) throw new Error('no tokens yet: install the widget first');
  await tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
  console.log(`refreshed: access token ${short(tokens.access_token)}`);
}

/** An API call with the Bearer token, refreshed first when it is near expiry. */
async function api(apiPath) {
  if (!tokens) throw new Error('no tokens yet: install the widget first');
  if (Date.now() > tokens.expires_at - 5 * 60 * 1000) await refresh();
  const res = await fetch(`${apiBase}${apiPath}`, {
    headers: { Authorization: `Bearer ${tokens.access_token}` },
  });
  if (!res.ok) throw new Error(`${apiPath}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** The disable hook's signature: hex HMAC-SHA256 of "client_uuid|account_id". */
function signatureOk(clientUuid, accountId, signature) {
  const want = crypto.createHmac('sha256', CLIENT_SECRET).update(`${clientUuid}|${accountId}`).digest('hex');
  const got = Buffer.from(String(signature || ''), 'utf8');
  return got.length === want.length && crypto.timingSafeEqual(got, Buffer.from(want, 'utf8'));
}

/** Reads a request's body as text. */
const bodyOf = (req) =>
  new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });

const routes = {
  // amoCRM sends the code here when the widget is installed (a GET; amoCRM
  // waits 3 s and ignores the answer, so do slow work after answering).
  async 'GET /callback'(url) {
    const q = url.searchParams;
    console.log(`code received from ${q.get('referer')} (client_id ${q.get('client_id')}, from_widget=${q.get('from_widget')})`);
    if (q.get('client_id') !== CLIENT_ID) return [400, 'not our integration'];
    setImmediate(async () => {
      try {
        await tokenRequest({ grant_type: 'authorization_code', code: q.get('code') });
        console.log(`exchanged the code: access token ${short(tokens.access_token)}, expires in ${tokens.expires_in} s`);
        const account = await api('/api/v4/account');
        console.log(`account: ${account.name} (id ${account.id}, subdomain ${account.subdomain})`);
      } catch (e) {
        console.log(`exchange failed: ${e.message}`);
      }
    });
    return [200, 'ok'];
  },

  async 'GET /refresh'() {
    await refresh();
    return [200, 'refreshed'];
  },

  async 'GET /account'() {
    return [200, JSON.stringify(await api('/api/v4/account'))];
  },

  // Account webhooks: a form-encoded POST like leads[update][0][id]=123.
  async 'POST /webhooks'(url, req) {
    const form = new URLSearchParams(await bodyOf(req));
    const events = new Map();
    for (const [key, value] of form) {
      const m = key.match(/^(\w+)\[(\w+)\]\[(\d+)\]\[id\]$/);
      if (m) events.set(`${m[1]} ${m[2]}`, [...(events.get(`${m[1]} ${m[2]}`) || []), value]);
    }
    for (const [what, ids] of events) console.log(`webhook: ${what} #${ids.join(', #')}`);
    return [200, 'ok'];
  },

  // The disable hook: the user disabled the integration; every token is dead.
  async 'GET /disable'(url) {
    const q = url.searchParams;
    if (!signatureOk(q.get('client_uuid'), q.get('account_id'), q.get('signature'))) {
      console.log('disable hook with a bad signature: ignored');
      return [403, 'bad signature'];
    }
    console.log(`disable hook: signature verified, account ${q.get('account_id')}; tokens dropped`);
    tokens = null;
    return [200, 'ok'];
  },
};

http
  .createServer(async (req, res) => {
    const url = new URL(req.url, `http://${req.headers.host || 'localhost'}`);
    const route = routes[`${req.method} ${url.pathname}`];
    let status = 404;
    let text = 'not found';
    try {
      if (route) [status, text] = await route(url, req);
    } catch (e) {
      [status, text] = [500, e.message];
      console.log(`error: ${e.message}`);
    }
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
  })
  .listen(PORT, '127.0.0.1', () => console.log(`backend listening on http://127.0.0.1:${PORT} (client_id ${CLIENT_ID})`));
