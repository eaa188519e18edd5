/**
 * The inspector's docked panel, on every emulated page: a timeline of what
 * the platform did with the widget (runtime/core/trace.js) — callbacks,
 * saves, requests, reloads, notices and rule violations — with a filter by
 * kind, Clear and Copy as JSON. Toggled by its button or Alt+Shift+I; open or
 * closed is remembered (localStorage), the history survives reloads and
 * page changes in this tab (sessionStorage).
 *
 * Out of the widget's way: the host element sits outside `#page_holder`, its
 * controls live in a shadow root (so `.modal`, `input[name=…]`,
 * `.button-input` never match them), and the timeline entries — light DOM,
 * so tools can read `[data-amo-emu-inspector] [data-kind]` — are plain list
 * items with prefixed classes only.
 */
import { emit, subscribe } from '../core/trace.js';
import { entryText } from './describe.js';
import { sendNewCode } from '../net/integration.js';
import { resetRecords, resetWidget } from './reset.js';

/** The keyboard shortcut: Alt+Shift+I (`KeyI`, so any layout works). */
const SHORTCUT_CODE = 'KeyI';
const OPEN_KEY = 'amo-emu:inspector:open';
const HISTORY_KEY = 'amo-emu:inspector:history';
/** Entries kept across reloads; the oldest go first. */
const HISTORY_LIMIT = 400;
/** The kinds of entry, in the filter's order (the contract's `data-kind`s). */
export const KINDS = ['callback', 'violation', 'request', 'save', 'reload', 'account', 'webhook', 'integration', 'error', 'notice'];

/** One id per document, so an update (a Promise that settled) finds its entry. */
const DOC = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const SHADOW_CSS = `
:host { all: initial; }
.toggle { position: fixed; right: 12px; bottom: 12px; z-index: 2147483000; font: 12px/1 sans-serif;
  background: #1c2636; color: #fff; border: 0; border-radius: 14px; padding: 7px 12px; cursor: pointer; opacity: .85; }
.toggle:hover { opacity: 1; }
.toggle .bad { color: #ff8a80; font-weight: 700; }
.panel { position: fixed; top: 0; right: 0; bottom: 0; width: min(460px, 45vw); z-index: 2147482999;
  display: flex; flex-direction: column; background: #fff; color: #222; font: 12px/1.4 ui-monospace, Menlo, Consolas, monospace;
  border-left: 1px solid #c8ccd2; box-shadow: -4px 0 16px rgba(0,0,0,.12); }
.panel[hidden] { display: none; }
.bar { display: flex; gap: 6px; align-items: center; padding: 8px; border-bottom: 1px solid #e2e4e8; background: #f5f6f8; flex-wrap: wrap; }
.bar strong { font: 600 13px sans-serif; margin-right: auto; }
.bar button, .bar select { font: 12px sans-serif; padding: 3px 8px; }
.copied { color: #2a7d2a; font: 12px sans-serif; }
.list { flex: 1; overflow: auto; }
.empty { padding: 12px; color: #777; font-family: sans-serif; }
`;

const state = { open: localStorage.getItem(OPEN_KEY) === 'true', filter: '', entries: loadHistory() };
const nodes = new Map();

function loadHistory() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(HISTORY_KEY) || '[]');
    return Array.isArray(saved) ? saved : [];
  } catch (_) {
    return [];
  }
}

let saveTimer = null;
function saveHistory() {
  clearTimeout(saveTimer);
  saveTimer = null;
  try {
    sessionStorage.setItem(HISTORY_KEY, JSON.stringify(state.entries.slice(-HISTORY_LIMIT)));
  } catch (_) {
    // Storage full or blocked: the history lives on in this page only.
  }
}
const saveSoon = () => {
  if (!saveTimer) saveTimer = setTimeout(saveHistory, 100);
};
window.addEventListener('pagehide', saveHistory);

// The host: outside #page_holder, so a page swap or the widget's DOM work never touches it.
const host = document.createElement('aside');
host.className = 'amo-emu-inspector';
host.setAttribute('data-amo-emu-inspector', '');
host.setAttribute('aria-label', 'amo-emu inspector');
const list = document.createElement('ol');
list.className = 'amo-emu-inspector__timeline';
list.slot = 'timeline';
host.append(list);
const root = host.attachShadow({ mode: 'open' });
root.innerHTML = `<style>${SHADOW_CSS}</style>
<button class="toggle" type="button" title="amo-emu inspector (Alt+Shift+I)">Inspector <span class="count"></span></button>
<section class="panel" hidden>
  <div class="bar">
    <strong>amo-emu inspector</strong>
    <select class="filter" aria-label="Show"><option value="">all</option>${KINDS.map((k) => `<option value="${k}">${k}</option>`).join('')}</select>
    <button class="clear" type="button">Clear</button>
    <button class="copy" type="button">Copy JSON</button>
    <span class="copied" hidden>copied</span>
    <button class="reset" type="button" title="Uninstall the widget and delete its stored values, sources and DP actions">Reset widget…</button>
    <button class="reset-records" type="button" title="Bring the CRM records back to the fixture">Reset records…</button>
    <button class="close" type="button" title="Close (Alt+Shift+I)">×</button>
  </div>
  <div class="list"><slot name="timeline"></slot><div class="empty">Nothing recorded yet.</div></div>
</section>`;
const $ = (selector) => root.querySelector(selector);

