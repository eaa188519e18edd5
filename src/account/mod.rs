//! The emulated amoCRM account: who the users are (fixed, sensible defaults)
//! and what they did (installed widgets and their settings, kept on disk by
//! [`store::Store`]).

pub mod dates;
pub mod dp_triggers;
pub mod entities;
pub mod history;
pub mod ids;
pub mod legacy;
pub mod oauth;
pub mod pipelines;
pub mod reset;
pub mod salesbot;
pub mod sources;
pub mod store;
pub mod tags;
pub mod viewer;
pub mod webhooks;
pub mod writes;

use serde::Serialize;

pub use store::{AccountState, Store, StoreError, WidgetState};
pub use viewer::{CurrentUser, LiveLocale, LOCALES};

/// The domain the emulated account lives under (`example.amocrm.ru`).
pub const BASE_DOMAIN: &str = "amocrm.ru";

/// The account the emulator pretends to be. Constant for a run: it is what
/// `APP.constant('account')`, `system()` and the users fields are built from.
#[derive(Debug, Clone, Serialize)]
pub struct Account {
    pub id: u64,
    pub name: String,
    pub subdomain: String,
    /// Switchable while serving (the top bar's user switcher).
    pub current_user_id: CurrentUser,
    pub timezone: String,
    pub currency: String,
    pub users: Vec<User>,
}

#[derive(Debug, Clone, Serialize)]
pub struct User {
    pub id: u64,
    pub name: String,
    pub login: String,
    pub is_admin: bool,
    pub active: bool,
    pub group_id: u64,
    pub phone: String,
}

impl Default for Account {
    fn default() -> Self {
        let user = |id, name: &str, login: &str, is_admin, phone: &str| User {
            id,
            name: name.to_owned(),
            login: login.to_owned(),
            is_admin,
            active: true,
            group_id: 0,
            phone: phone.to_owned(),
        };
        Account {
            id: 30441694,
            name: "Example Trading Co.".to_owned(),
            subdomain: "example".to_owned(),
            current_user_id: CurrentUser::new(504141),
            timezone: "Europe/Moscow".to_owned(),
            currency: "RUB".to_owned(),
            users: vec![
                user(
                    504141,
                    "Anna Petrova",
                    "anna@example.com",
                    true,
                    "+7 900 000-00-01",
                ),
                user(
                    504142,
                    "Boris Ivanov",
                    "boris@example.com",
                    false,
                    "+7 900 000-00-02",
                ),
                user(
                    504143,
                    "Clara Smirnova",
                    "clara@example.com",
                    false,
                    "+7 900 000-00-03",
                ),
            ],
        }
    }
}

impl Account {
    /// The user with this id, if the account has one.
    pub fn user(&self, id: u64) -> Option<&User> {
        self.users.iter().find(|u| u.id == id)
    }

    /// The name pages show for a user id; an id the account does not know
    /// (a hand-edited `state.json`) is shown as such rather than hidden.
    pub fn user_name(&self, id: u64) -> String {
        self.user(id)
            .map_or_else(|| format!("user {id}"), |u| u.name.clone())
    }

    pub fn current_user(&self) -> &User {
        self.user(self.current_user_id.get())
            .unwrap_or(&self.users[0])
    }
}
