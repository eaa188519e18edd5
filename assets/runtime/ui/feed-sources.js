/**
 * The sources a widget adds to the card feed's composer with
 * `add_source(source_type, callback[, source_text])`
 * (docs/communications.md §1). The composer then offers each next to
 * **Note**:
 * - `sms` uses the system control: the card's phones to send to and the
 *   composer's text; Send SMS calls `callback({phone, message,
 *   contact_id})`, which must return a Promise, and only when it resolves
 *   is an `sms_out` note added (through the API, as every write);
 * - any other type (`email`, `custom`, …), labelled `source_text` or the
 *   widget's name, gets a panel of its own: `callback($el)` is called once
 *   with it as a jQuery element, for the widget to build its control in.
 * A throw, a rejection or an SMS callback's value that is no Promise is
 * reported naming the callback, and nothing is added; a Promise still
 * pending after 10 s is mentioned (amoCRM waits, and so does amo-emu).
 * The composer's markup for the switch is amo-emu's own (UNCONFIRMED).
 */
import { reportCallbackError } from '../core/errors.js';
import { callAs, isThenable } from '../core/lifecycle.js';
import { summarise } from '../core/trace.js';
import { showToast } from './toast.js';

/** After how long an SMS callback's unsettled Promise is mentioned. */
const SLOW_MS = 10000;

/** The mode of the composer's own note. */
const NOTE = 'note';

/** The sources registered, by type: `{type, callback, self, label}`. */
const sources = new Map();

/** The name a source's callback goes by in messages and the inspector. */
const callbackName = (type) => `add_source('${type}')`;

/** Runs a source's callback as a widget callback: traced, a throw reported. */
const run = (source, args) => callAs(callbackName(source.type), source.callback, source.self, args);

/** `add_source(type, callback, source_text)` from the widget named `widgetName`. */
export function addSource(type, callback, sourceText, self, widgetName) {
  if (typeof type !== 'string' || !type || type === NOTE) {
    showToast(`add_source(${JSON.stringify(summarise(type))}, …): the first argument is the source type ('sms', 'email', 'custom', …); amo-emu added nothing`, { kind: 'error', data: { origin: 'widget' } });
    return;
  }
  if (typeof callback !== 'function') {
    showToast(`add_source('${type}', …) needs a callback function (got ${typeof callback}); amo-emu added nothing`, { kind: 'error', data: { origin: 'widget' } });
    return;
  }
  const label = typeof sourceText === 'string' && sourceText ? sourceText : widgetName;
  sources.set(type, { type, callback, self, label });
  showSources();
}

/** Forgets every source (the widget that added them was destroyed). */
export function forgetSources() {
  sources.clear();
}

/** The card's phones, as its fields list them (`.js-card-phone`). */
function cardPhones() {
  return [...document.querySelectorAll('.js-card-phone')].map((el) => ({
    value: el.dataset.value,
    contactId: Number(el.dataset.contactId) || 0,
    who: el.title || '',
  }));
}

/** Shows a switch button per source next to Note, and fills the SMS phones. */
export function showSources() {
  const modes = document.querySelector('.js-feed-modes');
  if (!modes || !sources.size) return;
  modes.hidden = false;
  for (const source of sources.values()) {
    const selector = `[data-feed-mode="${CSS.escape(source.type)}"]`;
    const button = modes.querySelector(selector) || modes.appendChild(document.createElement('button'));
    button.type = 'button';
    button.className = `feed-compose__mode${button.classList.contains('feed-compose__mode_selected') ? ' feed-compose__mode_selected' : ''}`;
    button.setAttribute('role', 'tab');
    if (!button.hasAttribute('aria-selected')) button.setAttribute('aria-selected', 'false');
    button.dataset.feedMode = source.type;
    button.textContent = source.type === 'sms' ? 'SMS' : source.label;
  }
  const sms = sources.get('sms');
  if (sms) fillSmsPhones(sms);
}

function fillSmsPhones(sms) {
  const via = document.querySelector('.js-sms-via');
  if (via) via.textContent = `via ${sms.label}`;
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

/** The panel of a non-SMS source, made (and given to its callback) on first use. */
function sourcePanel(form, source) {
  const existing = [...form.querySelectorAll('.js-feed-source')].find((el) => el.dataset.feedSource === source.type);
  if (existing) return existing;
  const panel = document.createElement('div');
  panel.className = 'feed-compose__source js-feed-source';
  panel.dataset.feedSource = source.type;
  form.querySelector('.feed-amojo__actions-inner').before(panel);
  run(source, [window.jQuery(panel)]);
  return panel;
}

/** Switches the composer to `mode` (`note`, `sms` or another source's type). */
function setMode(form, mode) {
  const source = sources.get(mode);
  if (mode !== NOTE && !source) return;
  form.dataset.mode = mode;
  for (const button of form.querySelectorAll('[data-feed-mode]')) {
    const on = button.dataset.feedMode === mode;
    button.classList.toggle('feed-compose__mode_selected', on);
    button.setAttribute('aria-selected', String(on));
  }
  const custom = mode !== NOTE && mode !== 'sms';
  const panel = custom ? sourcePanel(form, source) : null;
  for (const el of form.querySelectorAll('.js-feed-source')) el.hidden = el !== panel;
  form.querySelector('.feed-amojo__actions-inner').hidden = custom;
  form.querySelector('.js-feed-sms').hidden = mode !== 'sms';
  form.querySelector('.js-note-add').textContent = mode === 'sms' ? 'Send SMS' : 'Add note';
  const area = form.querySelector('.js-note-text');
  if (area) area.dataset.placeholder = mode === 'sms' ? 'SMS text' : 'Add a note';
}

export function wireSourceModes() {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-feed-mode]') : null;
    const form = button && button.closest('.js-feed-compose');
    if (form) setMode(form, button.dataset.feedMode);
  });
}

/**
 * Sends `message` through the `sms` source's callback. Resolves to the
 * note to add (`{note_type: 'sms_out', params}`), or null when nothing
 * was sent (the reason already shown).
 */
export async function sendSms(form, message) {
  const source = sources.get('sms');
  const select = form.querySelector('.js-sms-phone');
  const option = select && select.selectedOptions[0];
  if (!source || !option) {
    showToast(option ? 'No widget sends SMS on this page.' : 'This card has no phone to send an SMS to.', { kind: 'error' });
    return null;
  }
  const params = { phone: option.value, message, contact_id: Number(option.dataset.contactId) || 0 };
  const { value, error } = run(source, [params]);
  if (error) return null;
  const name = callbackName('sms');
  if (!isThenable(value)) {
    reportCallbackError(
      name,
      new TypeError(`it returned ${JSON.stringify(summarise(value))}, not a Promise: amoCRM adds the SMS note when the callback's Promise resolves, so nothing was added`),
    );
    return null;
  }
  // amoCRM waits as long as the Promise does; a developer is told it still waits.
  const slow = setTimeout(() => {
    showToast(`${name}: its Promise has not settled after ${SLOW_MS / 1000} s (a request without an error callback?); the SMS note is added only when it resolves.`, { data: { origin: 'widget' } });
    form.querySelector('.js-note-status').textContent = 'Still sending…';
  }, SLOW_MS);
  try {
    await value;
  } catch (rejection) {
    reportCallbackError(name, rejection);
    return null;
  } finally {
    clearTimeout(slow);
  }
  return { note_type: 'sms_out', params: { text: message, phone: params.phone } };
}
