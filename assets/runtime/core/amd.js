/**
 * The platform's module loader: the real RequireJS, configured so the module
 * ids amoCRM widgets use (`jquery`, `underscore`, `twigjs`, `moment`,
 * `lib/components/base/modal`, the `text!`/`json!` plugins) resolve to the
 * vendored libraries and to the emulator's platform modules.
 */
// Relative to this module, so they share its fingerprinted (cacheable) path.
const ASSETS = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
const VENDOR = `${ASSETS}/vendor`;
const PLATFORM = `${ASSETS}/runtime/amd`;

export function configureLoader() {
  window.requirejs.config({
    baseUrl: `${VENDOR}/`,
    paths: {
      jquery: `${VENDOR}/jquery/jquery`,
      underscore: `${VENDOR}/underscore/underscore`,
      twig: `${VENDOR}/twig/twig`,
      moment: `${VENDOR}/moment/moment`,
      text: `${VENDOR}/requirejs-text/text`,
      json: `${VENDOR}/requirejs-json/json`,
      twigjs: `${PLATFORM}/twigjs`,
      'lib/components/base/modal': `${PLATFORM}/modal`,
    },
    // Fail a missing dependency fast instead of RequireJS's 7 s default wait.
    waitSeconds: 10,
  });
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
  try {
    const [factoryResult] = await requireAsync([url]);
    return factoryResult;
  } catch (err) {
    const failed = (err && err.requireModules) || [];
    const what = failed.length ? failed.join(', ') : url;
    const error = new Error(`could not load ${what}: ${err && err.message ? err.message : err}`);
    error.cause = err;
    throw error;
  }
}