function setOpen(open) {
  state.open = open;
  localStorage.setItem(OPEN_KEY, String(open));
  $('.panel').hidden = !open;
  host.dataset.open = String(open);
}

/** The timeline as JSON: what Copy puts on the clipboard. */
export function timelineJson() {
  return JSON.stringify(
    state.entries.filter((e) => !state.filter || e.kind === state.filter),
    null,
    2,
  );
}

function render(entry) {
  const key = entry.call ? `${entry.doc}:${entry.call}` : null;
  let li = key && nodes.get(key);
  if (!li) {
    li = document.createElement('li');
    li.className = 'amo-emu-inspector__entry';
    list.append(li);
    if (key) nodes.set(key, li);
  }
  li.dataset.kind = entry.kind;
  if (entry.rule) li.dataset.rule = entry.rule;
  li.hidden = !!state.filter && entry.kind !== state.filter;
  li.replaceChildren(...entryText(entry));
  refreshSoon();
}

function refreshCount() {
  const violations = state.entries.filter((e) => e.kind === 'violation').length;
  $('.count').innerHTML = violations ? `<span class="bad">⚠ ${violations}</span>` : '';
  $('.empty').hidden = state.entries.length > 0;
}

/**
 * The count and the scroll to the newest entry, once per burst of entries
 * (the history and the buffered events arrive together): reading the
 * list's height makes the browser lay the page out, once instead of per entry.
 */
let refreshing = false;
function refreshSoon() {
  if (refreshing) return;
  refreshing = true;
  queueMicrotask(() => {
    refreshing = false;
    refreshCount();
    const scroller = $('.list');
    scroller.scrollTop = scroller.scrollHeight;
  });
}

function record(event) {
  const entry = { ...event, doc: DOC };
  const key = entry.call ? `${DOC}:${entry.call}` : null;
  const index = key ? state.entries.findIndex((e) => e.doc === DOC && e.call === entry.call) : -1;
  if (index >= 0) state.entries[index] = entry;
  else state.entries.push(entry);
  if (state.entries.length > HISTORY_LIMIT) state.entries.splice(0, state.entries.length - HISTORY_LIMIT);
  render(entry);
  saveSoon();
}

// "Send again" on a webhook entry: the server sends the same body to the
// same destination; the new delivery comes back as its own entry.
list.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('.amo-emu-inspector__resend') : null;
  if (!button) return;
  button.disabled = true;
  try {
    const response = await fetch(`/amo-emu/webhooks/${button.dataset.delivery}/resend`, { method: 'POST' });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      emit({ kind: 'notice', text: `Send again failed: ${problem.detail || response.status}` });
    }
  } catch (error) {
    emit({ kind: 'notice', text: `Send again failed: ${error.message}` });
  } finally {
    button.disabled = false;
  }
});

// "Send a new code" on an integration entry: a fresh authorization code to
// the redirect URI, without reinstalling; its delivery comes back as an entry.
list.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('.amo-emu-inspector__new-code') : null;
  if (!button) return;
  button.disabled = true;
  const why = await sendNewCode();
  button.disabled = false;
  if (why) emit({ kind: 'notice', text: `No code was sent: ${why}` });
});

$('.toggle').addEventListener('click', () => setOpen(!state.open));
$('.close').addEventListener('click', () => setOpen(false));
$('.filter').addEventListener('change', (e) => {
  state.filter = e.target.value;
  for (const li of list.children) li.hidden = !!state.filter && li.dataset.kind !== state.filter;
});
$('.clear').addEventListener('click', () => {
  state.entries = [];
  nodes.clear();
  list.replaceChildren();
  saveHistory();
  refreshCount();
});
$('.copy').addEventListener('click', async () => {
  const text = timelineJson();
  host.dataset.copied = String(Number(host.dataset.copied || 0) + 1);
  try {
    await navigator.clipboard.writeText(text);
    $('.copied').textContent = 'copied';
  } catch (_) {
    // No clipboard permission: say where the JSON is instead of failing silently.
    console.info(text);
    $('.copied').textContent = 'clipboard blocked; JSON printed to the console';
  }
  $('.copied').hidden = false;
  setTimeout(() => ($('.copied').hidden = true), 2000);
});
$('.reset').addEventListener('click', () => resetWidget().catch((error) => emit({ kind: 'notice', text: `Reset failed: ${error.message}` })));
$('.reset-records').addEventListener('click', () => resetRecords().catch((error) => emit({ kind: 'notice', text: `Reset failed: ${error.message}` })));
document.addEventListener('keydown', (e) => {
  if (e.code === SHORTCUT_CODE && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey) {
    e.preventDefault();
    setOpen(!state.open);
  }
});

for (const entry of state.entries) render(entry);
document.body.append(host);
setOpen(state.open);
refreshCount();
subscribe(record);
