/**
 * Messages in the corner of the page: the emulator's own notices and what a
 * widget shows through `APP.notifications`. Errors stay until closed.
 */
import { closeButton } from './close-button.js';

const HOLDER_ID = 'amo-emu-toasts';
const TIMEOUT_MS = 6000;

export function showToast(text, { kind = 'info', sticky = false, data = {} } = {}) {
  const holder = document.getElementById(HOLDER_ID);
  if (!holder) return null;
  const toast = document.createElement('div');
  toast.className = `amo-emu-toast amo-emu-toast_${kind}`;
  toast.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  for (const [key, value] of Object.entries(data)) toast.dataset[key] = value;
  const body = document.createElement('div');
  body.className = 'amo-emu-toast__text';
  body.textContent = text;
  const close = closeButton('amo-emu-toast__close', 'Dismiss', () => toast.remove());
  toast.append(body, close);
  holder.append(toast);
  if (!sticky) setTimeout(() => toast.remove(), TIMEOUT_MS);
  return toast;
}

/** Removes the messages matching `selector` (e.g. the widget's old errors). */
export function dismissToasts(selector) {
  const holder = document.getElementById(HOLDER_ID);
  if (!holder) return;
  for (const toast of holder.querySelectorAll(`.amo-emu-toast${selector}`)) toast.remove();
}
