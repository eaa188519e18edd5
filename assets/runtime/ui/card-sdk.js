/**
 * The card SDK tab (`card_sdk`, docs/left-menu-card-sdk.md §2): the widget's
 * tab next to the card's own. The first time it is opened, its panel
 * (`#<code>`, empty) is shown and the widget's `loadPreloadedData()` and
 * `loadElements(type, id)` are called. If the widget drew into the panel
 * itself (the docs' way of showing arbitrary data), that is what the tab
 * shows. Otherwise amo-emu draws the products UI the docs describe: the
 * elements linked to the card (name, SKU, price, quantity), a search field
 * offering the preloaded elements, `searchDataInCard(query, type, id)` as
 * the user types, and `linkCard(links)` when an element is linked, its
 * quantity changed, or it is unlinked. What the callbacks resolve to is
 * shown, and a value of the wrong shape is named.
 */
import { invoke } from '../core/lifecycle.js';

/** How long typing pauses before `searchDataInCard` runs (amo-emu's choice). */
const SEARCH_DELAY_MS = 250;

/**
 * The `links` argument of `linkCard`: `{link: [...]}` or `{unlink: [...]}`,
 * one entry per element (the docs' PHP sample "gets the link or unlink
 * array"; the entries' keys are UNCONFIRMED: amo-emu uses API v4's link
 * words). One place to change it.
 */
function linksFor(action, card, item, quantity) {
  const entry = { from: card.entity, from_id: card.id, to_id: item.id };
  if (action === 'link') entry.quantity = quantity;
  return { [action]: [entry] };
}

