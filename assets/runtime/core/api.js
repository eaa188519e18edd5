/**
 * The emulator's calls to its own server: the same REST API v4 endpoints
 * amoCRM has (`/api/v4/widgets/<code>`: install, save, disable), and the
 * settings modal's server-rendered form (`/amo-emu/modal/<code>`, which can
 * be fetched ahead of need). Errors come back as problem+json; they are
 * turned into one readable sentence. Each call is recorded for the
 * inspector's timeline.
 */
import { asOwnRequest, emit } from './trace.js';

/** Records one of the emulator's own API calls for the inspector. */
const traced = (method, url, started, response) =>
  emit({ kind: 'request', method, url, status: response.status, ms: Math.round(performance.now() - started) });

export async function send(method, url, body) {
  const started = performance.now();
  const response = await asOwnRequest(() => fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  }));
  traced(method, url, started, response);
  if (response.ok) {
    const text = await response.text();
    return text ? JSON.parse(text) : null;
  }
  let detail = `${response.status} ${response.statusText}`;
  try {
    const problem = await response.json();
    const items = (problem['validation-errors'] || []).flatMap((v) => v.errors || []);
    detail = [problem.detail, ...items.map((e) => `${e.path}: ${e.detail}`)].filter(Boolean).join('; ');
  } catch (_) {
    // not JSON: keep the status line
  }
  throw new Error(detail);
}

export const installWidget = (code, settings) => send('POST', `/api/v4/widgets/${encodeURIComponent(code)}`, settings);
export const disableWidget = (code) => send('DELETE', `/api/v4/widgets/${encodeURIComponent(code)}`);
/** Requests started ahead of need (see `prefetchModalHtml`), used once. */
const prefetched = new Map();

/** Starts loading the settings form now; the next `fetchModalHtml` uses it. */
export function prefetchModalHtml(code) {
  if (!prefetched.has(code)) prefetched.set(code, loadModalHtml(code));
}

export function fetchModalHtml(code) {
  const early = prefetched.get(code);
  prefetched.delete(code);
  return early || loadModalHtml(code);
}

const loadModalHtml = async (code) => {
  const started = performance.now();
  const response = await fetch(`/amo-emu/modal/${encodeURIComponent(code)}`, { credentials: 'same-origin' });
  traced('GET', `/amo-emu/modal/${encodeURIComponent(code)}`, started, response);
  if (!response.ok) throw new Error(`the settings modal could not be loaded (${response.status})`);
  return response.text();
};
