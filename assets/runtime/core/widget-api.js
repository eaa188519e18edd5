/**
 * Builds the widget object the way the platform does: an object that already
 * has the platform API (`params`, `get_settings`, `system`, `i18n`, `render`,
 * …) on it, then the widget's own constructor called with `this` bound to it
 * (docs/platform.md §4.1). Real widgets read `self.get_settings()` and `self.system()`
 * inside the constructor, so the API must exist before it runs.
 */
import { notify as showMessage } from './outlets.js';

/** Thrown when `script.js` does not have the shape the platform needs. */
export class WidgetShapeError extends Error {}

/**
 * @param Ctor   what script.js's factory returned
 * @param {import('./env.js').Env} env  the page's environment: the API reads
 *   `$`, `Twig`, `boot`, `area`, `crmPost` and the page's members
 *   (`placeBlock`, `cardContacts`, `listSelected`, `addAction`,
 *   `addSource`, `openSettings`, which have defaults there)
 */
export function createWidget(Ctor, env) {
  if (typeof Ctor !== 'function') {
    throw new WidgetShapeError(
      `script.js must define a module that returns a constructor function (got ${Ctor === undefined ? 'nothing — does script.js call define()? is there a syntax error?' : typeof Ctor})`,
    );
  }
  const self = Object.create(Ctor.prototype || Object.prototype);
  Object.assign(self, platformApi(self, env));
  let returned;
  try {
    returned = Ctor.call(self);
  } catch (error) {
    if (error instanceof TypeError && /class constructor/i.test(error.message)) {
      throw new WidgetShapeError(
        'script.js returns an ES class; amoCRM calls the widget constructor with the platform API already on `this`, which a class cannot accept. Use a plain constructor function.',
      );
    }
    error.amoCallback = 'constructor';
    throw error;
  }
  if (!self.callbacks || typeof self.callbacks !== 'object') {
    if (returned && typeof returned === 'object' && returned !== self && returned.callbacks) {
      throw new WidgetShapeError(returnedCallbacksMessage(Ctor, returned));
    }
    throw new WidgetShapeError('the widget constructor did not set `this.callbacks`');
  }
  return self;
}

/**
 * Names the mistake precisely: which constructor, which callbacks it
 * returned, and the one-line fix. Widgets written as
 * `return {callbacks: {...}}` lose `this` (the object carrying
 * `get_settings`, `render`, `i18n`, ...), which is what amoCRM hands back.
 */
function returnedCallbacksMessage(Ctor, returned) {
  const who = Ctor.name ? `the widget constructor ${Ctor.name}() in script.js` : 'the widget constructor in script.js';
  const names = returned.callbacks && typeof returned.callbacks === 'object' ? Object.keys(returned.callbacks) : [];
  const list = names.length ? ` (${names.join(', ')})` : '';
  return `${who} returns a new object holding its callbacks${list} instead of setting \`this.callbacks\`; amoCRM keeps \`this\` (the object with get_settings, render, i18n, ...), so none of these callbacks would run. Write \`this.callbacks = {...}\` and \`return this\`.`;
}

