/**
 * Entry of the CRM's list and card pages (`/leads/list/`, `/leads/detail/<id>`
 * …). Sets the platform up for the screen the server described in
 * `#amo-emu-crm` (areas, `APP.data.current_card`, `APP.isCard()`,
 * `APP.getBaseEntity()`), runs the widget where its locations put it
 * (`render` → `init` → `bind_actions`, `destroy` on leaving), wires the
 * list's mass-action menu (`<entity>.selected`, `list_selected()`) and the
 * phones and e-mails of cards and lists (`add_action`), the feed's sources
 * (`add_source`), the card SDK tab, the card's Save and feed and the
 * pipeline board's drag (each an API write), redraws what changed in the
 * account whoever changed it, and moves between these pages
 * like amoCRM's SPA: the next page is fetched and swapped in, `page:changed`
 * fires on `document`, and an `init_once` widget is built only once.
 */
import { boot } from '../core/boot.js';
import { enterArea, findCallback, invoke } from '../core/lifecycle.js';
import { PAGE_DEFAULTS } from '../core/env.js';
import { markReady } from '../core/ready.js';
import { acceptCodeSwaps } from '../live/hot-swap.js';
import { restorePlace } from '../live/place.js';
import { destroyOnLeave } from '../ui/leave-page.js';
import { mirrorCallbackErrors } from '../ui/page-errors.js';
import { placeBlock } from '../ui/widget-block.js';
import { dismissToasts, showToast } from '../ui/toast.js';
import { cardGlobals, wireCard } from '../ui/crm-card.js';
import { wireCardSdk } from '../ui/card-sdk.js';
import { wireCardForm } from '../ui/card-form.js';
import { clearComposer, wireFeed } from '../ui/card-feed.js';
import { addSource, forgetSources, showSources } from '../ui/feed-sources.js';
import { wireList } from '../ui/crm-list.js';
import { wireBoard } from '../ui/kanban.js';
import { interceptNavigation } from '../ui/spa-nav.js';
import { setupPage } from '../setup.js';

/** The JSON the server put in `#amo-emu-crm` (src/views/crm/mod.rs). */
const readScreen = () => JSON.parse(document.getElementById('amo-emu-crm').textContent);

let screen = readScreen();
const showError = mirrorCallbackErrors();
const env = await setupPage(boot, {
  widgetsArea: screen.widgets_area,
  systemArea: screen.system_area,
  // The widget runs on this screen: its script.js is fetched while the libraries load.
  preloadWidget: !!screen.placement,
  page: {
    placeBlock: placeWidgetBlock,
    listSelected,
    addAction,
    cardContacts,
    // `add_source(type, callback, source_text)`: the feed composer's sources.
    addSource: (type, callback, text, self) => addSource(type, callback, text, self, boot.widget ? boot.widget.name : 'the widget'),
  },
});
const { $, APP } = env;
// Before the leave tracker: a link this takes is not also a full load.
interceptNavigation(navigate);
const leave = destroyOnLeave();
const code = boot.widget ? boot.widget.code : null;
const logos = { code, logoMedium: screen.logo_medium, logoMin: screen.logo_min };
/** The phone/e-mail menu's button: the widget's `widget.call_action` text, else its name. */
const actionLabel = (() => {
  const w = boot.widget;
  const text = w && w.langs && w.langs.widget && w.langs.widget.call_action;
  return typeof text === 'string' && text ? text : w ? w.name : '';
})();

/** The widget object of the current area, and the one an `init_once` widget keeps. */
let widget = null;
let lasting = null;
/** The current page's list or card wiring (what `list_selected()` etc. read). */
let page = null;

/** Warned once per page: a widget without a column here called render_template. */
let warnedNoColumn = false;

// The page's members of the environment (core/env.js), called by the
// widget API once the widget runs.

/** `render_template`: the widget's block in the right column, where it has one. */
function placeWidgetBlock(block) {
  if (screen.placement && screen.placement.column) return placeBlock($, logos, block);
  // `-0` and `everywhere` run without a block in the right column (docs/platform.md §2.3).
  if (!warnedNoColumn) {
    warnedNoColumn = true;
    const why = `render_template: the widget has no right-column block on this page (its location for "${screen.system_area}" is "-0", "everywhere" or absent), so amo-emu drew nothing, as amoCRM shows no block there.`;
    console.warn(`amo-emu: ${why}`);
    showToast(why, { data: { origin: 'widget' } });
  }
  return null;
}

/** `list_selected()`: the ticked rows on a list page. */
function listSelected() {
  return page && page.listSelected ? page.listSelected() : PAGE_DEFAULTS.listSelected();
}

/** What the widget passed to `add_action`, applied again to a redrawn card. */
let actions = [];

