/**
 * The callback contract, checked from the timeline (docs/platform.md §4.5, §4.6):
 * `onSave` present and giving `true` or a Promise that settles;
 * `render`/`init`/`bind_actions` giving `true`; `onSalesbotDesignerSave`
 * giving a string (docs/salesbot.md §2); no callback blocking the page
 * longer than a budget. A never-settling `onSave` is also said in the modal,
 * where Install would otherwise look dead.
 */
import { subscribe } from '../core/trace.js';
import { violation } from './report.js';

/** How long an onSave Promise may stay pending before we say Install is stuck. */
export const ONSAVE_SETTLE_MS = 10000;
/**
 * The synchronous time a callback may block the page. Only the synchronous
 * part counts: a Promise waiting for the widget's backend is not the page
 * frozen, and timing it would make the check depend on the network.
 */
export const CALLBACK_BUDGET_MS = 200;
/** The callbacks documented as "must return true". */
const MUST_RETURN_TRUE = ['render', 'init', 'bind_actions'];

const pendingOnSave = new Map();

subscribe((event) => {
  if (event.kind !== 'callback') return;
  if (event.sync_ms > CALLBACK_BUDGET_MS) {
    violation('slow', `${event.name} blocked the page for ${Math.round(event.sync_ms)} ms (budget ${CALLBACK_BUDGET_MS} ms)`, event.name);
  }
  if (event.name === 'onSave') checkOnSave(event);
  else if (event.name === 'onSalesbotDesignerSave') checkSalesbotSave(event);
  else if (MUST_RETURN_TRUE.includes(event.name)) checkTrue(event);
});

function checkOnSave(event) {
  switch (event.result) {
    case 'missing':
      violation('onSave', 'the widget has no callbacks.onSave, so amoCRM cannot install it', 'missing');
      break;
    case 'returned':
      if (event.value !== true) violation('onSave', `onSave returned ${event.value}; it must return true or a Promise`, 'value');
      break;
    case 'pending':
      pendingOnSave.set(event.call, setTimeout(() => neverSettled(event), ONSAVE_SETTLE_MS));
      break;
    default:
      clearTimeout(pendingOnSave.get(event.call));
      pendingOnSave.delete(event.call);
  }
}

/**
 * `onSalesbotDesignerSave` must give the JSON string of the bot's steps
 * (docs/salesbot.md §2). The summary of a string is its JSON, so a string
 * starts with a quote; whether that string is valid JSON the designer checks
 * itself (the summary may be cut) and says so in its editor.
 */
function checkSalesbotSave(event) {
  if (event.result !== 'returned' && event.result !== 'resolved') return;
  const value = event.value;
  if (typeof value === 'string' && value.startsWith('"')) return;
  const how = event.result === 'resolved' ? 'resolved to' : 'returned';
  violation('salesbotSave', `onSalesbotDesignerSave ${how} ${value}; it must return a JSON string of the bot's steps`, 'value');
}

function neverSettled(event) {
  pendingOnSave.delete(event.call);
  const text = `onSave's Promise has not settled after ${ONSAVE_SETTLE_MS / 1000} s, so Install/Save is still waiting on it; resolve or reject it`;
  violation('onSave', text, 'pending');
  const notice = document.querySelector('.modal.widget-settings__modal .amo-emu-notice');
  if (notice && (notice.hidden || !notice.textContent)) {
    notice.className = 'amo-emu-notice amo-emu-notice_warning';
    notice.textContent = `Still waiting: ${text}.`;
    notice.hidden = false;
  }
}

function checkTrue(event) {
  if (event.result === 'pending') return;
  if ((event.result === 'returned' || event.result === 'resolved') && event.value === true) return;
  const what = {
    returned: `returned ${event.value}`,
    resolved: `resolved to ${event.value}`,
    rejected: `rejected (${event.error})`,
    threw: `threw ${event.error}`,
  }[event.result];
  violation('returnValue', `${event.name} ${what}; it must return true`, event.name);
}
