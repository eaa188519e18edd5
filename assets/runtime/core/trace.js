/**
 * The platform's event bus: what the emulator did with the widget's code,
 * as it happened — callbacks run, saves, requests, reloads, rule violations.
 * The runtime emits at the few places where those things happen; the
 * inspector (runtime/inspector/) subscribes. Events are buffered from page
 * start, so a subscriber that comes late still sees everything. This module
 * only records: it never changes what a callback returns or throws. Tools
 * read a copy of the buffer as `window.__amoEmuTrace()` (`amo-emu test`
 * does, through the DevTools protocol); what escapes the widget's
 * callbacks (errors.js) arrives as an `error` event.
 */
import { describeError } from './errors.js';

/** Events kept for late subscribers; older ones are dropped first. */
const BUFFER_LIMIT = 1000;
/** Longest summary of one argument or value, in characters. */
const SUMMARY_CHARS = 160;

const buffer = [];
const listeners = new Set();
let sequence = 0;
let calls = 0;

/** How many of the emulator's own requests are being started right now. */
let ownRequests = 0;

/**
 * Starts a request of the emulator's own (`start` must call `fetch` or
 * `XMLHttpRequest.open` synchronously), which its caller traces itself, so
 * the network observer (runtime/net/observe.js) does not trace it twice.
 */
export function asOwnRequest(start) {
  ownRequests += 1;
  try {
    return start();
  } finally {
    ownRequests -= 1;
  }
}

/** Whether the request being started now is one of the emulator's own. */
export const isOwnRequest = () => ownRequests > 0;

/**
 * Records one event: `{kind, ...}` where kind is `callback`, `violation`,
 * `request`, `save`, `reload`, `notice`, `error`, `account`, `webhook` or
 * `integration`. Adds `seq` and `at` (ms since the page started). An event with the `call` of an earlier one updates it (a
 * Promise that settled later).
 */
export function emit(event) {
  const entry = { seq: ++sequence, at: Math.round(performance.now()), ...event };
  buffer.push(entry);
  if (buffer.length > BUFFER_LIMIT) buffer.shift();
  for (const listener of listeners) {
    try {
      listener(entry);
    } catch (error) {
      console.error('amo-emu: an inspector listener failed', error);
    }
  }
  return entry;
}

/** Calls `listener` for every event so far, then for each new one. */
export function subscribe(listener) {
  for (const entry of buffer.slice()) listener(entry);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The area the platform says it is in (`APP.widgets.system.area`). */
function currentArea() {
  try {
    return (window.APP && window.APP.widgets && window.APP.widgets.system.area) || '';
  } catch (_) {
    return '';
  }
}

/**
 * Calls widget callback `name` as `fn.apply(self, args)` and records it:
 * arguments, what it returned (or how its Promise settled), how long it
 * took, and what it threw. Returns or throws exactly what `fn` did.
 */
export function traceCall(name, fn, self, args) {
  const call = ++calls;
  const base = { kind: 'callback', call, name, area: currentArea(), args: args.map(summarise) };
  const started = performance.now();
  let value;
  try {
    value = fn.apply(self, args);
  } catch (error) {
    emit({ ...base, result: 'threw', error: describeError(error), ms: elapsed(started), sync_ms: elapsed(started) });
    throw error;
  }
  const syncMs = elapsed(started);
  const thenable = value !== null && (typeof value === 'object' || typeof value === 'function') && typeof value.then === 'function';
  if (!thenable) {
    emit({ ...base, result: 'returned', value: summarise(value), ms: syncMs, sync_ms: syncMs });
    return value;
  }
  emit({ ...base, result: 'pending', value: 'Promise', ms: syncMs, sync_ms: syncMs });
  value.then(
    (resolved) => emit({ ...base, result: 'resolved', value: summarise(resolved), ms: elapsed(started), sync_ms: syncMs }),
    (error) => emit({ ...base, result: 'rejected', error: describeError(error), ms: elapsed(started), sync_ms: syncMs }),
  );
  return value;
}

const elapsed = (since) => Math.round((performance.now() - since) * 10) / 10;

/** A short, JSON-safe description of any value a widget passes or returns. */
export function summarise(value) {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'string') return cut(JSON.stringify(value));
  if (typeof value === 'function') return 'function';
  if (typeof value.then === 'function') return 'Promise';
  if (value.jquery) return `jQuery(${value.length} element${value.length === 1 ? '' : 's'}${value.length ? `: ${describeNode(value[0])}` : ''})`;
  if (typeof Node !== 'undefined' && value instanceof Node) return describeNode(value);
  try {
    return cut(JSON.stringify(value));
  } catch (_) {
    return Object.prototype.toString.call(value);
  }
}

function describeNode(node) {
  if (!node || !node.tagName) return String(node && node.nodeName);
  const classes = typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
  return cut(`<${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${classes}>`);
}

const cut = (text) => (text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS - 1)}…` : text);

// What escapes the callbacks (a handler's or timer's error, an unhandled
// rejection): errors.js reports it and the bus records it.
document.addEventListener('amo-emu:widget-error', (event) => {
  emit({ kind: 'error', text: String((event.detail && event.detail.text) || '') });
});

// The machine-readable timeline: a copy, so a reader cannot change it.
Object.defineProperty(window, '__amoEmuTrace', {
  value: () => buffer.map((entry) => ({ ...entry })),
  configurable: false,
});
