/**
 * Notices about the page's network traffic, shown once each: in the corner
 * of the page (a sticky warning) and, through `POST /amo-emu/notices`, in
 * the developer's terminal (the server prints each key once; the wire shape
 * is documented in src/server/routes/notices.rs). Other runtime modules use
 * `tellTerminal` for anything only the page can see.
 */
import { showToast } from '../ui/toast.js';

export const NOTICES_PATH = '/amo-emu/notices';

/** The page's own `fetch`, before any wrapper (ours or the widget's). */
const pageFetch = window.fetch.bind(window);
const shown = new Set();

/**
 * Sends a notice to the terminal; resolves to the server's answer
 * (`{printed, reason}`) or null when it could not be delivered.
 */
export async function tellTerminal(notice) {
  try {
    const response = await pageFetch(NOTICES_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(notice),
      credentials: 'same-origin',
    });
    return response.ok ? await response.json() : null;
  } catch (_) {
    return null;
  }
}

/** Shows `text` as a page notice unless `key` was shown on this page. */
export function noticeOnce(key, text, data = {}) {
  if (shown.has(key)) return null;
  shown.add(key);
  return showToast(text, { kind: 'warning', sticky: true, data });
}

/** Whether `key` has been shown on this page (to skip work for repeats). */
export const alreadyShown = (key) => shown.has(key);
