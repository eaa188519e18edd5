/**
 * What the account told the integration's backend (src/server/integration.rs,
 * src/server/system_sms.rs),
 * as one line of text, and the way to ask for a fresh authorization code
 * without reinstalling. Shared by the settings modal's OAuth line and the
 * inspector, so both word an event alike.
 */

/** amo-emu's endpoint that sends a fresh code to the redirect URI. */
const SEND_CODE_PATH = '/amo-emu/integration/code';

/** `200 OK in 3 ms`, or why the request failed. */
export function outcome(report) {
  if (!report) return '';
  const took = report.elapsed_ms !== undefined ? ` in ${report.elapsed_ms} ms` : '';
  if (report.status) return `${report.status} ${report.status_text || ''}${took}`.replace(/ +/g, ' ');
  return `${report.outcome}${report.error ? `: ${report.error}` : ''}${took}`;
}

/** One integration event (`{type, …}`) as a sentence. */
export function describeIntegration(event) {
  switch (event.type) {
    case 'code':
      return `${event.why}: code ${event.code} sent to ${event.url} → ${outcome(event.report)}`;
    case 'tokens':
      return `${event.grant_type}: issued access token ${event.access_token} and refresh token ${event.refresh_token}`;
    case 'refused':
      return `token request (${event.grant_type || 'no grant_type'}) refused ${event.status}: ${event.reason}`;
    case 'unauthorized':
      return `401 ${event.what} (${event.token}): ${event.reason}`;
    case 'hook':
      return `${event.why}: tokens revoked; disable hook ${event.url} → ${outcome(event.report)}`;
    case 'sms':
      return `system SMS to ${event.phone} → ${event.url}: ${outcome(event.report)}`;
    case 'revoked':
      return `${event.why}: tokens revoked (no disable hook set)`;
    default:
      return JSON.stringify(event);
  }
}

/** Asks the server for a fresh code; resolves to null, or why it was not sent. */
export async function sendNewCode() {
  try {
    const response = await fetch(SEND_CODE_PATH, { method: 'POST' });
    if (response.ok) return null;
    const problem = await response.json().catch(() => ({}));
    return problem.detail || `${response.status}`;
  } catch (error) {
    return error.message;
  }
}
