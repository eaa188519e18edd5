/**
 * Shows widget problems inside a page's own layout (`.amo-emu-page-errors`),
 * in addition to the corner toasts: on a page the widget owns, the error
 * naming the callback should be where the widget's UI was meant to appear.
 */
const HOLDER = '.amo-emu-page-errors';

/** Mirrors every reported callback error into the page; returns `show`. */
export function mirrorCallbackErrors() {
  document.addEventListener('amo-emu:callback-error', (e) => show(e.detail.text, e.detail.callback));
  return show;
}

/** Adds one message; `callback` (if any) lands in `data-callback`. */
export function show(text, callback) {
  const holder = document.querySelector(HOLDER);
  if (!holder) return;
  const item = document.createElement('div');
  item.className = 'amo-emu-notice amo-emu-notice_error';
  item.setAttribute('role', 'alert');
  if (callback) item.dataset.callback = callback;
  item.textContent = text;
  holder.append(item);
}
