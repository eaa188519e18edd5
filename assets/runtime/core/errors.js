/**
 * Making widget failures visible: a callback that throws, a script that does
 * not parse, a promise nobody handled. Each message names what was running,
 * shows in the page (not only the console) and stays until dismissed.
 */
import { withHint } from './mistakes.js';
import { notify, showOverlay } from './outlets.js';
import { widgetFileIn, widgetPath } from './paths.js';

/** The callback being run, so an uncaught error can be attributed to it. */
let currentCallback = null;

export function setCurrentCallback(name) {
  const previous = currentCallback;
  currentCallback = name;
  return previous;
}

/**
 * A short "Error: message (file:line:column)" for an error object, with a
 * hint when it is a common widget mistake (mistakes.js).
 */
export function describeError(error) {
  return withHint(describeBare(error), error);
}

function describeBare(error) {
  if (error === undefined) return 'undefined';
  if (error === null) return 'null';
  if (typeof error !== 'object') return String(error);
  const name = error.name || 'Error';
  const message = error.message !== undefined ? error.message : String(error);
  const where = firstWidgetFrame(error.stack);
  return where ? `${name}: ${message} (${where})` : `${name}: ${message}`;
}

/** `text` matched literally inside a RegExp. */
const literal = (text) => text.replace(/[.*+?^$|()[\]{}\\]/g, '\\$&');

/** A stack frame inside the widget's folder: the file relative to it, then `:line:column`. */
const WIDGET_FRAME = widgetPath ? new RegExp(`${literal(widgetPath)}/([^\\s)]+?:\\d+:\\d+)`) : null;

/** The first stack frame inside the widget's folder, as `file:line:column`. */
function firstWidgetFrame(stack) {
  if (!WIDGET_FRAME || typeof stack !== 'string') return '';
  const match = stack.match(WIDGET_FRAME);
  return match ? match[1] : '';
}

/** Reports that widget callback `name` failed with `error`. */
export function reportCallbackError(name, error) {
  const text = `Widget callback ${name} failed: ${describeError(error)}`;
  console.error(text, error);
  notify(text, { kind: 'error', sticky: true, data: { callback: name, origin: 'widget' } });
  // Pages that show errors in their own layout too listen for this.
  document.dispatchEvent(new CustomEvent('amo-emu:callback-error', { detail: { callback: name, text } }));
  return text;
}

/** Reports a problem that is not tied to one callback. */
export function reportWidgetProblem(text, error) {
  console.error(text, error || '');
  notify(text, { kind: 'error', sticky: true, data: { origin: 'widget' } });
  // The event bus records it (trace.js listens; it imports this module).
  document.dispatchEvent(new CustomEvent('amo-emu:widget-error', { detail: { text } }));
}

/**
 * Catches what escapes the callbacks: syntax errors while loading the
 * widget's files, errors thrown later from its event handlers or timers, and
 * rejected promises nobody handled.
 */
export function installGlobalHandlers() {
  window.addEventListener('error', (event) => {
    // A module amo-emu does not provide, required without an error
    // callback: RequireJS rethrows from its own file; already shown below.
    if (event.error && event.error.amoEmuNotEmulated) return;
    const rel = widgetFileIn(event.filename || '');
    if (rel === null) return;
    const during = currentCallback ? ` while ${currentCallback} was running` : '';
    const location = `${rel}:${event.lineno}:${event.colno}`;
    reportWidgetProblem(withHint(`Error in ${location}${during}: ${event.message}`, event.error || event.message), event.error);
    // A file that does not even parse leaves nothing to work with: say so over the page.
    if (/SyntaxError/.test(event.message) || (event.error && event.error.name === 'SyntaxError')) {
      showOverlay('The widget\'s script does not parse', [{ location, message: event.message }]);
    }
  });
  // The server's answer for a module amo-emu does not provide announces
  // itself (once per id and page): on amoCRM the module would be there.
  const notEmulated = new Set();
  document.addEventListener('amo-emu:not-emulated', (event) => {
    const { id, text } = event.detail || {};
    if (notEmulated.has(id)) return;
    notEmulated.add(id);
    reportWidgetProblem(text);
  });
  window.addEventListener('unhandledrejection', (event) => {
    const where = firstWidgetFrame(event.reason && event.reason.stack);
    if (!where) return;
    reportWidgetProblem(`Unhandled promise rejection in the widget: ${describeError(event.reason)}`, event.reason);
  });
}
