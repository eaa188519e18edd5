/**
 * A CRM card's globals and behaviour: `APP.data.current_card` (`id`,
 * `element_type`, a Backbone-like `model` whose `attributes` are the record
 * as API v4 returns it, and which also takes what is typed into the card's
 * form), `APP.data.current_entity` (`leads`, `contacts`, `companies`,
 * `todo`, on lists too), `APP.data.is_card`, `APP.data.card_page` (the
 * card's view: `el`/`$el`, its `notes` feed, its `model`; the shape is
 * UNCONFIRMED beyond the `.el` and `.notes` real widgets read),
 * `APP.isCard()`, `APP.getBaseEntity()`, `APP.constant('card_id')`,
 * and `add_action('phone'|'email', fn)`, which makes the card's phone
 * numbers or e-mails clickable: a click opens a menu whose button (the
 * widget's `call_action` text) calls `fn({value, …})` (docs/real-widget-usage.md §4,
 * Kommo's card SDK page, "click-to-call"). The shape of `model.attributes` is UNCONFIRMED.
 */
import { provideConstant } from '../core/app-globals.js';
import { showToast } from './toast.js';

/** `add_action` types and the card elements they make clickable. */
const ACTIONS = { phone: '.js-card-phone', email: '.js-card-email', 'e-mail': '.js-card-email' };

let screen = null;
let constantsProvided = false;

/** A Backbone-like model: enough for `.get()`, `.set()`, `.attributes`, `.toJSON()`. */
function model(id, attributes) {
  return {
    id,
    attributes,
    get: (key) => attributes[key],
    set(key, value) {
      if (key && typeof key === 'object') Object.assign(attributes, key);
      else attributes[key] = value;
      return this;
    },
    toJSON: () => ({ ...attributes }),
  };
}

/** The card's view as widgets reach it: its element and its notes feed. */
function cardPage(cardModel) {
  const $ = window.jQuery;
  // Read when asked: a redraw of the card replaces its elements.
  const view = (selector) => ({
    get el() {
      return document.querySelector(selector);
    },
    get $el() {
      return $ ? $(selector) : null;
    },
  });
  return Object.assign(view('#card_holder'), { notes: view('.js-notes'), model: cardModel });
}

/** Points APP's card globals at `current` (the screen of this page). */
export function cardGlobals(APP, current) {
  screen = current;
  const card = current.card;
  APP.isCard = () => screen.kind === 'card';
  APP.getBaseEntity = () => screen.base_entity;
  APP.data.current_entity = screen.base_entity;
  APP.data.is_card = screen.kind === 'card';
  APP.data.current_card = card
    ? {
        id: card.id,
        element_type: card.element_type,
        entity: card.entity,
        model: model(card.id, { ...card.attributes }),
        fields: card.fields,
        main_user: card.main_user,
        user_rights: { is_admin: true },
      }
    : false;
  APP.data.card_page = APP.data.current_card ? cardPage(APP.data.current_card.model) : false;
  if (!constantsProvided) {
    // Real widgets read these two constants on cards (docs/real-widget-usage.md §5).
    provideConstant('card_id', () => (screen.card ? screen.card.id : undefined));
    provideConstant('card_element', () => {
      const c = screen.card;
      if (!c) return undefined;
      const a = c.attributes;
      return { id: c.id, name: a.name, raw_price: a.price, status: a.status_id, pipeline_id: a.pipeline_id };
    });
    constantsProvided = true;
  }
}

/** Closes the open phone/e-mail menu, if any. */
function closeReachMenu() {
  for (const menu of document.querySelectorAll('.js-reach-menu')) menu.remove();
}

/**
 * The menu a click on a phone or e-mail opens (Kommo's card SDK page: "the
 * button that appears when you click on a phone number or email address"):
 * the value and one button, labelled `label`, that runs the widget's action.
 */
function openReachMenu(el, label, run) {
  closeReachMenu();
  const menu = document.createElement('div');
  menu.className = 'card-fields__reach-menu js-reach-menu';
  menu.setAttribute('role', 'menu');
  const value = document.createElement('div');
  value.className = 'card-fields__reach-menu__value';
  value.textContent = el.dataset.value;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'card-fields__reach-menu__action js-reach-action';
  button.setAttribute('role', 'menuitem');
  button.textContent = label;
  button.addEventListener('click', () => {
    closeReachMenu();
    run();
  });
  menu.append(value, button);
  el.after(menu);
  button.focus();
}

let menuWired = false;
/** An outside click or Escape closes the menu (wired once per page). */
function wireReachMenu() {
  if (menuWired) return;
  menuWired = true;
  document.addEventListener('click', (event) => {
    const inside = event.target instanceof Element && event.target.closest('.js-reach-menu, .card-fields__reach_action');
    if (!inside) closeReachMenu();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeReachMenu();
  });
}

/**
 * Wires the card's form and its phones/e-mails; `actionLabel` names the
 * widget's action in the phone/e-mail menu (`widget.call_action` of its
 * i18n, else its name, as the docs say).
 */
export function wireCard($, current, actionLabel) {
  const card = window.APP.data.current_card;
  $('#card_fields').on('input change', 'input, textarea, select', (event) => {
    if (card && event.target.name) card.model.set(event.target.name, event.target.value);
  });
  wireReachMenu();
  return {
    addAction(type, fn) {
      const selector = ACTIONS[type];
      if (!selector || typeof fn !== 'function') {
        showToast(`add_action('${type}'): amo-emu makes only 'phone' and 'email' values clickable`, { kind: 'error' });
        return;
      }
      $(selector)
        .addClass('card-fields__reach_action')
        .off('click.amo-emu-action')
        .on('click.amo-emu-action', (event) => {
          const el = event.currentTarget;
          openReachMenu(el, actionLabel, () =>
            fn({
              value: el.dataset.value,
              type: type === 'e-mail' ? 'email' : type,
              element_id: current.card.id,
              element_type: current.card.element_type,
              contact_id: Number(el.dataset.contactId),
            }),
          );
        });
    },
  };
}
