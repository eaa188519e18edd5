/**
 * The SMS section of Communication tools (docs/communications.md §2): its
 * form asks the server to send one system SMS through the widget
 * (`POST /amo-emu/sms/system {phone, text}`), as amoCRM sends one, and
 * lists each request with what the backend answered. The outcome also
 * reaches the terminal and the inspector (src/server/system_sms.rs).
 */
import { outcome } from '../net/integration.js';
import { showToast } from './toast.js';

const SEND_PATH = '/amo-emu/sms/system';

/** One log entry: what was sent and what came back, as text (never HTML). */
function logEntry(report) {
  const li = document.createElement('li');
  li.className = `comm-tools__log-entry${report.ok ? '' : ' comm-tools__log-entry_failed'}`;
  li.dataset.smsOutcome = report.outcome;
  const head = document.createElement('div');
  head.append(`POST ${report.url} → `);
  const result = document.createElement('span');
  result.className = 'comm-tools__log-outcome';
  result.textContent = outcome(report);
  head.append(result);
  const sent = document.createElement('pre');
  sent.textContent = `sent: ${JSON.stringify(report.payload)}`;
  li.append(head, sent);
  if (report.response_body) {
    const answer = document.createElement('pre');
    answer.className = 'comm-tools__log-answer';
    answer.textContent = `answer: ${report.response_body}`;
    li.append(answer);
  }
  return li;
}

export function bindSystemSms() {
  const form = document.querySelector('.js-system-sms');
  if (!form) return;
  const status = form.querySelector('.js-system-sms-status');
  const log = document.querySelector('[data-sms-log]');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const phone = form.elements.phone.value;
    const text = form.elements.text.value;
    status.textContent = 'Sending…';
    let response;
    try {
      response = await fetch(SEND_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ phone, text }),
      });
    } catch (e) {
      status.textContent = '';
      showToast(`The SMS was not sent: the emulator did not answer (${e.message}).`, { kind: 'error' });
      return;
    }
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      const field = answer['validation-errors'] && answer['validation-errors'][0];
      const detail = field ? `${field.errors[0].path}: ${field.errors[0].detail}` : answer.detail;
      status.textContent = `Not sent: ${detail || response.status}`;
      return;
    }
    status.textContent = answer.ok ? 'Sent.' : 'The backend did not take it.';
    log.prepend(logEntry(answer));
  });
}