/** `add_action(type, fn)`: the phones and e-mails of a card or list. */
function addAction(type, fn) {
  actions.push([type, fn]);
  return page && page.addAction && page.addAction(type, fn);
}

/** `get_current_card_contacts_data()`: the card's contacts. */
function cardContacts() {
  return screen.card ? screen.card.contacts.map(({ id, name, phones, emails }) => ({ id, name, phones, emails })) : [];
}

/** Sets the globals for the current screen. */
function applyScreen() {
  env.setArea(screen.widgets_area, screen.system_area);
  cardGlobals(APP, screen);
}

/** Runs the widget's entry callbacks for this screen, if it runs here. */
async function runWidget() {
  if (!code || !screen.placement) return;
  if (screen.placement.init_once && lasting) return;
  const built = await env.buildWidget();
  if (!built) {
    showError("The widget's script.js could not be run on this page; see the message in the corner.");
    return;
  }
  widget = built;
  if (screen.placement.init_once) {
    lasting = built;
  } else {
    leave.track(built);
  }
  await enterArea(built);
}

/** The widget of the list's action menu: the current one, else a new one. */
async function widgetForList() {
  if (lasting) return lasting;
  if (!widget) await runWidget();
  if (!widget) widget = await env.buildWidget();
  return widget;
}

/** The list's action menu: the widget's `<entity>.selected` callback. */
async function pickFromList() {
  const w = await widgetForList();
  if (!w) return;
  if (screen.placement && screen.placement.column) $('#widgets_block').prop('hidden', false);
  const name = screen.selected_callbacks.find((n) => findCallback(w, n)) || screen.selected_callbacks[0];
  await invoke(w, name, []);
}

/** Wires the list, board or card on screen. */
function wire() {
  if (screen.kind === 'list') return wireList($, screen, { pick: pickFromList, actionLabel });
  if (screen.kind === 'pipeline') return wireBoard();
  wireCardSdk(screen, { widget: () => lasting || widget });
  showSources();
  return wireCard($, screen, actionLabel);
}

/** Wires the page the server drew and runs the widget there. */
async function enterPage() {
  applyScreen();
  warnedNoColumn = false;
  page = wire();
  await runWidget();
  await markReady('crm', { amoEmuPath: location.pathname });
}

/**
 * Redraws the card's fields and feed from the server after a save or a
 * note, in place: the widget keeps running (amoCRM does not rebuild it),
 * `APP.data.current_card` takes the saved record, and the widget's
 * `add_action` handlers are applied to the new phone and e-mail rows.
 */
async function redrawCard() {
  const next = await fetchAgain();
  if (!next) return;
  // What the person is typing is not thrown away: with unsaved changes in
  // the form, only the feed is redrawn, and the page says why.
  const dirty = formIsDirty();
  if (dirty) {
    showToast('This record was changed elsewhere; your unsaved changes are kept. Save to write them, or reload to see the record as it is now.', {
      data: { notice: 'card-changed' },
    });
  }
  // The feed's notes are redrawn, not its composer (what is typed there
  // and what a widget added to its action bar stay, as on amoCRM), nor the
  // card SDK tab's panel (what the widget drew there stays).
  for (const part of dirty ? ['.js-notes'] : ['.card-holder__head', '.card-holder__main', '.js-notes']) {
    const from = next.querySelector(part);
    const to = document.querySelector(part);
    if (from && to) to.innerHTML = from.innerHTML;
  }
  cardGlobals(APP, screen);
  page = wireCard($, screen, actionLabel);
  for (const [type, fn] of actions) page.addAction(type, fn);
  showSources();
  document.documentElement.dataset.amoEmuRedrawn = String(Number(document.documentElement.dataset.amoEmuRedrawn || 0) + 1);
}

/** Whether the card's form holds changes not saved yet. */
function formIsDirty() {
  const form = document.querySelector('.js-card-form');
  // A save in flight is what changed the record: its values are the saved ones.
  if (!form || form.dataset.saving) return false;
  return [...form.querySelectorAll('input[name], select[name], textarea[name]')].some((input) =>
    input.tagName === 'SELECT' ? [...input.options].some((o) => o.selected !== o.defaultSelected) : input.value !== input.defaultValue,
  );
}

/** Redraws the pipeline board in place. */
async function redrawBoard() {
  const next = await fetchAgain();
  const board = next && next.getElementById('pipeline_holder');
  if (!board) return;
  document.getElementById('pipeline_holder').replaceWith(document.adoptNode(board));
  page = wireBoard();
  document.documentElement.dataset.amoEmuRedrawn = String(Number(document.documentElement.dataset.amoEmuRedrawn || 0) + 1);
}

