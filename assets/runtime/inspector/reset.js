/**
 * The panel's Reset controls: after the user confirms, the server uninstalls
 * the widget and deletes its stored values, lead sources and DP actions, or
 * brings the CRM records back to the fixture (`POST /amo-emu/reset`), and
 * the page reloads to show it. A failure is said on the timeline, never
 * swallowed.
 */
import { boot } from '../core/boot.js';
import { emit } from '../core/trace.js';

const RESET_PATH = '/amo-emu/reset';

async function reset(body) {
  const response = await fetch(RESET_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    emit({ kind: 'notice', text: `Reset failed: ${answer.detail || response.status}` });
    return;
  }
  emit({ kind: 'reload', action: 'reload', reason: `reset: ${answer.code || answer.scope} ${answer.summary}` });
  location.reload();
}

export async function resetWidget() {
  const code = boot.widget ? boot.widget.code : 'the widget';
  const question = `Reset ${code}? This uninstalls it and deletes its stored settings values, lead sources and Digital Pipeline actions in the emulated account.`;
  if (!window.confirm(question)) return;
  await reset({ confirm: true });
}

export async function resetRecords() {
  const question = 'Bring the leads, contacts, companies, tasks and notes back to the fixture? Every change made to them (and their history) is deleted; webhook subscriptions stay.';
  if (!window.confirm(question)) return;
  await reset({ confirm: true, scope: 'records' });
}
