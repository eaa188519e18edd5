/**
 * `self.crm_post(url, data, callback, type, error_cb)` (docs/platform.md §5.1): on
 * amoCRM a server-side proxy, so the target needs no CORS. The runtime
 * form-encodes `data` as jQuery would and hands it to the emulator's
 * server (`POST /amo-emu/crm-post`, src/server/routes/crm_post.rs), which
 * sends it and passes the answer back. `callback(data, 'success', xhr)` runs
 * for a 2xx answer, parsed as `type` says; otherwise
 * `error_cb(xhr, 'error', reason)` runs and a page notice says why.
 */
import { emit } from '../core/trace.js';
import { noticeOnce } from './notices.js';

const CRM_POST_PATH = '/amo-emu/crm-post';
const PROXY_HEADER = 'X-Amo-Emu-Crm-Post';

/** A read-only stand-in for the jqXHR a jQuery callback would get. */
function fakeXhr(outcome) {
  return {
    readyState: 4,
    status: outcome.status || 0,
    statusText: outcome.status_text || (outcome.error ? 'error' : ''),
    responseText: outcome.body || '',
    getResponseHeader: (name) => (String(name).toLowerCase() === 'content-type' ? outcome.content_type || null : null),
    getAllResponseHeaders: () => (outcome.content_type ? `content-type: ${outcome.content_type}\r\n` : ''),
  };
}

/** The answer as `$.ajax` would give it for `dataType: type`. */
function parse($, outcome, type) {
  const text = outcome.body || '';
  const ct = outcome.content_type || '';
  const kind = type || (/json/i.test(ct) ? 'json' : /xml/i.test(ct) ? 'xml' : 'text');
  if (kind === 'json' || kind === 'jsonp') return JSON.parse(text);
  if (kind === 'xml') return $.parseXML(text);
  if (kind === 'script') {
    $.globalEval(text);
    return text;
  }
  return text;
}

export function crmPost($, url, data, callback, type, errorCallback) {
  const deferred = $.Deferred();
  const started = performance.now();
  const trace = (status, outcome) =>
    emit({ kind: 'request', via: 'crm_post', method: 'POST', url: String(url), status: status || undefined, outcome, ms: Math.round(performance.now() - started) });
  const body = typeof data === 'string' ? data : $.param(data || {});
  const fail = (outcome, reason) => {
    trace(outcome.status, reason);
    const xhr = fakeXhr(outcome);
    let where = String(url);
    try {
      where = new URL(url).origin;
    } catch (_) { /* not absolute: show it as given */ }
    noticeOnce(`crm-post ${where}`, `the widget's crm_post to ${url} failed: ${reason}`, { notice: 'crm-post-failed' });
    deferred.reject(xhr, 'error', reason);
    if (typeof errorCallback === 'function') setTimeout(() => errorCallback(xhr, 'error', reason));
  };
  fetch(CRM_POST_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [PROXY_HEADER]: '1' },
    body: JSON.stringify({ url: String(url), body }),
    credentials: 'same-origin',
  })
    .then(async (response) => {
      const answer = await response.json().catch(() => null);
      if (!response.ok || !answer) {
        fail({}, (answer && answer.detail) || `the emulator answered ${response.status}`);
        return;
      }
      if (!answer.ok) {
        fail(answer, answer.error || `HTTP ${answer.status}`);
        return;
      }
      let parsed;
      try {
        parsed = parse($, answer, type);
      } catch (e) {
        fail(answer, `the answer is not valid ${type || 'data'}: ${e.message}`);
        return;
      }
      const xhr = fakeXhr(answer);
      trace(answer.status);
      deferred.resolve(parsed, 'success', xhr);
      // Outside the promise chain, so an error in the widget's callback is
      // reported like any other error in its code.
      if (typeof callback === 'function') setTimeout(() => callback(parsed, 'success', xhr));
    })
    .catch((e) => fail({}, `the emulator could not be reached: ${e.message}`));
  return deferred.promise();
}
