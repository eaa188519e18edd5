//! askama view models, one per page or fragment. They turn server state into
//! plain strings and lists; templates only lay them out. This file holds the
//! chrome every page shares, the marketplace, the error page and the
//! settings modal; the CRM pages, the Digital Pipeline and the Settings
//! section are in `views/crm/`, `views/dp.rs` and `views/settings.rs`, the
//! legacy API's XML in `views/legacy.rs`, the left menu in
//! `views/left_menu.rs` and the widget's left-menu pages in
//! `views/widget_page.rs`.
//! Every value reaches HTML through askama's escaping, except the widget
//! description, which is HTML by design (the widget author's own markup,
//! like its script.js), and the JSON blocks the runtime reads, which
//! [`script_json`] makes safe inside `<script>`.

use askama::Template;
use serde::Serialize;

use crate::account::{Account, WidgetState};
use crate::widget::{DiagnosticView, FieldType, Widget};

pub mod communications;
pub mod crm;
pub mod dp;
pub mod left_menu;
pub mod legacy;
pub mod salesbot;
pub mod settings;
pub mod widget_page;

/// The left menu of every page; `active` names the highlighted item.
pub struct Chrome {
    pub active: &'static str,
    pub account_name: String,
    pub user_name: String,
    pub title: String,
    /// JSON handed to the browser runtime, already safe inside `<script>`.
    pub boot_json: String,
    /// The runtime entry module to load, if the page runs widget code.
    pub entry: Option<&'static str>,
    /// Where the emulator's assets are linked from (fingerprinted path).
    pub assets: &'static str,
    /// The runtime modules the page imports, preloaded in parallel when
    /// `entry` is set (`embedded::page_modules`).
    pub preload_modules: Vec<String>,
    /// Whether the page carries the inspector (`serve --no-inspector`).
    pub inspector: bool,
    pub warnings: Vec<String>,
    /// The left menu's entries (`views::left_menu`).
    pub nav: Vec<left_menu::NavEntry>,
}

#[derive(Template)]
#[template(path = "pages/marketplace.html")]
pub struct MarketplacePage {
    pub chrome: Chrome,
    /// The Settings sub-menu: Integrations is one of its pages.
    pub menu: settings::SettingsMenu,
    pub tiles: Vec<Tile>,
}

pub struct Tile {
    pub code: String,
    pub name: String,
    pub short_description: String,
    pub logo: String,
    pub installed: bool,
}

#[derive(Template)]
#[template(path = "pages/error.html")]
pub struct ErrorPage {
    pub chrome: Chrome,
    pub heading: String,
    pub diagnostics: Vec<DiagnosticView>,
}

/// A page of amoCRM's the emulator does not have (customers, catalogs, …):
/// what it is and why it is not here, instead of an empty 404.
#[derive(Template)]
#[template(path = "pages/not_emulated.html")]
pub struct NotEmulatedPage {
    pub chrome: Chrome,
    pub path: String,
    pub heading: String,
    pub why: String,
}

/// The settings modal's content (docs/platform.md §8), fetched by the runtime and put
/// inside the platform modal. Its class names are the ones widgets query.
#[derive(Template)]
#[template(path = "partials/settings_modal.html")]
pub struct SettingsModal {
    pub code: String,
    pub name: String,
    pub short_description: String,
    pub description_html: String,
    pub version: String,
    pub logo: String,
    pub installed: bool,
    pub installation: bool,
    pub is_showcase: bool,
    pub support_link: Option<String>,
    pub fields: Vec<FieldView>,
    pub warnings: Vec<String>,
    /// The integration's redirect URI, when OAuth is configured: the modal
    /// then says where install sends the code and how that went.
    pub redirect_uri: Option<String>,
}

pub struct FieldView {
    pub code: String,
    pub kind: FieldKind,
    pub type_name: String,
    pub label: String,
    pub required: bool,
}

/// What the modal draws for a field, with the stored value(s) filled in.
pub enum FieldKind {
    Text { value: String },
    Pass { value: String },
    Users { rows: Vec<UserRow<String>> },
    UsersLp { rows: Vec<UserRow<Login>> },
    Custom { value: String },
}

/// One user's line of a per-user field (`users`, `users_lp`): the user and
/// what is stored for them.
pub struct UserRow<V> {
    pub id: u64,
    pub name: String,
    pub value: V,
}

/// What a `users_lp` field stores per user.
pub struct Login {
    pub login: String,
    pub password: String,
}

/// A row per account user, in the account's order, with `value(user id)`.
fn user_rows<V>(account: &Account, value: impl Fn(u64) -> V) -> Vec<UserRow<V>> {
    account
        .users
        .iter()
        .map(|u| UserRow {
            id: u.id,
            name: u.name.clone(),
            value: value(u.id),
        })
        .collect()
}

