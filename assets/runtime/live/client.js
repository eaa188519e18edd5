/**
 * The live-reload client, on every page: listens to the server's event
 * stream (its path from the boot JSON, core/paths.js; typed messages built
 * in src/live_reload.rs)
 * and keeps the tab current — stylesheets and images swapped in place, the
 * widget's code swapped in place where the page can (hot-swap.js), anything
 * else a reload that restores the place, errors as an overlay; changes to
 * the account's records and the webhooks they sent go to the inspector, and
 * the records' changes to the page as an `amo-emu:account` window event.
 */
import { canSwapCode, swapCode } from './hot-swap.js';
import { showOverlay } from './overlay.js';
import { savePlace } from './place.js';
import { refreshImages, swapStylesheets } from './swap.js';
import { emit } from '../core/trace.js';
import { boot } from '../core/boot.js';
import { eventsPath } from '../core/paths.js';

const INSTANCE_KEY = 'amo-emu:instance';
const RELOADS_KEY = 'amo-emu:reloads';
const { page } = boot;

function reload(why) {
  savePlace();
  emit({ kind: 'reload', action: 'reload', reason: why });
  sessionStorage.setItem(RELOADS_KEY, String(Number(sessionStorage.getItem(RELOADS_KEY) || 0) + 1));
  console.info(`amo-emu: reloading (${why})`);
  location.reload();
}

/** Messages this document has taken, `hello` included. */
let received = 0;

function handle(message) {
  received += 1;
  // A marker for tools and tests: how many messages this document has taken
  // and the type of the last. Waiting for a later message proves an earlier
  // one never came, without sleeping.
  document.documentElement.dataset.amoEmuMessages = String(received);
  document.documentElement.dataset.amoEmuLastMessage = message.type;
  switch (message.type) {
    case 'hello': {
      const known = sessionStorage.getItem(INSTANCE_KEY);
      sessionStorage.setItem(INSTANCE_KEY, message.instance);
      if (known && known !== message.instance) {
        reload('amo-emu restarted');
      } else if (message.status.state === 'error') {
        // The error page already lists the same diagnostics.
        if (page !== 'error') showOverlay('The widget does not load', message.status.diagnostics);
      } else if (page === 'error') {
        reload('the widget loads again');
      }
      break;
    }
    case 'reload':
      reload(message.paths.join(', ') || 'changes');
      break;
    case 'code':
      swapStylesheets(message.paths);
      refreshImages(message.paths);
      if (!canSwapCode()) {
        reload(message.paths.join(', '));
        break;
      }
      swapCode(message.paths).catch((error) => {
        console.error('amo-emu: the in-place swap failed; reloading instead', error);
        reload('the in-place swap failed');
      });
      break;
    case 'css':
      if (!swapStylesheets(message.paths)) console.info(`amo-emu: ${message.paths.join(', ')} changed; not linked on this page`);
      break;
    case 'images':
      refreshImages(message.paths);
      break;
    case 'error':
      if (page === 'error') reload('the problem changed');
      else showOverlay('The widget does not load', message.diagnostics);
      break;
    case 'account':
      // Whoever wrote (a widget, the API, a card's Save): the inspector
      // lists it, and the page redraws what it shows of those records.
      emit({ kind: 'account', changes: message.changes });
      window.dispatchEvent(new CustomEvent('amo-emu:account', { detail: message.changes }));
      break;
    case 'webhook':
      emit({ kind: 'webhook', ...message.delivery });
      break;
    case 'integration':
      // Codes, tokens, 401s and hooks between the account and the
      // integration's backend: the inspector lists them, the settings
      // modal's OAuth line shows the code's delivery.
      emit({ kind: 'integration', ...message.event });
      window.dispatchEvent(new CustomEvent('amo-emu:integration', { detail: message.event }));
      break;
    default:
      console.warn('amo-emu: unknown live-reload message', message);
  }
}

const events = new EventSource(eventsPath);
events.addEventListener('message', (event) => handle(JSON.parse(event.data)));
window.addEventListener('pagehide', () => events.close());
