/**
 * Calling widget callbacks as the platform does (docs/platform.md §4.3–4.6): promises
 * are awaited, a throw or rejection is reported naming the callback, and the
 * area entry sequence is `render` → `init` → `bind_actions`, stopped when
 * `render` returns false.
 */
import { reportCallbackError, setCurrentCallback } from './errors.js';
import { traceCall } from './trace.js';

export function isThenable(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof value.then === 'function';
}

/** The callback for a name, including dotted ones such as `leads.selected`. */
export function findCallback(widget, name) {
  const fn = name.split('.').reduce((node, part) => (node ? node[part] : undefined), widget.callbacks);
  return typeof fn === 'function' ? fn : null;
}

/**
 * Calls a function the widget handed the platform (`add_source`'s,
 * `add_action`'s) as widget callback `name`: traced, and a throw reported
 * naming it. Returns `{value}` or `{error}`; never throws.
 */
export function callAs(name, fn, self, args) {
  const previous = setCurrentCallback(name);
  try {
    return { value: traceCall(name, fn, self, args) };
  } catch (error) {
    reportCallbackError(name, error);
    return { error };
  } finally {
    setCurrentCallback(previous);
  }
}

/**
 * Runs one callback. Resolves to `{missing}`, `{value}` or `{error}`; never
 * rejects, so a broken widget cannot break the emulator's own flow.
 */
export async function invoke(widget, name, args = []) {
  const fn = findCallback(widget, name);
  if (!fn) return { missing: true };
  const previous = setCurrentCallback(name);
  try {
    let value = traceCall(name, fn, widget, args);
    if (isThenable(value)) value = await value;
    return { value };
  } catch (error) {
    reportCallbackError(name, error);
    return { error };
  } finally {
    setCurrentCallback(previous);
  }
}

/**
 * Enters an area: `render`, then (unless it returned false or failed)
 * `init` and `bind_actions`. Returns whether the widget is initialised.
 */
export async function enterArea(widget) {
  const rendered = await invoke(widget, 'render');
  if (rendered.error || rendered.value === false) return false;
  await invoke(widget, 'init');
  await invoke(widget, 'bind_actions');
  return true;
}