impl SettingsModal {
    pub fn new(widget: &Widget, state: &WidgetState, account: &Account, locale: &str) -> Self {
        let m = &widget.manifest;
        let fields = m
            .settings
            .iter()
            .map(|(code, field)| {
                let stored = state.settings.get(code);
                let as_text = |v: Option<&serde_json::Value>| match v {
                    Some(serde_json::Value::String(s)) => s.clone(),
                    Some(serde_json::Value::Null) | None => String::new(),
                    Some(other) => other.to_string(),
                };
                let per_user = |uid: u64| stored.and_then(|v| v.get(uid.to_string()));
                let kind = match &field.kind {
                    FieldType::Pass => FieldKind::Pass {
                        value: as_text(stored),
                    },
                    FieldType::Users => FieldKind::Users {
                        rows: user_rows(account, |id| as_text(per_user(id))),
                    },
                    FieldType::UsersLp => FieldKind::UsersLp {
                        rows: user_rows(account, |id| Login {
                            login: as_text(per_user(id).and_then(|v| v.get("login"))),
                            password: as_text(per_user(id).and_then(|v| v.get("password"))),
                        }),
                    },
                    FieldType::Custom => FieldKind::Custom {
                        value: as_text(stored),
                    },
                    FieldType::Text | FieldType::Unknown(_) => FieldKind::Text {
                        value: as_text(stored),
                    },
                };
                FieldView {
                    code: code.to_owned(),
                    kind,
                    type_name: field.kind.as_str().to_owned(),
                    label: widget.text(&field.name, locale),
                    required: field.required,
                }
            })
            .collect();
        SettingsModal {
            code: widget.code.to_string(),
            name: widget.name(locale),
            short_description: widget.text(&m.widget.short_description, locale),
            description_html: substitute_tags(&widget.text(&m.widget.description, locale), account),
            version: m.widget.version.clone(),
            logo: widget.logo_url("logo_main"),
            installed: state.installed,
            installation: m.widget.installation,
            is_showcase: m.widget.is_showcase,
            support_link: m.widget.support.as_ref().and_then(|s| {
                s.link
                    .clone()
                    .filter(|link| is_web_or_mail_link(link))
                    .or_else(|| s.email.as_ref().map(|e| format!("mailto:{e}")))
            }),
            fields,
            warnings: widget.diagnostics.iter().map(ToString::to_string).collect(),
            redirect_uri: None,
        }
    }
}

/// Whether `link` may become the Support button: only web and mail links,
/// so a `javascript:` URL in a manifest cannot run in the emulator's page.
fn is_web_or_mail_link(link: &str) -> bool {
    let link = link.trim_start().to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| link.starts_with(scheme))
}

/// Replaces the description short tags amoCRM substitutes (docs/platform.md §2.2).
fn substitute_tags(description: &str, account: &Account) -> String {
    let user = account.current_user();
    description
        .replace(
            "#HOST#",
            &format!("{}.{}", account.subdomain, crate::account::BASE_DOMAIN),
        )
        .replace("#SUBDOMAIN#", &account.subdomain)
        .replace("#LOGIN#", &user.login)
        .replace("#API_HASH#", "0000000000000000000000000000000000000000")
        .replace("#ACCOUNT_ID#", &account.id.to_string())
        .replace("#USER_ID#", &user.id.to_string())
        .replace("#TOP_LEVEL_DOMAIN#", "ru")
}

/// Serialises `value` for a `<script type="application/json">` block: `<`
/// becomes `\u003c`, so no string inside can close the script element.
pub fn script_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value)
        .expect("view models serialise")
        .replace('<', "\\u003c")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_close_the_script_element() {
        let s = script_json(&serde_json::json!({"x": "</script><script>alert(1)</script>"}));
        assert!(!s.contains("</script"));
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["x"], "</script><script>alert(1)</script>");
    }

    #[test]
    fn only_web_and_mail_links_become_the_support_button() {
        assert!(is_web_or_mail_link("https://example.org/help"));
        assert!(is_web_or_mail_link("mailto:help@example.org"));
        assert!(!is_web_or_mail_link("javascript:alert(1)"));
        assert!(!is_web_or_mail_link(" JavaScript:alert(1)"));
        assert!(!is_web_or_mail_link(
            "data:text/html,<script>alert(1)</script>"
        ));
    }

    #[test]
    fn description_tags_are_substituted() {
        let a = Account::default();
        assert_eq!(
            substitute_tags("#SUBDOMAIN#/#ACCOUNT_ID#", &a),
            "example/30441694"
        );
    }
}
