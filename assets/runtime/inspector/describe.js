/**
 * How one timeline entry reads in the inspector panel: a line per entry,
 * built from text nodes only (widget-supplied strings are never parsed as
 * HTML), with the spec section of a violation as a link to amoCRM's docs.
 */
import { describeIntegration } from '../net/integration.js';

/** The nodes for `entry` (see runtime/core/trace.js for the fields). */
export function entryText(entry) {
  const parts = [span('time', `${(entry.at / 1000).toFixed(2)}s`), span('kind', entry.kind)];
  switch (entry.kind) {
    case 'callback':
      parts.push(span('name', entry.name), text(entry.area ? ` (${entry.area})` : ''));
      if (entry.args && entry.args.length) parts.push(span('args', `(${entry.args.map(String).join(', ')})`));
      parts.push(text(` → ${callbackResult(entry)}`));
      if (entry.ms !== undefined) parts.push(span('ms', ` ${entry.ms} ms`));
      break;
    case 'violation':
      parts.push(span('rule', entry.rule), text(`: ${entry.text} `));
      if (entry.href) parts.push(link(entry.spec, entry.href));
      else if (entry.spec) parts.push(text(entry.spec));
      break;
    case 'request':
      parts.push(text(`${entry.via ? `${entry.via} ` : ''}${entry.method} ${entry.url} → ${entry.status || entry.outcome || '?'}`));
      if (entry.ms !== undefined) parts.push(span('ms', ` ${entry.ms} ms`));
      break;
    case 'save':
      parts.push(span('name', entry.action), text(` fields sent ${json(entry.fields)} → ${entry.outcome}`));
      if (entry.stored) parts.push(text(`; stored ${json(entry.stored)}`));
      break;
    case 'reload':
      if (entry.action !== 'reload') parts.push(span('name', entry.action));
      parts.push(text(` ${entry.reason}`));
      break;
    case 'account':
      parts.push(text(` ${(entry.changes || []).map((c) => `${c.event} ${c.entity} ${c.id}`).join(', ')}`));
      break;
    case 'webhook': {
      const result = entry.status ? `${entry.status}` : `${entry.outcome}${entry.error ? `: ${entry.error}` : ''}`;
      parts.push(span('name', (entry.events || []).join(', ')), text(` → ${entry.destination} → ${result}`));
      if (entry.elapsed_ms !== undefined) parts.push(span('ms', ` ${entry.elapsed_ms} ms`));
      const again = document.createElement('button');
      again.type = 'button';
      again.className = 'amo-emu-inspector__resend';
      again.dataset.delivery = String(entry.id);
      again.textContent = 'Send again';
      parts.push(text(' '), again);
      break;
    }
    case 'integration': {
      parts.push(span('name', entry.type), text(` ${describeIntegration(entry)}`));
      if (entry.type === 'code') {
        const again = document.createElement('button');
        again.type = 'button';
        again.className = 'amo-emu-inspector__new-code';
        again.textContent = 'Send a new code';
        parts.push(text(' '), again);
      }
      break;
    }
    default:
      parts.push(text(entry.text || json(entry)));
  }
  return parts;
}

function callbackResult(entry) {
  switch (entry.result) {
    case 'returned':
      return String(entry.value);
    case 'pending':
      return 'Promise (pending)';
    case 'resolved':
      return `Promise resolved ${String(entry.value)}`;
    case 'rejected':
      return `Promise rejected: ${entry.error}`;
    case 'threw':
      return `threw ${entry.error}`;
    case 'missing':
      return 'missing (not defined)';
    default:
      return String(entry.result);
  }
}

function json(value) {
  try {
    return JSON.stringify(value);
  } catch (_) {
    return String(value);
  }
}

const text = (value) => document.createTextNode(value);

function span(part, value) {
  const node = document.createElement('span');
  node.className = `amo-emu-inspector__${part}`;
  node.textContent = value;
  return node;
}

function link(label, href) {
  const node = document.createElement('a');
  node.className = 'amo-emu-inspector__spec';
  node.href = href;
  node.target = '_blank';
  node.rel = 'noopener noreferrer';
  node.textContent = label;
  return node;
}
