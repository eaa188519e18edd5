//! The card's feed: its notes as the page shows them (text, author, time),
//! with the class names of amoCRM's feed (`.notes-wrapper`,
//! `.feed-note-wrapper`, `.feed-note`; UNCONFIRMED beyond what widgets
//! query, docs/real-widget-usage.md §7), and the composer (`.feed-compose`)
//! that adds a note through `POST /api/v4/<entity>/<id>/notes`.

use crate::account::dates::civil;
use crate::account::entities::Note;
use crate::account::Account;

#[derive(Debug, Clone, PartialEq)]
pub struct FeedNote {
    pub id: u64,
    pub note_type: String,
    pub text: String,
    pub author: String,
    /// `dd.mm.yyyy hh:mm` (UTC).
    pub time: String,
}

impl FeedNote {
    pub fn new(n: &Note, account: &Account) -> FeedNote {
        let c = civil(n.created_at);
        FeedNote {
            id: n.id,
            note_type: n.note_type.clone(),
            text: n.text(),
            author: account.user_name(n.created_by),
            time: format!(
                "{:02}.{:02}.{} {:02}:{:02}",
                c.day, c.month, c.year, c.hour, c.minute
            ),
        }
    }
}
