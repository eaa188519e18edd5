/**
 * The page's notices on the timeline: every message the emulator puts in
 * the corner (`#amo-emu-toasts`) — an endpoint amo-emu does not emulate, a
 * request to the widget's backend that failed, a load error — becomes a
 * `notice` entry, so the history keeps it after the toast is gone. Read
 * from the DOM, so any module that shows a toast is covered without
 * knowing about the inspector. A callback's failure is not repeated: its
 * `callback` entry already says what it threw.
 */
import { emit } from '../core/trace.js';

const holder = document.getElementById('amo-emu-toasts');

if (holder) {
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      for (const node of m.addedNodes) {
        if (node.nodeType !== 1 || !node.classList.contains('amo-emu-toast') || node.dataset.callback) continue;
        const kind = (node.className.match(/amo-emu-toast_(\w+)/) || [])[1] || 'info';
        const text = (node.querySelector('.amo-emu-toast__text') || node).textContent;
        emit({ kind: 'notice', level: kind, text, ...(node.dataset.notice ? { notice: node.dataset.notice } : {}) });
      }
    }
  }).observe(holder, { childList: true });
}
