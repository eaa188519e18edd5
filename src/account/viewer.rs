//! Who is looking at the emulated account, and in which language: the
//! current user and the interface locale. Both start from the defaults and
//! `--locale`, and the top bar's switchers change them while serving, so a
//! developer can see their widget as a non-admin manager or in Spanish.
//! Atomics, so every request reads one consistent value without a lock.

use std::fmt;
use std::ops::Deref;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use serde::{Serialize, Serializer};

/// The interface languages amoCRM/Kommo offers (docs/platform.md §3), in menu order.
pub const LOCALES: [&str; 4] = ["ru", "en", "es", "pt"];

/// The current interface locale; reads as a `&str` (one of [`LOCALES`]).
#[derive(Debug)]
pub struct LiveLocale(AtomicUsize);

impl LiveLocale {
    /// `code` if it is one of [`LOCALES`], else English.
    pub fn new(code: &str) -> Self {
        LiveLocale(AtomicUsize::new(index_of(code).unwrap_or(1)))
    }

    /// Switches to `code`; false (and no change) if it is not a known locale.
    pub fn set(&self, code: &str) -> bool {
        match index_of(code) {
            Some(i) => {
                self.0.store(i, Ordering::Relaxed);
                true
            }
            None => false,
        }
    }
}

fn index_of(code: &str) -> Option<usize> {
    LOCALES.iter().position(|l| *l == code)
}

impl Deref for LiveLocale {
    type Target = str;
    fn deref(&self) -> &str {
        LOCALES[self.0.load(Ordering::Relaxed)]
    }
}

impl Clone for LiveLocale {
    fn clone(&self) -> Self {
        LiveLocale::new(self)
    }
}

impl fmt::Display for LiveLocale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl Serialize for LiveLocale {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

/// The id of the user the pages are shown as (`APP.constant('user')`,
/// `system().amouser_id`); serialises as the number.
#[derive(Debug)]
pub struct CurrentUser(AtomicU64);

impl CurrentUser {
    pub fn new(id: u64) -> Self {
        CurrentUser(AtomicU64::new(id))
    }

    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }

    pub fn set(&self, id: u64) {
        self.0.store(id, Ordering::Relaxed);
    }
}

impl Clone for CurrentUser {
    fn clone(&self) -> Self {
        CurrentUser::new(self.get())
    }
}

impl PartialEq<u64> for CurrentUser {
    fn eq(&self, other: &u64) -> bool {
        self.get() == *other
    }
}

impl Serialize for CurrentUser {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u64(self.get())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_switches_only_to_known_codes() {
        let l = LiveLocale::new("ru");
        assert_eq!(&*l, "ru");
        assert!(l.set("pt"));
        assert_eq!(l.to_string(), "pt");
        assert!(!l.set("de"));
        assert_eq!(&*l, "pt");
        assert_eq!(serde_json::to_string(&l).unwrap(), "\"pt\"");
    }

    #[test]
    fn current_user_serialises_as_its_id() {
        let u = CurrentUser::new(7);
        u.set(9);
        assert_eq!(serde_json::to_string(&u).unwrap(), "9");
    }
}
