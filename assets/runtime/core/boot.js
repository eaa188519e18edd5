/**
 * The page's boot data: the JSON the server put in `#amo-emu-boot` (built
 * by `src/server/boot.rs`). Read once; the rest of the runtime gets it from
 * here instead of parsing the DOM again (the server's paths in it through
 * paths.js).
 */
const node = document.getElementById('amo-emu-boot');

/** @type {{page: string, locale: string, account: object, widget: object|null, events_path: string|null}} */
export const boot = node ? JSON.parse(node.textContent) : { page: 'none', locale: 'en', account: {}, widget: null, events_path: null };
