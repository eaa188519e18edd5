/**
 * The leads pipeline board: a lead's card dragged to another stage's column
 * is moved by the API's own request (`PATCH /api/v4/leads/<id>` with the
 * stage and pipeline), so the move takes the one write path on the server
 * (history, webhooks, the stage's Digital Pipeline actions) and the board
 * is redrawn by the `amo-emu:account` event that write sends. Dragging is
 * done with pointer events (mouse, pen and touch alike); a click without
 * movement still opens the lead's card.
 */
import { showToast } from './toast.js';

/** Pixels a pointer must travel before a press becomes a drag. */
const DRAG_THRESHOLD = 5;

async function move(lead, status, pipelineId) {
  const response = await fetch(`/api/v4/leads/${lead}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ status_id: status, pipeline_id: pipelineId }),
  });
  if (response.ok) return;
  const problem = await response.json().catch(() => ({}));
  const errors = (problem['validation-errors'] || []).flatMap((i) => i.errors || []).map((e) => `${e.path}: ${e.detail}`);
  showToast(`The lead was not moved (${response.status}): ${errors.join('; ') || problem.detail || ''}`, { kind: 'error' });
}

/** Wires the board on screen; call again after it is redrawn. */
export function wireBoard() {
  const board = document.querySelector('.js-pipeline-board');
  if (!board) return {};
  const pipelineId = Number(board.dataset.pipelineId);
  let press = null;

  const columnAt = (x, y) => {
    const el = document.elementFromPoint(x, y);
    return el ? el.closest('.js-pipeline-status') : null;
  };
  const clearTargets = () => {
    for (const c of board.querySelectorAll('.pipeline_status_target')) c.classList.remove('pipeline_status_target');
  };

  board.addEventListener('pointerdown', (event) => {
    const card = event.target.closest('.js-pipeline-lead');
    if (!card || event.button !== 0) return;
    press = { card, x: event.clientX, y: event.clientY, dragging: false };
  });
  board.addEventListener('pointermove', (event) => {
    if (!press) return;
    const far = Math.hypot(event.clientX - press.x, event.clientY - press.y) > DRAG_THRESHOLD;
    if (!press.dragging && far) {
      press.dragging = true;
      press.card.classList.add('pipeline_leads__item_dragging');
      board.setPointerCapture && board.setPointerCapture(event.pointerId);
    }
    if (!press.dragging) return;
    press.card.style.transform = `translate(${event.clientX - press.x}px, ${event.clientY - press.y}px)`;
    clearTargets();
    const column = columnAt(event.clientX, event.clientY);
    if (column) column.classList.add('pipeline_status_target');
  });
  const finish = async (event, cancelled) => {
    if (!press) return;
    const { card, dragging } = press;
    press = null;
    card.classList.remove('pipeline_leads__item_dragging');
    card.style.transform = '';
    clearTargets();
    if (!dragging || cancelled) return;
    // A drag is not a click: the card's link must not open.
    const swallow = (e) => {
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('click', swallow, { capture: true, once: true });
    setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
    const column = columnAt(event.clientX, event.clientY);
    const from = card.closest('.js-pipeline-status');
    if (!column || column === from) return;
    column.querySelector('.pipeline_leads').prepend(card);
    await move(Number(card.dataset.id), Number(column.dataset.id), pipelineId);
  };
  board.addEventListener('pointerup', (event) => finish(event, false));
  board.addEventListener('pointercancel', (event) => finish(event, true));
  return {};
}
