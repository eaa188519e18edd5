/**
 * "Where the user was", kept across a live reload: the page, the open
 * settings modal and the context it was opened with (e.g. the lead source
 * clicked), the values typed but not saved, and the scroll position.
 * Stored in sessionStorage, so it belongs to this tab only.
 */
const KEY = 'amo-emu:place';
/** A saved place older than this is stale (the reload never happened). */
const MAX_AGE_MS = 30_000;
const FIELD_INPUTS = '#widget_settings__fields_wrapper input, #widget_settings__fields_wrapper textarea, #widget_settings__fields_wrapper select';

let openModal = null;

/** Called by the settings modal when it opens and closes. */
export function modalOpened(code, context) {
  openModal = { code, context: context || {} };
}

export function modalClosed() {
  openModal = null;
}

/** Where the user is now (see the top of this file). */
export function currentPlace() {
  const fields = {};
  for (const el of document.querySelectorAll(`.modal ${FIELD_INPUTS.split(', ').join(', .modal ')}`)) {
    if (!el.name || el.type === 'hidden') continue;
    fields[el.name] = el.type === 'checkbox' || el.type === 'radio' ? { checked: el.checked } : { value: el.value };
  }
  return {
    path: location.pathname + location.search,
    modal: openModal,
    fields,
    scroll: [window.scrollX, window.scrollY],
    at: Date.now(),
  };
}

/** Records the current place just before the page reloads. */
export function savePlace() {
  sessionStorage.setItem(KEY, JSON.stringify(currentPlace()));
}

/**
 * Whether the last reload left an open settings modal to restore here; if
 * so, starts fetching its form at once (before the page is set up) and
 * returns true, so the page can also load the widget's script early.
 */
export function prefetchPendingModal(prefetch) {
  const place = readPlace();
  if (!place || !place.modal) return false;
  prefetch(place.modal.code);
  return true;
}

/** The place saved for this page by the last reload, once. */
export function takePlace() {
  const place = readPlace();
  sessionStorage.removeItem(KEY);
  return place;
}

function readPlace() {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const place = JSON.parse(raw);
    const fresh = Date.now() - place.at < MAX_AGE_MS;
    return fresh && place.path === location.pathname + location.search ? place : null;
  } catch (_) {
    return null;
  }
}

/**
 * Puts the user back: scroll, then the modal (through `open(context)`,
 * which resolves to the modal's body element once the widget has run), then
 * the unsaved values, announced with `input` events so the form notices.
 * `place` is the one the last reload saved, unless given (an in-place swap
 * keeps it in memory).
 */
export async function restorePlace(open, place = takePlace()) {
  if (!place) return;
  window.scrollTo(place.scroll[0], place.scroll[1]);
  if (!place.modal || !open) return;
  const body = await open(place.modal.context);
  if (!body) return;
  for (const [name, saved] of Object.entries(place.fields || {})) {
    const el = [...body.querySelectorAll(FIELD_INPUTS)].find((e) => e.name === name);
    if (!el) continue;
    if ('checked' in saved && el.checked !== saved.checked) {
      el.checked = saved.checked;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    } else if ('value' in saved && el.value !== saved.value) {
      el.value = saved.value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}
