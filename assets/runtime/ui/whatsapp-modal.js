/**
 * The WhatsApp integrations modal of Communication tools
 * (docs/communications.md §3): lists the integrations whose manifest has
 * the `whatsapp_modal` location; picking one opens its settings modal on
 * the Integrations page (the link the server drew). Escape, the overlay and
 * × close it; focus returns to the button that opened it.
 */
export function bindWhatsappModal() {
  const modal = document.querySelector('[data-whatsapp-modal]');
  const opener = document.querySelector('.js-whatsapp-open');
  if (!modal || !opener) return;
  const close = () => {
    modal.hidden = true;
    opener.focus();
  };
  opener.addEventListener('click', () => {
    modal.hidden = false;
    const first = modal.querySelector('[data-whatsapp-widget]') || modal.querySelector('.js-whatsapp-close[tabindex]');
    if (first) first.focus();
  });
  modal.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('.js-whatsapp-close')) close();
  });
  document.addEventListener('keydown', (event) => {
    if (modal.hidden) return;
    const onClose = event.target instanceof Element && event.target.closest('.js-whatsapp-close');
    if (event.key === 'Escape' || (onClose && (event.key === 'Enter' || event.key === ' '))) {
      event.preventDefault();
      close();
    }
  });
}
