/**
 * The environment a page runs the widget in: one object per page, made by
 * `setupPlatform` (platform.js) through `makeEnv` and frozen, so the shape
 * below is all it ever holds. The widget API (widget-api.js) reads it; the
 * page controllers and ui/ modules share it.
 *
 * @typedef {object} Env
 *
 * From the platform (platform.js):
 * @property {Function} $                 jQuery
 * @property {object} Twig                Twig.js
 * @property {Function} Modal             the platform's modal (`lib/components/base/modal`)
 * @property {object} APP                 the page's `APP` global (app-globals.js)
 * @property {object} boot                the boot JSON (boot.js)
 * @property {() => string} area          what the widget's `self.system().area` says
 * @property {(widgets: string, system: string, widget?: string) => void} setArea
 *           moves to another area: `APP.getWidgetsArea()`, `APP.widgets.system.area`
 *           and `self.system().area` (which defaults to `system`)
 * @property {Function} crmPost           `(url, data, callback, type, errorCallback)`: `self.crm_post`
 * @property {() => Promise<Function>} loadWidgetModule  starts loading script.js, once per page
 * @property {() => Promise<object|null>} buildWidget    a fresh widget object, or null (the problem shown)
 * @property {() => void} forgetWidgetCode  forgets the widget's modules, templates and handlers
 *
 * From the page (`setupPlatform`'s `page` option), each optional; the
 * default (`PAGE_DEFAULTS`) is what a page without it does:
 * @property {(block: {caption: object, body: string}) => void} placeBlock
 *           `render_template` draws the widget's block (card and list pages); default: nothing drawn
 * @property {() => object[]} cardContacts   `get_current_card_contacts_data()`; default: none
 * @property {() => {count_selected: number, selected: object[]}} listSelected
 *           `list_selected()`; default: nothing selected
 * @property {(type: string, fn: Function) => void} addAction  `add_action(type, fn)`; default: ignored
 * @property {(type: string, callback: Function, sourceText: string|undefined, self: object) => void} addSource
 *           `add_source(type, callback, source_text)` (the card feed's sources); default: ignored
 * @property {(options: object) => void} openSettings  `openWidgetSettings(options)`; default: ignored
 */

/** What the widget API gets on a page that does not provide a member. */
export const PAGE_DEFAULTS = Object.freeze({
  placeBlock: () => null,
  cardContacts: () => [],
  listSelected: () => ({ count_selected: 0, selected: [] }),
  addAction: () => {},
  addSource: () => {},
  openSettings: () => {},
});

/**
 * The page's environment: the platform's members, the page's own and the
 * defaults for the rest. A page member not listed above is a mistake.
 * @returns {Env}
 */
export function makeEnv(platform, page = {}) {
  for (const key of Object.keys(page)) {
    if (!(key in PAGE_DEFAULTS)) throw new Error(`env: a page cannot provide "${key}" (it can: ${Object.keys(PAGE_DEFAULTS).join(', ')})`);
  }
  return Object.freeze({ ...PAGE_DEFAULTS, ...page, ...platform });
}
