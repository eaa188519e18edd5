/**
 * Watches every request the page makes through `fetch` and
 * `XMLHttpRequest` (jQuery's `$.ajax` included) and says out loud what would
 * otherwise fail silently:
 * - a same-origin amoCRM endpoint amo-emu does not emulate (the server marks
 *   its 404 with `X-Amo-Emu-Not-Emulated: METHOD /path`; the terminal
 *   already printed it);
 * - a request to another host that failed: no answer (the server probes
 *   the host to tell "could not resolve host" from "connection refused" from
 *   "blocked by CORS"), a timeout, or an HTTP 5xx. Once per host.
 * It also puts each of the widget's calls to amoCRM's backend (`/api`,
 * `/private`, `/ajax`) and to other hosts on the inspector's timeline
 * (method, URL, status or failure, time); the widget's file loads and the
 * emulator's own requests are left out.
 * Loaded on every page before the page's runtime and the widget, so it
 * sees their first request. It never changes a request or a response.
 */
import { emit, isOwnRequest } from '../core/trace.js';
import { alreadyShown, noticeOnce, tellTerminal } from './notices.js';

const NOT_EMULATED_HEADER = 'X-Amo-Emu-Not-Emulated';
/** Status codes from which a foreign answer counts as the backend failing. */
const SERVER_ERROR_FROM = 500;

function absolute(url) {
  try {
    return new URL(url, location.href);
  } catch (_) {
    return null;
  }
}

/** Same-origin paths that are amoCRM's backend (everything else is files). */
const BACKEND_PATH = /^\/(api|private|ajax)(\/|$)/;

/** Whether a request belongs on the timeline: see the header. */
function traced(url) {
  const target = absolute(url);
  if (!target || isOwnRequest()) return false;
  if (target.origin !== location.origin) return /^https?:$/.test(target.protocol);
  return BACKEND_PATH.test(target.pathname);
}

/** A timeline entry for a finished request; `outcome` for one with no status. */
function record(method, url, started, status, outcome) {
  emit({
    kind: 'request',
    method: String(method || 'GET').toUpperCase(),
    url: String(url),
    status: status || undefined,
    outcome,
    ms: Math.round(performance.now() - started),
  });
}

function notEmulated(what) {
  noticeOnce(
    `not-emulated ${what}`,
    `amo-emu does not emulate ${what}: the widget got a 404 here (amoCRM would answer). See the README's API table for what is emulated.`,
    { notice: 'not-emulated', request: what },
  );
}

/**
 * A request to another host failed; `cause` is 'error' (no answer the page
 * may read), 'timeout', or an HTTP status.
 */
export async function foreignFailed(url, cause) {
  const target = absolute(url);
  if (!target || target.origin === location.origin || !/^https?:$/.test(target.protocol)) return;
  const key = `request-failed ${target.origin}`;
  if (alreadyShown(key)) return;
  const shownUrl = `${target.origin}${target.pathname}`;
  const text = `the widget's request to ${shownUrl} failed`;
  let reason;
  if (typeof cause === 'number') {
    reason = `HTTP ${cause}`;
    tellTerminal({ kind: 'request-failed', text: `${text}: ${reason}`, key: target.origin });
  } else if (cause === 'timeout') {
    reason = 'timed out';
    tellTerminal({ kind: 'request-failed', text: `${text}: ${reason}`, key: target.origin });
  } else {
    const answer = await tellTerminal({ kind: 'request-failed', text, key: target.origin, probe: target.href });
    reason = answer && answer.reason ? answer.reason : 'no answer the page may read (see the DevTools console)';
  }
  noticeOnce(key, `${text}: ${reason}`, { notice: 'request-failed', origin: target.origin });
}

function inspect(url, status, header) {
  if (header) notEmulated(header);
  else if (status >= SERVER_ERROR_FROM) foreignFailed(url, status);
}

function watchFetch() {
  const original = window.fetch;
  window.fetch = function fetch(input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input && input.url;
    const method = (init && init.method) || (input && typeof input === 'object' && input.method) || 'GET';
    const trace = traced(url);
    const started = performance.now();
    const pending = original.call(this, input, init);
    pending.then(
      (response) => {
        if (trace) record(method, url, started, response.status);
        inspect(url, response.status, response.headers.get(NOT_EMULATED_HEADER));
      },
      (error) => {
        const aborted = error && error.name === 'AbortError';
        if (trace) record(method, url, started, 0, aborted ? 'aborted' : 'failed');
        if (!aborted) foreignFailed(url, 'error');
      },
    );
    return pending;
  };
}

function watchXhr() {
  const proto = XMLHttpRequest.prototype;
  const requests = new WeakMap();
  const open = proto.open;
  proto.open = function (method, url, ...rest) {
    requests.set(this, { method, url: String(url), cause: 'error', trace: traced(url) });
    return open.call(this, method, url, ...rest);
  };
  const send = proto.send;
  proto.send = function (...args) {
    const info = requests.get(this);
    if (info && !info.watched) {
      info.watched = true;
      info.started = performance.now();
      this.addEventListener('timeout', () => { info.cause = 'timeout'; });
      this.addEventListener('abort', () => { info.cause = 'abort'; });
      this.addEventListener('loadend', () => {
        if (info.trace) record(info.method, info.url, info.started, this.status, this.status ? undefined : info.cause === 'error' ? 'failed' : info.cause);
        if (this.status === 0) {
          if (info.cause !== 'abort') foreignFailed(info.url, info.cause);
          return;
        }
        // Asking a foreign answer for a header it did not expose logs an error.
        const target = absolute(info.url);
        const own = target && target.origin === location.origin;
        inspect(info.url, this.status, own ? this.getResponseHeader(NOT_EMULATED_HEADER) : null);
      });
    }
    return send.apply(this, args);
  };
}

if (!window.__amoEmuNetObserved) {
  window.__amoEmuNetObserved = true;
  watchFetch();
  watchXhr();
}
