/**
 * The error overlay: the widget folder no longer loads (or its script does
 * not run), shown over the page with the same `path:line:column` text as
 * the terminal, until the next good save reloads the page.
 */
import { closeButton } from '../ui/close-button.js';

const ID = 'amo-emu-overlay';

/** @param problems [{location, message, json_path?, hint?}] */
export function showOverlay(title, problems) {
  hideOverlay();
  const overlay = document.createElement('div');
  overlay.id = ID;
  overlay.className = 'amo-emu-overlay';
  overlay.setAttribute('role', 'alertdialog');
  overlay.setAttribute('aria-label', title);
  const panel = document.createElement('div');
  panel.className = 'amo-emu-overlay__panel';
  const head = document.createElement('div');
  head.className = 'amo-emu-overlay__title';
  head.textContent = title;
  const close = closeButton('amo-emu-overlay__close', 'Hide until the next change', hideOverlay);
  panel.append(close, head);
  for (const p of problems) {
    const item = document.createElement('div');
    item.className = 'amo-emu-overlay__item';
    const loc = document.createElement('div');
    loc.className = 'amo-emu-overlay__location';
    loc.textContent = p.location;
    const msg = document.createElement('div');
    msg.className = 'amo-emu-overlay__message';
    msg.textContent = p.message;
    item.append(loc, msg);
    for (const [cls, text] of [['path', p.json_path && `at ${p.json_path}`], ['hint', p.hint && `hint: ${p.hint}`]]) {
      if (!text) continue;
      const line = document.createElement('div');
      line.className = `amo-emu-overlay__${cls}`;
      line.textContent = text;
      item.append(line);
    }
    panel.append(item);
  }
  const foot = document.createElement('div');
  foot.className = 'amo-emu-overlay__foot';
  foot.textContent = 'Fix the file and save: this goes away by itself.';
  panel.append(foot);
  overlay.append(panel);
  document.body.append(overlay);
}

export function hideOverlay() {
  const existing = document.getElementById(ID);
  if (existing) existing.remove();
}
