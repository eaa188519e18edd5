/**
 * The platform's module loader: the real RequireJS, configured so the module
 * ids amoCRM widgets use (`jquery`, `underscore`, `twigjs`, `moment`,
 * `lib/components/base/modal`, the `text!`/`json!` plugins, and the other
 * documented modules listed in platform-modules.js) resolve to the vendored
 * libraries and to the emulator's platform modules. Ids amo-emu does not
 * provide fail with an error naming the module and the file requiring it.
 */
import { withHint } from './mistakes.js';
import { widgetFileIn } from './paths.js';
import { isNotEmulatedUrl, platformModuleConfig } from './platform-modules.js';

// Relative to this module, so they share its fingerprinted (cacheable) path.
const ASSETS = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
const VENDOR = `${ASSETS}/vendor`;
const PLATFORM = `${ASSETS}/runtime/amd`;

export function configureLoader() {
  const platform = platformModuleConfig(VENDOR, PLATFORM);
  window.requirejs.config({
    baseUrl: `${VENDOR}/`,
    paths: {
      ...platform.paths,
      jquery: `${VENDOR}/jquery/jquery`,
      underscore: `${VENDOR}/underscore/underscore`,
      twig: `${VENDOR}/twig/twig`,
      moment: `${VENDOR}/moment/moment`,
      text: `${VENDOR}/requirejs-text/text`,
      json: `${VENDOR}/requirejs-json/json`,
      twigjs: `${PLATFORM}/twigjs`,
      'lib/components/base/modal': `${PLATFORM}/modal`,
    },
    map: platform.map,
    shim: platform.shim,
    // How long RequireJS waits for a module before failing it (its default
    // is 7 s): room for a large bundle's first load, short enough that a
    // module that never arrives is reported while the developer looks.
    waitSeconds: 10,
  });
  tellServerWhoRequires();
}

/**
 * Adds `?from=<widget file>` to the URL of a module amo-emu does not
 * provide, so the server's message (terminal and page) names the file that
 * required it. `requirejs.load` is RequireJS's documented hook for how a
 * module is fetched; the requiring module is the one in RequireJS's
 * registry (the default context's, unchanged through 2.x) that lists the
 * id among its dependencies.
 */
function tellServerWhoRequires() {
  const req = window.requirejs;
  if (req.amoEmuLoadHook) return;
  const load = req.load;
  req.load = function (context, id, url) {
    if (isNotEmulatedUrl(url)) {
      const from = requirerOf(context, id);
      if (from) url += `${url.includes('?') ? '&' : '?'}from=${encodeURIComponent(from)}`;
    }
    return load.call(this, context, id, url);
  };
  req.amoEmuLoadHook = true;
}

/** The file (relative to the widget folder) or id of the module requiring `id`. */
function requirerOf(context, id) {
  for (const mod of Object.values(context.registry)) {
    if (!(mod.depMaps || []).some((dep) => dep && dep.id === id)) continue;
    // A `require([...])` call is an anonymous `_@r<n>` module; its parent
    // is the module whose local `require` made it.
    if (!String(mod.map && mod.map.id).startsWith('_@r')) return moduleName(mod.map);
    const parent = moduleName(mod.map.parentMap);
    return parent ? `a require() call in ${parent}` : 'a require() call';
  }
  return '';
}

/** A module's file relative to the widget folder, else its id. */
function moduleName(map) {
  const name = (map && (map.url || map.id)) || '';
  return widgetFileIn(name) || name;
}

/** `require(ids)` as a Promise of the modules, rejected with RequireJS's error. */
export function requireAsync(ids) {
  return new Promise((resolve, reject) => {
    window.requirejs(ids, (...modules) => resolve(modules), reject);
  });
}

/**
 * Loads the widget's `script.js` by URL, so relative dependencies such as
 * `./lib/helper.js` and `text!./templates/x.twig` resolve against the
 * widget's folder, as on the platform.
 */
export async function loadWidgetModule(path) {
  const url = `${path}/script.js`;
  // Already on its way when the page asked for it early (preloadWidgetScript).
  if (early === url) early = null;
  else preload(url);
  try {
    const [factoryResult] = await requireAsync([url]);
    return factoryResult;
  } catch (err) {
    const failed = (err && err.requireModules) || [];
    const what = failed.length ? failed.join(', ') : url;
    // A module amo-emu does not provide: its own message is already shown.
    const text = err && err.amoEmuNotEmulated
      ? `it requires ${err.amoEmuNotEmulated}, which amo-emu does not emulate (see the message above)`
      : withHint(`could not load ${what}: ${err && err.message ? err.message : err}`, err);
    const error = new Error(text);
    error.cause = err;
    throw error;
  }
}

/** The widget script preloaded ahead of its load, until that load takes it. */
let early = null;

/**
 * Starts fetching the widget's `script.js` now, while the libraries load,
 * on a page that will run it: `loadWidgetModule` then finds it on its way.
 * Only fetched: nothing of the widget runs before the page is set up.
 */
export function preloadWidgetScript(path) {
  early = `${path}/script.js`;
  preload(early);
}

/**
 * Starts fetching `url` now: RequireJS adds its `<script>` only on its next
 * tick (a 4 ms timer), and the browser hands that script the preloaded
 * response. A fresh `<link>` each time, so a changed file is fetched anew.
 */
function preload(url) {
  for (const old of document.querySelectorAll('link[rel="preload"][data-amo-emu-widget]')) old.remove();
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'script';
  link.href = url;
  link.dataset.amoEmuWidget = '';
  document.head.append(link);
}

/**
 * Makes RequireJS forget every module loaded from the widget folder
 * (`script.js`, its relative dependencies, `text!`/`json!` resources), so
 * the next `require` fetches and runs the files as they are now. The
 * platform's modules stay. RequireJS has no public list of loaded ids, so
 * this reads the `defined` and `registry` maps of its default context
 * (unchanged through 2.x), then uses the public `requirejs.undef`.
 */
export function forgetWidgetModules(path) {
  const context = window.requirejs.s.contexts._;
  const prefix = `${path}/`;
  const ids = new Set([...Object.keys(context.defined), ...Object.keys(context.registry)]);
  let forgotten = 0;
  for (const id of ids) {
    const resource = id.slice(id.indexOf('!') + 1);
    if (!resource.startsWith(prefix)) continue;
    window.requirejs.undef(id);
    forgotten += 1;
  }
  return forgotten;
}
