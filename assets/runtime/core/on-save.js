/**
 * The `onSave` contract (spec §4.5, survey §9). amoCRM installs a widget
 * only if it has `onSave`; the call must give `true` or a Promise that
 * resolves (to anything but `false`). `undefined` is accepted, as real
 * published widgets return it, but flagged. Anything else — `false`, another
 * value, a throw, a rejection — fails the save, and nothing is stored.
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
    if (returned === undefined) {
      return { ok: true, warning: 'onSave returned undefined; amoCRM documents true or a Promise — return true explicitly' };
    }
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
    return { ok: false, reason: `onSave returned ${describeValue(returned)}; it must return true or a Promise` };
  } finally {
    setCurrentCallback(previous);
  }
}

function describeValue(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'a plain object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}
