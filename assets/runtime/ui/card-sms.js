/**
 * SMS from the card's feed (docs/communications.md §1): a widget that calls
 * `add_source('sms', handler)` becomes an SMS sender of the feed's
 * composer. The composer then offers **SMS** next to **Note**, with the
 * card's phones to send to; sending calls `handler({phone, message,
 * contact_id})`, which must return a Promise. Only when it resolves is an
 * `sms_out` note added (through the API, as every write), so the feed shows
 * what was sent; a throw, a rejection or a value that is no Promise is
 * reported naming the handler, and nothing is added. The composer's markup
 * for the switch is amo-emu's own (UNCONFIRMED).
 */
import { reportCallbackError, setCurrentCallback } from '../core/errors.js';
import { isThenable } from '../core/lifecycle.js';
import { summarise, traceCall } from '../core/trace.js';
import { showToast } from './toast.js';

/** The name the handler goes by in messages and the inspector. */
const HANDLER = "add_source('sms') handler";

/** The sender the widget registered: `{name, handler, self}`, or null. */
let source = null;

/** `add_source(type, handler)`: only `sms` is a source amoCRM documents. */
export function addSource(type, handler, self, name) {
  if (type !== 'sms') {
    showToast(`add_source('${type}'): amoCRM documents only 'sms' sources; amo-emu ignored this one`, { kind: 'error', data: { origin: 'widget' } });
    return;
  }
  if (typeof handler !== 'function') {
    showToast(`add_source('sms', …) needs a function that sends the SMS (got ${typeof handler}); the composer offers no SMS`, { kind: 'error', data: { origin: 'widget' } });
    return;
  }
  source = { handler, self, name };
  showSmsMode();
}

/** Forgets the sender (the widget that registered it was destroyed). */
export function forgetSource() {
  source = null;
}

/** The card's phones, as its fields list them (`.js-card-phone`). */
function cardPhones() {
  return [...document.querySelectorAll('.js-card-phone')].map((el) => ({
    value: el.dataset.value,
    contactId: Number(el.dataset.contactId) || 0,
    who: el.title || '',
  }));
}

/** Shows the Note / SMS switch when a sender exists; fills the phone list. */
export function showSmsMode() {
  const modes = document.querySelector('.js-feed-modes');
  if (!modes || !source) return;
  modes.hidden = false;
  const via = document.querySelector('.js-sms-via');
  if (via) via.textContent = `via ${source.name}`;
  const select = document.querySelector('.js-sms-phone');
  if (!select) return;
  const chosen = select.value;
  select.replaceChildren(
    ...cardPhones().map((p) => {
      const option = new Option(p.who ? `${p.value} (${p.who})` : p.value, p.value);
      option.dataset.contactId = String(p.contactId);
      option.selected = p.value === chosen;
      return option;
    }),
  );
}

/** Switches the composer to `mode` (`note` or `sms`). */
function setMode(form, mode) {
  form.dataset.mode = mode;
  for (const button of form.querySelectorAll('[data-feed-mode]')) {
    const on = button.dataset.feedMode === mode;
    button.classList.toggle('feed-compose__mode_selected', on);
    button.setAttribute('aria-selected', String(on));
  }
  form.querySelector('.js-feed-sms').hidden = mode !== 'sms';
  form.querySelector('.js-note-add').textContent = mode === 'sms' ? 'Send SMS' : 'Add note';
  const area = form.querySelector('.js-note-text');
  if (area) area.dataset.placeholder = mode === 'sms' ? 'SMS text' : 'Add a note';
}

export function wireSmsMode() {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-feed-mode]') : null;
    const form = button && button.closest('.js-feed-compose');
    if (form) setMode(form, button.dataset.feedMode);
  });
}

/**
 * Sends `message` through the widget's handler. Resolves to the note to
 * add (`{note_type: 'sms_out', params}`), or null when nothing was sent
 * (the reason already shown).
 */
export async function sendSms(form, message) {
  const select = form.querySelector('.js-sms-phone');
  const option = select && select.selectedOptions[0];
  if (!source || !option) {
    showToast(option ? 'No widget sends SMS on this page.' : 'This card has no phone to send an SMS to.', { kind: 'error' });
    return null;
  }
  const params = { phone: option.value, message, contact_id: Number(option.dataset.contactId) || 0 };
  const previous = setCurrentCallback(HANDLER);
  let value;
  try {
    value = traceCall(HANDLER, source.handler, source.self, [params]);
  } catch (error) {
    reportCallbackError(HANDLER, error);
    return null;
  } finally {
    setCurrentCallback(previous);
  }
  if (!isThenable(value)) {
    reportCallbackError(
      HANDLER,
      new TypeError(`it returned ${JSON.stringify(summarise(value))}, not a Promise: amoCRM adds the SMS note when the handler's Promise resolves, so nothing was added`),
    );
    return null;
  }
  try {
    await value;
  } catch (error) {
    reportCallbackError(HANDLER, error);
    return null;
  }
  return { note_type: 'sms_out', params: { text: message, phone: params.phone } };
}
