/**
 * Everything a page needs before a widget can run: the loader configured,
 * the libraries loaded, the globals installed, the system templates
 * registered, the layers above core plugged in (`services`). Returns the
 * environment the page controllers share (env.js).
 */
import { configureLoader, forgetWidgetModules, loadWidgetModule, preloadWidgetScript, requireAsync } from './amd.js';
import { installAppGlobals } from './app-globals.js';
import { makeEnv } from './env.js';
import { installGlobalHandlers, reportWidgetProblem, describeError } from './errors.js';
import { setNotifier, setOverlay } from './outlets.js';
import { forgetWidgetTemplates, registerSystemTemplates } from './templates.js';
import { createWidget } from './widget-api.js';

/**
 * What core uses from the layers above it, given by the page's setup
 * (setup.js): `notify(text, {kind, sticky, data})` (ui/toast.js),
 * `overlay(title, problems)` (live/overlay.js), `installControls($, Twig)`
 * (controls/index.js) and `crmPost($, url, data, callback, type, errorCallback)`
 * (net/crm-post.js).
 */
const SERVICES = ['notify', 'overlay', 'installControls', 'crmPost'];

/**
 * Three names for "where we are", which amoCRM spells differently (docs/platform.md §9):
 * `widgetsArea` is `APP.getWidgetsArea()` (`widgetsSettings`,
 * `advanced-settings:<code>`), `systemArea` is `APP.widgets.system.area`
 * (`settings`, `advanced-settings`), `widgetArea` is the widget's own
 * `self.system().area` (`settings`, `advanced_settings`); it defaults to
 * `systemArea` where the two agree. `page` holds the page's members of the
 * environment (env.js), `services` the layers above core (SERVICES).
 * `prefetchWidget` loads the widget's module alongside the libraries (its
 * factory may run before the page is set up); `preloadWidget` only fetches
 * its `script.js` meanwhile, for a page that runs the widget once set up.
 */
export async function setupPlatform(boot, { prefetchWidget = false, preloadWidget = false, widgetsArea, systemArea, widgetArea = systemArea, page = {}, services }) {
  for (const name of SERVICES) {
    if (typeof (services && services[name]) !== 'function') throw new Error(`setupPlatform: services.${name} is missing`);
  }
  setNotifier(services.notify);
  setOverlay(services.overlay);
  // First, so that even a script.js that fails while loading early is reported.
  if (boot.widget) installGlobalHandlers();
  configureLoader();
  // Under the assets' fingerprint, which they change with: kept by the browser.
  const templates = fetch(new URL('../../system-templates.json', import.meta.url)).then((r) => r.json());
  // The widget's script.js (and its dependencies) load alongside the libraries
  // when the page already knows it will run the widget (a restored modal).
  let widgetModule = prefetchWidget && boot.widget ? loadWidgetModule(boot.widget.path) : null;
  if (widgetModule) widgetModule.catch(() => {});
  else if (preloadWidget && boot.widget) preloadWidgetScript(boot.widget.path);
  const [$, Twig, Modal] = await requireAsync(['jquery', 'twigjs', 'lib/components/base/modal']);
  services.installControls($, Twig);
  performance.mark('amo-emu:libraries');
  const APP = installAppGlobals(boot, { widgetsArea, systemArea });
  registerSystemTemplates(Twig, await templates);
  performance.mark('amo-emu:templates');

  let currentWidgetArea = widgetArea;
  const env = makeEnv(
    {
      $,
      Twig,
      Modal,
      APP,
      boot,
      area: () => currentWidgetArea,
      setArea: (widgets, system, widget = system) => {
        APP.setArea(widgets, system);
        currentWidgetArea = widget;
      },
      crmPost: (...args) => services.crmPost($, ...args),
      loadWidgetModule: loadOnce,
      buildWidget,
      forgetWidgetCode,
    },
    page,
  );

  /**
   * Starts loading script.js (once per page; RequireJS caches the module),
   * so callers can overlap it with other work.
   */
  function loadOnce() {
    widgetModule = widgetModule || loadWidgetModule(boot.widget.path);
    return widgetModule;
  }

  /**
   * Loads script.js and builds a fresh widget object. Resolves to null (the
   * problem already shown) when the widget cannot be built.
   */
  async function buildWidget() {
    try {
      const Ctor = await loadOnce();
      const widget = createWidget(Ctor, env);
      APP.widgets.list[boot.widget.code] = widget;
      return widget;
    } catch (error) {
      const what = error.amoCallback ? `The widget constructor failed: ${describeError(error)}` : `The widget cannot be built: ${error.message}`;
      reportWidgetProblem(what, error);
      return null;
    }
  }

  /**
   * Forgets the widget's code, so the next `buildWidget` runs the files as
   * they are now (docs/platform.md §12.7): its modules and templates, and the handlers
   * it bound in its `.<code>` event namespace, which is how official widgets
   * unbind in `destroy`. The caller has already called `destroy` on the
   * widget objects it built.
   */
  function forgetWidgetCode() {
    const { code, path } = boot.widget;
    for (const target of [document, window, document.body]) $(target).off(`.${code}`);
    forgetWidgetModules(path);
    forgetWidgetTemplates(Twig);
    delete APP.widgets.list[code];
    widgetModule = null;
  }
  return env;
}
