/**
 * Entry of Settings → Communication tools, `/settings/communications/`
 * (docs/communications.md): sets the platform up in area
 * `settings-communications` (the widget's code does not run here: amoCRM's
 * page is its own), then wires the system SMS form and the WhatsApp modal.
 */
import { boot } from '../core/boot.js';
import { markReady } from '../core/ready.js';
import { bindSystemSms } from '../ui/system-sms.js';
import { bindWhatsappModal } from '../ui/whatsapp-modal.js';
import { setupPage } from '../setup.js';

await setupPage(boot, { widgetsArea: 'settings-communications', systemArea: 'settings' });
bindSystemSms();
bindWhatsappModal();
await markReady('communications');
