//! The view model of Settings → Communication tools,
//! `/settings/communications/` (docs/communications.md): where amoCRM keeps
//! the Salesbot, the account's system SMS sender and the WhatsApp
//! integrations modal. It reads a widget snapshot, whether it is installed
//! and a phone to offer; never the store or the request.

use askama::Template;

use super::settings::{SettingsMenu, INTEGRATIONS_HREF, SALESBOT_HREF};
use super::Chrome;
use crate::widget::sms::SmsSender;
use crate::widget::{Area, Widget};

#[derive(Template)]
#[template(path = "pages/communications.html")]
pub struct CommunicationsPage {
    pub chrome: Chrome,
    pub menu: SettingsMenu,
    pub widget: WidgetView,
    pub installed: bool,
    pub salesbot_href: &'static str,
    /// Whether the widget adds Salesbot steps.
    pub salesbot_steps: bool,
    /// The SMS section: whether the widget is a system SMS sender, and if
    /// not quite, why.
    pub sms: SmsSender,
    /// A phone of the account's first contact, offered for a test SMS.
    pub sample_phone: String,
    /// Whether the widget is listed in the WhatsApp integrations modal.
    pub whatsapp: bool,
}

/// The widget as the page lists it.
pub struct WidgetView {
    pub code: String,
    pub name: String,
    pub short_description: String,
    pub logo: String,
    /// The Integrations page with this widget's settings modal open.
    pub settings_href: String,
}

impl WidgetView {
    pub fn new(widget: &Widget, locale: &str) -> WidgetView {
        let code = widget.code.as_str();
        WidgetView {
            code: code.to_owned(),
            name: widget.name(locale),
            short_description: widget.text(&widget.manifest.widget.short_description, locale),
            logo: widget.logo_url("logo_small"),
            settings_href: format!("{INTEGRATIONS_HREF}?open={code}"),
        }
    }
}

impl CommunicationsPage {
    pub fn new(
        chrome: Chrome,
        menu: SettingsMenu,
        widget: &Widget,
        locale: &str,
        installed: bool,
        sample_phone: String,
    ) -> CommunicationsPage {
        CommunicationsPage {
            chrome,
            menu,
            widget: WidgetView::new(widget, locale),
            installed,
            salesbot_href: SALESBOT_HREF,
            salesbot_steps: widget.manifest.has_location(Area::SalesbotDesigner),
            sms: SmsSender::read(&widget.manifest),
            sample_phone,
            whatsapp: widget.manifest.has_location(Area::WhatsappModal),
        }
    }
}