/** Redraws the list's table in place, keeping the ticked rows ticked. */
async function redrawList() {
  const ticked = [...document.querySelectorAll('#list_table .js-item-checkbox:checked')].map((b) => b.value);
  const next = await fetchAgain();
  const table = next && next.getElementById('list_table');
  if (!table) return;
  document.getElementById('list_table').replaceWith(document.adoptNode(table));
  for (const box of document.querySelectorAll('#list_table .js-item-checkbox')) box.checked = ticked.includes(box.value);
  page = wireList($, screen, { pick: pickFromList, actionLabel });
  for (const [type, fn] of actions) page.addAction(type, fn);
  document.documentElement.dataset.amoEmuRedrawn = String(Number(document.documentElement.dataset.amoEmuRedrawn || 0) + 1);
}

/** This page as the server draws it now; its screen JSON becomes current. */
async function fetchAgain() {
  const response = await fetch(location.href, { headers: { Accept: 'text/html' } });
  if (!response.ok) return null;
  const next = new DOMParser().parseFromString(await response.text(), 'text/html');
  const data = next.getElementById('amo-emu-crm');
  if (!data) return null;
  document.getElementById('amo-emu-crm').textContent = data.textContent;
  screen = readScreen();
  return next;
}

/** Whether a change to the account concerns what this page shows. */
function concernsPage(changes) {
  if (screen.kind === 'card') {
    const card = screen.card;
    return !!card && card.id !== 0 && changes.some((c) => c.entity === card.entity && c.id === card.id);
  }
  return changes.some((c) => c.entity === screen.base_entity || (screen.base_entity === 'todo' && c.entity === 'tasks'));
}

// Whoever changed the account (a widget, `curl`, a backend, this page), the
// page shows it at once. Changes that arrive while a redraw runs make one
// more redraw, not one each: a burst of writes costs two fetches.
let redrawing = null;
let again = false;
window.addEventListener('amo-emu:account', (event) => {
  if (!concernsPage(event.detail)) return;
  if (redrawing) {
    again = true;
    return;
  }
  redrawing = (async () => {
    do {
      again = false;
      const redraw = { card: redrawCard, list: redrawList, pipeline: redrawBoard }[screen.kind];
      await redraw().catch((error) => console.error('amo-emu: redraw failed', error));
    } while (again);
    redrawing = null;
  })();
});

// A save or a note is redrawn by the `amo-emu:account` event its write
// sends, like any other writer's; only a new lead moves to its own card.
wireCardForm({
  onSaved: async ({ created }) => {
    if (!created) return;
    const href = `/leads/detail/${created}`;
    history.pushState({ amoEmu: true }, '', href);
    if (!(await navigate(href))) window.location.assign(href);
  },
});
wireFeed({ onAdded: clearComposer });

/** Leaves the current area: `destroy`, unless the widget is `init_once`. */
async function leaveArea() {
  actions = [];
  // An init_once widget keeps running, and its feed sources with it.
  if (!lasting) forgetSources();
  await leave.destroy();
  leave.track(null);
  widget = null;
}

/**
 * Puts the page at `url` (its HTML already fetched) in place of this one:
 * the work area, the title and the selected menu item.
 */
function swapIn(html) {
  const next = new DOMParser().parseFromString(html, 'text/html');
  const holder = next.getElementById('page_holder');
  if (!holder || !next.getElementById('amo-emu-crm')) return false;
  document.getElementById('page_holder').innerHTML = holder.innerHTML;
  document.title = next.title;
  const selected = next.querySelector('#left_menu .nav__menu__item_selected');
  for (const item of document.querySelectorAll('#left_menu .nav__menu__item')) {
    item.classList.toggle('nav__menu__item_selected', !!selected && item.getAttribute('href') === selected.getAttribute('href'));
  }
  screen = readScreen();
  return true;
}

/** SPA navigation: resolves false when the caller should load `url` whole. */
async function navigate(url) {
  let html;
  try {
    const response = await fetch(url, { headers: { Accept: 'text/html' } });
    if (!response.ok) return false;
    html = await response.text();
  } catch (_) {
    return false;
  }
  delete document.documentElement.dataset.amoEmuReady;
  await leaveArea();
  // What the widget did wrong on the last page is not news on this one.
  dismissToasts('[data-origin="widget"]');
  if (!swapIn(html)) return false;
  applyScreen();
  $(document).trigger('page:changed');
  await enterPage();
  return true;
}

await enterPage();
await restorePlace(null);

// The widget's code changed: destroy what runs, draw the page again as the
// server sends it now, run the new code and tick the same rows again.
acceptCodeSwaps(async (place) => {
  await leaveArea();
  if (lasting) await invoke(lasting, 'destroy');
  lasting = null;
  env.forgetWidgetCode();
  const response = await fetch(location.href, { headers: { Accept: 'text/html' } });
  if (!response.ok || !swapIn(await response.text())) throw new Error('the page could not be fetched again');
  await enterPage();
  await restorePlace(null, place);
});