function platformApi(self, env) {
  const { $, Twig, boot } = env;
  const w = boot.widget;
  const account = boot.account;
  const user = (account.users || []).find((u) => u.id === account.current_user_id) || {};

  const params = {
    ...w.settings,
    widget_code: w.code,
    path: w.path,
    images_path: `${w.path}/images`,
    version: w.version,
    status: w.status,
    active: w.active,
    widget_active: w.active,
    id: String(w.id),
    oauth_client_uuid: null,
  };

  let langs = w.langs || {};
  exposeLocaleIndex(langs, boot.locale);

  const system = () => ({
    area: env.area(),
    amouser_id: user.id,
    amouser: user.login,
    amohash: '0000000000000000000000000000000000000000',
    subdomain: account.subdomain,
    domain: `${account.subdomain}.amocrm.ru`,
    server: 'ru',
  });
  // Some widgets read `self.system.area` as a property (docs/real-widget-usage.md §3).
  for (const key of ['area', 'amouser_id', 'amouser', 'amohash', 'subdomain', 'domain']) {
    Object.defineProperty(system, key, { get: () => system()[key], enumerable: true });
  }

  return {
    params,
    langs,
    ns: `widget:${w.code}`,
    get_settings: () => params,
    set_settings(values) {
      Object.assign(params, values || {});
      return params;
    },
    get_version: () => w.version,
    get_install_status: () => params.status,
    set_status(status) {
      const plate = document.querySelector(`.modal.${w.code} .widget-state`);
      if (plate) plate.className = `widget-state widget-state_status_${status}`;
    },
    system,
    i18n(key) {
      if (key === undefined) return langs;
      return String(key)
        .split('.')
        .reduce((node, part) => (node && typeof node === 'object' ? node[part] : undefined), langs);
    },
    set_lang(obj) {
      langs = obj || {};
      self.langs = langs;
    },
    render: (opts, data) => render(Twig, opts, data),
    render_template(options, data) {
      const body = options && options.render ? render(Twig, { data: options.render }, data) : (options && options.body) || '';
      // The card and list pages draw the standard block (ui/widget-block.js);
      // on pages without a widgets column `placeBlock` draws nothing.
      env.placeBlock({ caption: (options && options.caption) || {}, body });
      return true;
    },
    crm_post(url, data, callback, type, errorCallback) {
      // A server-side proxy, as on amoCRM: the target needs no CORS.
      return env.crmPost(url, data, callback, type, errorCallback);
    },
    $authorizedAjax(opts) {
      const headers = { ...(opts && opts.headers), 'X-Auth-Token': 'amo-emu-unsigned-dev-token' };
      return $.ajax({ ...opts, headers });
    },
    get_accounts_current: () => Promise.resolve({ account: { id: account.id, subdomain: account.subdomain, name: account.name } }),
    get_current_card_contacts_data: () => Promise.resolve(env.cardContacts()),
    // A jQuery Deferred, as the platform's: `.then` and `.done` both work.
    // `w.pipeline_id` is updated when the widget is added as a lead source.
    get_pipeline_id: () => $.Deferred().resolve(w.pipeline_id === undefined ? null : w.pipeline_id).promise(),
    list_selected: () => env.listSelected(),
    widgetsOverlay() {},
    add_action(type, fn) {
      env.addAction(type, fn);
    },
    add_source(type, callback, sourceText) {
      env.addSource(type, callback, sourceText, self);
    },
    listenSocketChannel: () => () => {},
    openWidgetSettings(options) {
      env.openSettings(options || {});
    },
    notify(text) {
      showMessage(String(text));
    },
  };
}

/** A few real widgets index `langs` by locale code (`self.langs.ru.x`). */
function exposeLocaleIndex(langs, locale) {
  if (langs && typeof langs === 'object' && !(locale in langs)) {
    Object.defineProperty(langs, locale, { value: langs, enumerable: false });
  }
}

/**
 * `self.render(opts, data)` (docs/platform.md §5.1): `{ref}` system templates and
 * `{data}` inline templates render synchronously to a string; `{href}`
 * loads the widget's own template and hands it to `load(template)`, or to a
 * Promise with `promised: true`.
 */
function render(Twig, opts, data) {
  opts = opts || {};
  if (opts.ref) {
    const template = Twig.twig({ ref: opts.ref });
    if (!template) throw new Error(`render: no system template ${opts.ref}`);
    return template.render(data || {});
  }
  if (typeof opts.data === 'string') {
    return Twig.twig({ data: opts.data, allowInlineIncludes: true, rethrow: true }).render(data || {});
  }
  if (opts.href) {
    const base = opts.base_path || '';
    const url = base + (base && !base.endsWith('/') && !opts.href.startsWith('/') ? '/' : '') + opts.href;
    const promise = new Promise((resolve, reject) => {
      Twig.twig({
        id: url,
        href: url,
        async: true,
        allowInlineIncludes: true,
        rethrow: true,
        load: resolve,
        error: (err) => reject(new Error(`render: cannot load ${url}: ${err && err.message ? err.message : err}`)),
      });
    });
    if (opts.promised) return promise;
    promise.then(
      (template) => {
        if (typeof opts.load === 'function') opts.load(template);
      },
      (err) => {
        console.error(err);
        showMessage(err.message, { kind: 'error', sticky: true, data: { origin: 'widget' } });
      },
    );
    return undefined;
  }
  throw new Error('render: pass {ref}, {data} or {href}');
}
