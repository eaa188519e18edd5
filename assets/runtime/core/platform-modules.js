/**
 * The platform's documented modules (docs/platform.md §4.2) as RequireJS configuration:
 * which vendored npm file backs each id a widget may `require`, and where the
 * ids amo-emu does not provide go instead of a 404 (amoCRM's `lib/...`
 * internals, and `colorpicker`, which no npm package backs). The npm package
 * and version behind each id, and why, are in assets/vendor/README.md;
 * `src/widget/platform_modules.rs` words the message for the missing ones.
 */

/** The server route that answers a missing id with a module naming it. */
export const NOT_EMULATED = '/amo-emu/not-emulated';

/** Documented ids without an npm package (kept in step with platform_modules.rs). */
export const WITHOUT_PACKAGE = ['colorpicker'];

/**
 * `paths` for the libraries, relative to the vendor folder. Ids whose file
 * registers a different name are reached through `map` below instead.
 */
const VENDORED_PATHS = {
  backbone: 'backbone/backbone',
  cocktail: 'cocktail/cocktail',
  intl_tel_input: 'intl-tel-input/intlTelInput',
  'browser-detect': 'browser-detect/browser-detect',
  rangeslider: 'rangeslider/rangeslider',
  clipboard: 'clipboard/clipboard',
  accounting: 'accounting/accounting',
  enquire: 'enquire/enquire',
  // FileAPI registers the named module "FileAPI", the platform's id.
  FileAPI: 'fileapi/FileAPI.html5',
  'google-libphonenumber': 'google-libphonenumber/libphonenumber',
  jplayer: 'jplayer/jquery.jplayer',
  'js-uuid': 'js-uuid/js-uuid',
  fullcalendar: 'fullcalendar/fullcalendar',
  pubsub: 'pubsub/pubsub',
  steady: 'steady/Steady',
  store: 'store/store',
  cropperjs: 'cropperjs/cropper',
  'virtualized-list': 'virtualized-list/virtualized-list',
  quill: 'quill/quill',
  es6promise: 'es6-promise/es6-promise',
  // `moment/locale/ru` and the rest: moment's own locale files.
  'moment/locale': 'moment/locale',
  // Chart.js 1.1 registers the named module "Chart"; `chartjs` maps to it.
  Chart: 'chartjs/Chart',
  // current-device's webpack build; the `device` id is the adapter below.
  'amo-emu/current-device': 'current-device/current-device',
};

/** `map['*']`: ids that are another module under a different name. */
const ALIASES = {
  chartjs: 'Chart',
  // moment's locale files require '../moment', i.e. `moment/moment`.
  'moment/moment': 'moment',
};

/**
 * The platform's libraries also answer as `vendor/<id>` (real widgets
 * require `vendor/underscore`, `vendor/backbone`, `vendor/jplayer`); these
 * spellings are not in the documentation (UNCONFIRMED), so any other
 * `vendor/...` id is reported as not emulated rather than guessed.
 */
const VENDOR_PREFIX = 'vendor/';
const LIBRARY_IDS = [
  'jquery', 'underscore', 'moment', 'twigjs', 'backbone', 'cocktail', 'intl_tel_input', 'browser-detect',
  'chartjs', 'rangeslider', 'clipboard', 'accounting', 'device', 'enquire', 'FileAPI',
  'google-libphonenumber', 'jplayer', 'js-uuid', 'fullcalendar', 'pubsub', 'steady', 'store',
  'cropperjs', 'virtualized-list', 'quill', 'es6promise',
];

/** Globals-only libraries: RequireJS takes the module from the global. */
const SHIM = {
  // Steady.js 2.0.1 has no AMD or browser export: `function Steady` is global.
  steady: { exports: 'Steady' },
};

/**
 * The pieces of `requirejs.config` for the platform modules. `vendor` and
 * `platform` are the URLs of assets/vendor and assets/runtime/amd.
 */
export function platformModuleConfig(vendor, platform) {
  const paths = {};
  for (const [id, file] of Object.entries(VENDORED_PATHS)) paths[id] = `${vendor}/${file}`;
  // current-device's build exports `{default: device}`; widgets call `device.mobile()`.
  paths.device = `${platform}/device`;
  // Every `lib/...` id except the emulated ones (which have longer, more
  // specific `paths` entries and so win) lands on the server's answer.
  paths.lib = `${NOT_EMULATED}/lib`;
  for (const id of WITHOUT_PACKAGE) paths[id] = `${NOT_EMULATED}/${id}`;
  paths.vendor = `${NOT_EMULATED}/vendor`;
  const aliases = { ...ALIASES };
  for (const id of LIBRARY_IDS) aliases[`${VENDOR_PREFIX}${id}`] = id;
  return { paths, map: { '*': aliases }, shim: { ...SHIM } };
}

/** Whether `url` is the server's answer for a module amo-emu does not provide. */
export function isNotEmulatedUrl(url) {
  return typeof url === 'string' && url.startsWith(`${NOT_EMULATED}/`);
}