/** A short, safe description of a value for a message. */
function describe(value) {
  if (value === undefined) return 'undefined';
  try {
    const text = JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 117)}…` : text;
  } catch (_) {
    return String(value);
  }
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Wires the tab of the card on screen (`screen.card_sdk` set by the
 * server); `widget()` returns the card's widget object, once built.
 */
export function wireCardSdk(screen, { widget }) {
  const sdk = screen.card_sdk;
  const tabs = document.querySelector('.js-card-tabs');
  const panel = document.querySelector('.js-card-sdk-panel');
  if (!sdk || !tabs || !panel) return;
  const card = { id: screen.card.id, entity: screen.card.entity };
  const type = () => ({ ...sdk.entity_type });
  let started = false;

  function select(which) {
    for (const tab of tabs.querySelectorAll('[data-card-tab]')) {
      const on = tab.dataset.cardTab === which;
      tab.classList.toggle('card-tabs__item_selected', on);
      tab.setAttribute('aria-selected', String(on));
    }
    document.querySelector('.js-card-main').hidden = which !== 'main';
    panel.hidden = which !== 'sdk';
  }

  tabs.addEventListener('click', (event) => {
    const tab = event.target.closest('[data-card-tab]');
    if (!tab) return;
    select(tab.dataset.cardTab);
    if (tab.dataset.cardTab === 'sdk' && !started) {
      started = true;
      open().catch((error) => console.error('amo-emu: the card SDK tab failed', error));
    }
  });

  /** The tab's first opening: the two loading callbacks, then the UI. */
  async function open() {
    const w = widget();
    if (!w) {
      panel.append(el('p', 'card-sdk__note', "The widget did not start on this card (see the message in the corner), so amo-emu has nothing to call for its tab."));
      return;
    }
    panel.dataset.state = 'loading';
    const pre = await invoke(w, 'loadPreloadedData', []);
    const linked = await invoke(w, 'loadElements', [type(), card.id]);
    panel.dataset.state = 'loaded';
    // The widget drew its own content: the tab shows that.
    if (panel.childNodes.length) return;
    drawProducts(w, pre, linked);
  }

  /** amo-emu's products UI, from what the two callbacks resolved to. */
  function drawProducts(w, pre, loaded) {
    const status = el('p', 'card-sdk__status js-card-sdk-status');
    status.setAttribute('role', 'status');
    const query = el('input', 'text-input card-sdk__query js-card-sdk-query');
    query.type = 'search';
    query.placeholder = 'Search';
    query.setAttribute('aria-label', 'Search elements');
    const found = el('ul', 'card-sdk__found js-card-sdk-found');
    const linkedList = el('ul', 'card-sdk__linked js-card-sdk-linked');
    panel.append(query, found, el('h4', 'card-sdk__head', 'Linked'), linkedList, status);

    const say = (text) => {
      status.textContent = text;
    };
    const notes = [];
    const listOf = (result, name, shape) => {
      if (result.missing) notes.push(`The widget has no ${name} callback.`);
      else if (result.error) notes.push(`${name} failed (see the message in the corner).`);
      else if (!Array.isArray(result.value)) notes.push(`${name} resolved to ${describe(result.value)}, not an array of ${shape}.`);
      return Array.isArray(result.value) ? result.value : [];
    };
    const preloaded = listOf(pre, 'loadPreloadedData', '{id, sku, name, price}');
    const linked = new Map(listOf(loaded, 'loadElements', '{id, sku, name, price, quantity}').map((item) => [String(item.id), { ...item }]));
    say(notes.join(' '));

    function itemLine(item) {
      const line = el('span', 'card-sdk__item');
      line.append(
        el('span', 'card-sdk__item__name', String(item.name ?? item.id)),
        el('span', 'card-sdk__item__sku', item.sku === undefined ? '' : String(item.sku)),
        el('span', 'card-sdk__item__price', item.price === undefined ? '' : String(item.price)),
      );
      return line;
    }

    function drawFound(items, empty) {
      found.replaceChildren();
      for (const item of items) {
        const row = el('li', 'card-sdk__found__row');
        row.dataset.id = String(item.id);
        const add = el('button', 'button-input card-sdk__link js-card-sdk-link', 'Link');
        add.type = 'button';
        add.addEventListener('click', () => link(item, (Number(linked.get(String(item.id))?.quantity) || 0) + 1));
        row.append(itemLine(item), add);
        found.append(row);
      }
      if (!items.length) found.append(el('li', 'card-sdk__empty', empty));
    }

    function drawLinked() {
      linkedList.replaceChildren();
      for (const item of linked.values()) {
        const row = el('li', 'card-sdk__linked__row');
        row.dataset.id = String(item.id);
        const qty = el('input', 'text-input card-sdk__quantity js-card-sdk-quantity');
        qty.type = 'number';
        qty.min = '1';
        qty.value = String(item.quantity ?? 1);
        qty.setAttribute('aria-label', `Quantity of ${item.name ?? item.id}`);
        // The quantity last sent: the same again (a second change event) is no change.
        let sent = Number(item.quantity ?? 1);
        qty.addEventListener('change', () => {
          const n = Math.max(1, Math.floor(Number(qty.value)) || 1);
          if (n === sent) return;
          sent = n;
          link(item, n);
        });
        const unlink = el('button', 'button-input card-sdk__unlink js-card-sdk-unlink', '×');
        unlink.type = 'button';
        unlink.title = 'Unlink';
        unlink.addEventListener('click', () => unlinkItem(item));
        row.append(itemLine(item), qty, unlink);
        linkedList.append(row);
      }
      if (!linked.size) linkedList.append(el('li', 'card-sdk__empty', 'Nothing linked to this card.'));
    }

    /** `linkCard` with the element; the list changes only once it resolves. */
    async function link(item, quantity) {
      const result = await invoke(w, 'linkCard', [linksFor('link', card, item, quantity)]);
      if (result.missing || result.error) {
        say(result.missing ? 'The widget has no linkCard callback: nothing was linked.' : 'linkCard failed: nothing was linked.');
        drawLinked();
        return;
      }
      linked.set(String(item.id), { ...item, quantity });
      drawLinked();
      say(`Linked ${item.name ?? item.id} × ${quantity}.`);
    }

    async function unlinkItem(item) {
      const result = await invoke(w, 'linkCard', [linksFor('unlink', card, item)]);
      if (result.missing || result.error) {
        say('linkCard failed: nothing was unlinked.');
        return;
      }
      linked.delete(String(item.id));
      drawLinked();
      say(`Unlinked ${item.name ?? item.id}.`);
    }

    // Typing searches; an empty field offers the preloaded elements again.
    let timer = null;
    let asked = 0;
    query.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const text = query.value.trim();
        const mine = ++asked;
        if (!text) {
          drawFound(preloaded, 'Nothing to suggest.');
          return;
        }
        found.dataset.searching = text;
        const result = await invoke(w, 'searchDataInCard', [text, type(), card.id]);
        // An answer to an older query is not shown over a newer one.
        if (mine !== asked) return;
        delete found.dataset.searching;
        const items = listOf(result, 'searchDataInCard', '{id, sku, name, price}');
        if (!Array.isArray(result.value)) say(notes[notes.length - 1]);
        found.dataset.query = text;
        drawFound(items, `Nothing found for “${text}”.`);
      }, SEARCH_DELAY_MS);
    });

    drawFound(preloaded, 'Nothing to suggest.');
    drawLinked();
  }
}
