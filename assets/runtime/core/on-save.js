/**
 * The `onSave` contract (docs/platform.md §4.5, docs/real-widget-usage.md §9). amoCRM installs a widget
 * only if it has `onSave`; the documented results are `true` or a Promise
 * that resolves (to anything but `false`). Real published widgets also
 * return `undefined` or a plain object and install on amoCRM, so a platform
 * that lets them through cannot be checking for `true`: every value other
 * than `false` is accepted, and anything but `true` is flagged with a
 * warning naming what came back. Only `false`, a throw or a rejection fail
 * the save, and then nothing is stored.
 */
import { describeError, setCurrentCallback } from './errors.js';
import { isThenable } from './lifecycle.js';
import { emit, traceCall } from './trace.js';

/**
 * Runs `onSave(evt)`. Resolves to `{ok: true, warning?}` or
 * `{ok: false, reason}`, where `reason` is a sentence naming `onSave`.
 */
export async function runOnSave(widget, evt) {
  const fn = widget.callbacks && widget.callbacks.onSave;
  if (typeof fn !== 'function') {
    emit({ kind: 'callback', name: 'onSave', result: 'missing', args: [], ms: 0 });
    return { ok: false, missing: true, reason: 'the widget has no callbacks.onSave, and amoCRM does not install a widget without it' };
  }
  const previous = setCurrentCallback('onSave');
  let returned;
  try {
    returned = traceCall('onSave', fn, widget, [evt]);
  } catch (error) {
    setCurrentCallback(previous);
    return { ok: false, reason: `onSave threw ${describeError(error)}` };
  }
  try {
    if (returned === true) return { ok: true };
    if (returned === false) return { ok: false, reason: 'onSave returned false, so the settings were not saved' };
    if (isThenable(returned)) {
      let resolved;
      try {
        resolved = await returned;
      } catch (error) {
        return { ok: false, reason: `onSave rejected: ${describeError(error)}` };
      }
      if (resolved === false) return { ok: false, reason: 'onSave resolved to false, so the settings were not saved' };
      return { ok: true };
    }
    return {
      ok: true,
      warning: `onSave returned ${describeValue(returned)}; amoCRM documents true or a Promise — return true explicitly`,
    };
  } finally {
    setCurrentCallback(previous);
  }
}

function describeValue(value) {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array ${preview(value)}`;
  if (typeof value === 'object') return `a plain object ${preview(value)}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}

/** The longest preview of a returned value a one-line notice can carry. */
const PREVIEW_CHARS = 80;

/** A short JSON rendering of what onSave returned, for the warning. */
function preview(value) {
  let json;
  try {
    json = JSON.stringify(value);
  } catch (_) {
    return '';
  }
  if (typeof json !== 'string') return '';
  return json.length > PREVIEW_CHARS ? `${json.slice(0, PREVIEW_CHARS - 1)}…` : json;
}
