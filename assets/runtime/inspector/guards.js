/**
 * The practices moderation bans (docs/platform.md §4.2), noticed as the widget does them:
 * `alert`, `confirm`, `eval` (and `new Function`), synchronous XHR,
 * `<script>` elements added to the page, and writes to the `APP`/`AMOCRM`
 * constants. Nothing is blocked — the call still does what it does in
 * amoCRM; the inspector only reports it. A call is the widget's when its
 * stack passes through the widget's files (core/paths.js).
 */
import { afterWidgetPath, widgetFileIn, widgetPath } from '../core/paths.js';
import { violation } from './report.js';

/** Deep enough to see the widget's frame under jQuery's ajax or event code. */
const STACK_FRAMES = 60;

/** The widget's file:line in the current stack, or '' when it is not the widget's call. */
function widgetFrame() {
  if (!widgetPath) return '';
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = STACK_FRAMES;
  const stack = new Error().stack || '';
  Error.stackTraceLimit = limit;
  const rest = afterWidgetPath(stack);
  if (rest === null) return '';
  const match = rest.match(/^([^\s)?]+)(?:\?[^\s):]*)?(:\d+:\d+)?/);
  return match ? `${match[1]}${match[2] || ''}` : 'the widget';
}

function guardDialog(name) {
  const original = window[name];
  window[name] = function guarded(...args) {
    const where = widgetFrame();
    if (where) violation(name, `the widget called ${name}() at ${where}; use APP.notifications or a modal`, where);
    return original.apply(this, args);
  };
}
guardDialog('alert');
guardDialog('confirm');

// eval and new Function: a report-only Content-Security-Policy (set by the
// server) makes the browser tell us, without blocking and without changing
// what a direct eval can see, which file and line evaluated a string.
document.addEventListener('securitypolicyviolation', (e) => {
  const file = e.blockedURI === 'eval' ? widgetFileIn(e.sourceFile || '') : null;
  if (file === null) return;
  const where = `${file}:${e.lineNumber}:${e.columnNumber}`;
  violation('eval', `the widget evaluated a string as code (eval, new Function or setTimeout with a string) at ${where}`, where);
});

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function checkedOpen(method, url, async) {
  if (arguments.length > 2 && async === false) {
    const where = widgetFrame();
    if (where) violation('syncXhr', `the widget made a synchronous request (${method} ${url}) at ${where}; it freezes the page`, where);
  }
  return open.apply(this, arguments);
};

// <script> elements: RequireJS marks its own with data-requiremodule; the
// emulator adds none after the page has loaded, so any other one is the widget's.
new MutationObserver((mutations) => {
  for (const m of mutations) {
    for (const node of m.addedNodes) {
      if (node.nodeType !== 1) continue;
      const scripts = node.tagName === 'SCRIPT' ? [node] : [...node.querySelectorAll('script')];
      for (const s of scripts) {
        if (s.hasAttribute('data-requiremodule') || s.type === 'application/json') continue;
        const what = s.src ? `<script src="${s.getAttribute('src')}">` : 'an inline <script>';
        violation('script', `the widget added ${what} to the page; load code with require()`, s.src || 'inline');
      }
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });

// APP / AMOCRM: the constants are read through proxies that report a write
// (and still perform it, as amoCRM does not stop it either).
const proxies = new WeakMap();
function watched(value, path) {
  if (value === null || typeof value !== 'object') return value;
  if (!proxies.has(value)) {
    const report = (key) => violation('constants', `the widget wrote ${path}.${String(key)}; APP constants are read-only`, `${path}.${String(key)}`);
    proxies.set(
      value,
      new Proxy(value, {
        get: (target, key, receiver) => watched(Reflect.get(target, key, receiver), `${path}.${String(key)}`),
        set: (target, key, v) => (report(key), Reflect.set(target, key, v)),
        deleteProperty: (target, key) => (report(key), Reflect.deleteProperty(target, key)),
        defineProperty: (target, key, d) => (report(key), Reflect.defineProperty(target, key, d)),
      }),
    );
  }
  return proxies.get(value);
}

function guardApp(app, name) {
  if (!app || typeof app.constant !== 'function') return app;
  let constant = app.constant;
  const reading = (key) => watched(constant(key), `${name}.constant('${key}')`);
  Object.defineProperty(app, 'constant', {
    configurable: true,
    enumerable: true,
    get: () => reading,
    set: (v) => {
      violation('constants', `the widget replaced ${name}.constant; APP is the platform's`, `${name}.constant`);
      constant = typeof v === 'function' ? v : constant;
    },
  });
  return app;
}

for (const name of ['APP', 'AMOCRM']) {
  let current = window[name];
  let set = false;
  Object.defineProperty(window, name, {
    configurable: true,
    get: () => current,
    set: (v) => {
      if (set && widgetFrame()) violation('constants', `the widget replaced window.${name}`, `window.${name}`);
      set = true;
      current = v && v.constant && !Object.getOwnPropertyDescriptor(v, 'constant').get ? guardApp(v, name) : v;
    },
  });
}
