/**
 * The "×" button that closes the emulator's own notices (toasts, the error
 * overlay): one shape, so every one is a real button with a name a screen
 * reader reads.
 */
export function closeButton(className, label, onClick) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.textContent = '×';
  button.setAttribute('aria-label', label);
  button.addEventListener('click', onClick);
  return button;
}
