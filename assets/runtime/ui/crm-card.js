/**
 * A CRM card's globals and behaviour: `APP.data.current_card` (`id`,
 * `element_type`, a Backbone-like `model` whose `attributes` are the record
 * as API v4 returns it, and which also takes what is typed into the card's
 * form), `APP.data.current_entity` (`leads`, `contacts`, `companies`,
 * `todo`, on lists too), `APP.data.is_card`, `APP.data.card_page` (the
 * card's view: `el`/`$el`, its `notes` feed, its `model`; the shape is
 * UNCONFIRMED beyond the `.el` and `.notes` real widgets read),
 * `APP.isCard()`, `APP.getBaseEntity()`, `APP.constant('card_id')`,
 * and `add_action('phone'|'email', fn)` on the card's phone numbers and
 * e-mails (ui/reach-menu.js; docs/real-widget-usage.md §4, Kommo's card SDK
 * page, "click-to-call"). The shape of `model.attributes` is UNCONFIRMED.
 */
import { provideConstant } from '../core/app-globals.js';
import { bindReachAction } from './reach-menu.js';

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

/**
 * Wires the card's form and its phones/e-mails; `actionLabel` names the
 * widget's action in the phone/e-mail menu (ui/reach-menu.js).
 */
export function wireCard($, current, actionLabel) {
  const card = window.APP.data.current_card;
  $('#card_fields').on('input change', 'input, textarea, select', (event) => {
    if (card && event.target.name) card.model.set(event.target.name, event.target.value);
  });
  const where = () => ({ element_id: current.card.id, element_type: current.card.element_type });
  return {
    addAction: (type, fn) => bindReachAction($, ACTIONS, actionLabel, where, type, fn),
  };
}
