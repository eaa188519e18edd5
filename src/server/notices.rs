//! What the terminal has already been told, so each notice is printed once:
//! "GET /api/v4/foo is not emulated" once per method and path, "the
//! widget's request to https://host failed" once per host, whatever the
//! page sends through `POST /amo-emu/notices` once per key. Also the budget
//! of host probes the notices endpoint may run (see `server::probe`). Holds
//! and counts; it does not print or decide what a notice says.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How many distinct notices are remembered. Past it, new ones are no
/// longer printed (one line says so), so a page that makes up keys in a
/// loop cannot flood the terminal or grow the set without bound.
pub const MAX_REMEMBERED: usize = 500;
/// How many host probes may start within [`PROBE_WINDOW`]: enough for a
/// widget that talks to a handful of backends, far too few to scan ports.
pub const MAX_PROBES_PER_WINDOW: usize = 10;
pub const PROBE_WINDOW: Duration = Duration::from_secs(60);

/// What [`Notices::first`] decided about one notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seen {
    /// Never seen: print it.
    New,
    /// Printed before.
    Again,
    /// The memory is full; this is the first notice dropped (print that).
    JustFull,
    /// The memory is full and that was said already.
    Full,
}

#[derive(Default)]
pub struct Notices {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    printed: HashSet<String>,
    said_full: bool,
    /// When each probe of the current window started.
    probes: VecDeque<Instant>,
    /// The answer of each host:port probed, so a second report of the same
    /// host does not probe it again.
    probed: HashMap<String, String>,
}

impl Notices {
    /// Whether `key` is new (and remembers it).
    pub fn first(&self, key: &str) -> Seen {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if inner.printed.contains(key) {
            return Seen::Again;
        }
        if inner.printed.len() >= MAX_REMEMBERED {
            if inner.said_full {
                return Seen::Full;
            }
            inner.said_full = true;
            return Seen::JustFull;
        }
        inner.printed.insert(key.to_owned());
        Seen::New
    }

    /// The earlier answer of a probe of `target`, if there was one.
    pub fn probed(&self, target: &str) -> Option<String> {
        let inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        inner.probed.get(target).cloned()
    }

    pub fn remember_probe(&self, target: &str, answer: &str) {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if inner.probed.len() < MAX_REMEMBERED {
            inner.probed.insert(target.to_owned(), answer.to_owned());
        }
    }

    /// Takes one probe from the budget; false when it is spent.
    pub fn take_probe(&self, now: Instant) -> bool {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        while inner
            .probes
            .front()
            .is_some_and(|t| now.duration_since(*t) >= PROBE_WINDOW)
        {
            inner.probes.pop_front();
        }
        if inner.probes.len() >= MAX_PROBES_PER_WINDOW {
            return false;
        }
        inner.probes.push_back(now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_each_key_once_and_stops_when_full() {
        let n = Notices::default();
        assert_eq!(n.first("a"), Seen::New);
        assert_eq!(n.first("a"), Seen::Again);
        for i in 1..MAX_REMEMBERED {
            assert_eq!(n.first(&i.to_string()), Seen::New);
        }
        assert_eq!(n.first("late"), Seen::JustFull);
        assert_eq!(n.first("later"), Seen::Full);
        assert_eq!(n.first("a"), Seen::Again);
    }

    #[test]
    fn probe_budget_refills_after_the_window() {
        let n = Notices::default();
        let t0 = Instant::now();
        for _ in 0..MAX_PROBES_PER_WINDOW {
            assert!(n.take_probe(t0));
        }
        assert!(!n.take_probe(t0 + Duration::from_secs(1)));
        assert!(n.take_probe(t0 + PROBE_WINDOW));
    }
}
