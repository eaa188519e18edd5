//! Where a widget runs among the card and list pages, read from its
//! manifest: for one area (`lcard`, `llist` …), whether the widget is
//! initialised there and whether it gets a block in the right-hand widgets
//! column (docs/platform.md §2.3: `-1` column, `-0` no column, no suffix = `-1`).
//!
//! Whether a card shows the widget's card SDK tab ([`card_sdk_tab`]) is
//! decided here as well. `everywhere` and `init_once` are decided here too, in one place, because
//! amoCRM's two pages disagree about `everywhere` (docs/platform.md, open question 10):
//! [`EVERYWHERE_AREAS`] is the reading amo-emu takes. No HTTP, no I/O.

use super::manifest::{Area, Manifest};

/// The areas an `everywhere` widget is initialised in. amoCRM's areas page
/// restricts it to the card and list areas; another page says "every page"
/// (UNCONFIRMED). amo-emu takes the narrower reading, so a widget that
/// works here does not depend on being run on pages where amoCRM may not
/// run it. To switch to "every page", widen this list.
pub const EVERYWHERE_AREAS: &[Area] = &[
    Area::Lcard,
    Area::Cucard,
    Area::Ccard,
    Area::Comcard,
    Area::Llist,
    Area::Culist,
    Area::Clist,
    Area::Tlist,
];

/// Why a widget runs in an area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The area is in `locations`.
    Declared,
    /// Through `everywhere` (always without a column, docs/platform.md §2.3).
    Everywhere,
    /// `init_once: true` widgets are built on every page (docs/platform.md §12.4).
    InitOnce,
}

/// How a widget runs in one area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    pub reason: Reason,
    /// Whether it gets a block in the right-hand widgets column.
    pub column: bool,
}

/// How the widget of `manifest` runs in `area`, or `None` when it does not.
pub fn placement(manifest: &Manifest, area: &Area) -> Option<Placement> {
    let declared = manifest.locations.iter().find(|l| &l.area == area);
    if let Some(l) = declared {
        return Some(Placement {
            reason: Reason::Declared,
            column: l.column.unwrap_or(true),
        });
    }
    let everywhere = manifest.has_location(Area::Everywhere) && EVERYWHERE_AREAS.contains(area);
    if everywhere {
        return Some(Placement {
            reason: Reason::Everywhere,
            column: false,
        });
    }
    manifest.widget.init_once.then_some(Placement {
        reason: Reason::InitOnce,
        column: false,
    })
}

/// The card areas a `card_sdk` tab is shown in: the docs pair `card_sdk`
/// with `lcard`, `ccard`, `comcard` (docs/left-menu-card-sdk.md §2).
pub const CARD_SDK_AREAS: [Area; 3] = [Area::Lcard, Area::Ccard, Area::Comcard];

/// Whether the card of `area` shows the widget's card SDK tab: `card_sdk`
/// is declared, and so is this card's own location (either suffix; through
/// `everywhere` or `init_once` alone it is not, UNCONFIRMED).
pub fn card_sdk_tab(manifest: &Manifest, area: &Area) -> bool {
    manifest.has_location(Area::CardSdk)
        && CARD_SDK_AREAS.contains(area)
        && placement(manifest, area).is_some_and(|p| p.reason == Reason::Declared)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(locations: &[&str], init_once: bool) -> Manifest {
        let json = serde_json::json!({
            "widget": {"name": "n", "description": "d", "short_description": "s",
                       "version": "1.0.0", "interface_version": 2, "init_once": init_once,
                       "locale": ["en"], "installation": true},
            "locations": locations,
            "settings": {}
        });
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn suffix_decides_the_column_and_no_suffix_means_one() {
        let m = manifest(&["lcard-1", "ccard-0", "llist"], false);
        assert_eq!(placement(&m, &Area::Lcard).map(|p| p.column), Some(true));
        assert_eq!(placement(&m, &Area::Ccard).map(|p| p.column), Some(false));
        assert_eq!(placement(&m, &Area::Llist).map(|p| p.column), Some(true));
        assert_eq!(placement(&m, &Area::Comcard), None);
    }

    #[test]
    fn everywhere_runs_in_card_and_list_areas_without_a_column() {
        let m = manifest(&["everywhere"], false);
        let p = placement(&m, &Area::Tlist).unwrap();
        assert_eq!((p.reason, p.column), (Reason::Everywhere, false));
        assert_eq!(placement(&m, &Area::Settings), None);
    }

    #[test]
    fn card_sdk_tab_needs_card_sdk_and_the_cards_own_location() {
        let m = manifest(&["lcard-0", "card_sdk", "llist-1"], true);
        assert!(card_sdk_tab(&m, &Area::Lcard));
        assert!(!card_sdk_tab(&m, &Area::Ccard), "init_once alone is no tab");
        assert!(!card_sdk_tab(&m, &Area::Llist));
        assert!(!card_sdk_tab(&manifest(&["lcard-1"], false), &Area::Lcard));
    }

    #[test]
    fn init_once_runs_everywhere_but_a_declared_column_still_counts() {
        let m = manifest(&["lcard-1"], true);
        assert_eq!(
            placement(&m, &Area::Lcard).unwrap().reason,
            Reason::Declared
        );
        assert_eq!(
            placement(&m, &Area::Clist).unwrap().reason,
            Reason::InitOnce
        );
    }
}
