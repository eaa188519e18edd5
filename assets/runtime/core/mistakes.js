/**
 * Hints for the widget's own common mistakes, recognised from the error
 * they cause, so the message says what to change instead of only what
 * broke. One place, used by every error surface (callbacks, the
 * constructor, script loading, uncaught errors).
 */

/**
 * A bundle compiled for old browsers by Babel's regenerator transform
 * calls a global `regeneratorRuntime` the first time an `async` function
 * runs. amo-emu provides none (whether amoCRM's own page happens to leak
 * one is UNCONFIRMED; see the README's differences table).
 */
const REGENERATOR = /\bregeneratorRuntime\b/;
const REGENERATOR_HINT = 'your bundle needs regenerator-runtime, or target ES2017 (async functions compiled to generators call a global regeneratorRuntime, which amo-emu does not provide)';

/**
 * The hint for an error (an Error, or the message of an uncaught one), or
 * '' when it is not a mistake we recognise.
 */
export function mistakeHint(error) {
  const message = error && typeof error === 'object' ? `${error.name || ''}: ${error.message || ''}` : String(error || '');
  if (/ReferenceError/.test(message) && REGENERATOR.test(message)) return REGENERATOR_HINT;
  return '';
}

/** `text` followed by the hint for `error`, if there is one. */
export function withHint(text, error) {
  const hint = mistakeHint(error);
  return hint ? `${text} — ${hint}` : text;
}
