/**
 * Reporting a broken platform rule: once per rule and subject in this page
 * (again after the widget's code is swapped), as a `violation` on the
 * timeline and in the terminal (`POST /amo-emu/inspector`). The rules, their
 * spec sections and the amoCRM documentation pages they come from are in
 * one table here.
 */
import { emit, subscribe } from '../core/trace.js';

const REPORT_PATH = '/amo-emu/inspector';
const SCRIPT_JS_DOC = 'https://www.amocrm.ru/developers/content/integrations/script_js';
const REQUIREMENTS_DOC = 'https://www.amocrm.ru/developers/content/integrations/requirements';
const SETTINGS_DOC = 'https://www.amocrm.ru/developers/content/web_sdk/settings';
const SALESBOT_DOC = 'https://developers.kommo.com/docs/salesbot-sdk';

/** Each rule: its name in the panel, the spec section and the public page behind it. */
export const RULES = {
  onSave: { rule: 'onSave', spec: '§4.5', href: SCRIPT_JS_DOC },
  returnValue: { rule: 'return value', spec: '§4.6', href: SCRIPT_JS_DOC },
  slow: { rule: 'slow callback', spec: '§4.6', href: SCRIPT_JS_DOC },
  salesbotSave: { rule: 'onSalesbotDesignerSave', spec: 'salesbot.md §2', href: SALESBOT_DOC },
  virtualClick: { rule: 'virtual click (isTrusted)', spec: '§8.4', href: SETTINGS_DOC },
  rating: { rule: 'rating', spec: '§8.4', href: SETTINGS_DOC },
  reviews: { rule: 'reviews', spec: '§8.4', href: SETTINGS_DOC },
  saveButton: { rule: 'Save at the bottom', spec: '§8.4', href: SETTINGS_DOC },
  disable: { rule: 'Disable reachable', spec: '§8.4', href: SETTINGS_DOC },
  constants: { rule: 'APP constants', spec: '§4.2', href: REQUIREMENTS_DOC },
  eval: { rule: 'eval', spec: '§4.2', href: REQUIREMENTS_DOC },
  alert: { rule: 'alert', spec: '§4.2', href: REQUIREMENTS_DOC },
  confirm: { rule: 'confirm', spec: '§4.2', href: REQUIREMENTS_DOC },
  syncXhr: { rule: 'synchronous XHR', spec: '§4.2', href: REQUIREMENTS_DOC },
  script: { rule: 'script element', spec: '§4.2', href: REQUIREMENTS_DOC },
};

const reported = new Set();

// New code, new chances: a swap forgets what the old code was told.
subscribe((event) => {
  if (event.kind === 'reload' && event.action === 'swap') reported.clear();
});

/**
 * Reports that the widget broke `RULES[id]`: `text` says what happened;
 * `subject` tells apart two breaches of one rule (e.g. two callbacks).
 */
export function violation(id, text, subject = '') {
  const key = `${id}:${subject}`;
  if (reported.has(key)) return;
  reported.add(key);
  const { rule, spec, href } = RULES[id];
  emit({ kind: 'violation', rule, text, spec, href });
  console.warn(`amo-emu inspector: ${rule}: ${text} (spec ${spec})`);
  fetch(REPORT_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ rule, text, spec }),
    credentials: 'same-origin',
    keepalive: true,
  }).catch(() => {});
}
