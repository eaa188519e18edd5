//! The account's Salesbots (docs/salesbot.md): each bot as the designer
//! saved it (the widget handler placed, its settings values, its exits and
//! the steps the widget's `onSalesbotDesignerSave` returned), the steps
//! language ([`steps`]), one run of a bot ([`run`]) and the choices made
//! where the docs are silent ([`choices`]). Data only: the caller writes
//! through [`crate::account::Store::update`] and keeps runs in memory.

pub mod choices;
pub mod run;
pub mod steps;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use steps::Step;

/// Longest bot name kept.
pub const MAX_NAME_CHARS: usize = 255;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bot {
    pub id: u64,
    pub name: String,
    pub widget_code: String,
    pub handler_code: String,
    /// The handler's settings values, as the designer's inputs held them.
    #[serde(default)]
    pub params: Map<String, Value>,
    /// `salesbotDesignerSettings`' `{exits}`, as returned.
    #[serde(default)]
    pub exits: Vec<Value>,
    pub steps: Vec<Step>,
    pub created_at: u64,
    pub updated_at: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Salesbots {
    #[serde(default)]
    pub next_id: u64,
    #[serde(default)]
    pub items: Vec<Bot>,
}

/// What the designer's Save sends.
#[derive(Debug, Clone)]
pub struct Design {
    pub name: String,
    pub widget_code: String,
    pub handler_code: String,
    pub params: Map<String, Value>,
    pub exits: Vec<Value>,
    pub steps: Vec<Step>,
}

impl Salesbots {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn get(&self, id: u64) -> Option<&Bot> {
        self.items.iter().find(|b| b.id == id)
    }

    /// Stores `design` as bot `id`, or as a new bot; None when `id` is
    /// not a bot of the account.
    pub fn save(&mut self, id: Option<u64>, design: Design, now: u64) -> Option<Bot> {
        let name: String = design.name.trim().chars().take(MAX_NAME_CHARS).collect();
        if let Some(id) = id {
            let bot = self.items.iter_mut().find(|b| b.id == id)?;
            *bot = Bot {
                id,
                name,
                widget_code: design.widget_code,
                handler_code: design.handler_code,
                params: design.params,
                exits: design.exits,
                steps: design.steps,
                created_at: bot.created_at,
                updated_at: now,
            };
            return Some(bot.clone());
        }
        let id = self.next_id.max(choices::FIRST_BOT_ID);
        self.next_id = id + 1;
        let name = if name.is_empty() {
            format!("Bot #{id}")
        } else {
            name
        };
        let bot = Bot {
            id,
            name,
            widget_code: design.widget_code,
            handler_code: design.handler_code,
            params: design.params,
            exits: design.exits,
            steps: design.steps,
            created_at: now,
            updated_at: now,
        };
        self.items.push(bot.clone());
        Some(bot)
    }

    /// Removes the bots of widget `code` (a reset); how many there were.
    pub fn forget_widget(&mut self, code: &str) -> usize {
        let before = self.items.len();
        self.items.retain(|b| b.widget_code != code);
        before - self.items.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn design(name: &str) -> Design {
        Design {
            name: name.into(),
            widget_code: "w".into(),
            handler_code: "h".into(),
            params: Map::new(),
            exits: vec![],
            steps: vec![],
        }
    }

    #[test]
    fn new_bots_get_increasing_ids_and_an_update_keeps_its_id() {
        let mut bots = Salesbots::default();
        let a = bots.save(None, design(""), 10).unwrap();
        let b = bots.save(None, design(" Greeter "), 11).unwrap();
        assert_eq!(
            (a.id, b.id),
            (choices::FIRST_BOT_ID, choices::FIRST_BOT_ID + 1)
        );
        assert_eq!(a.name, format!("Bot #{}", a.id));
        assert_eq!(b.name, "Greeter");
        let a2 = bots.save(Some(a.id), design("Renamed"), 12).unwrap();
        assert_eq!((a2.id, a2.created_at, a2.updated_at), (a.id, 10, 12));
        assert!(bots.save(Some(1), design("x"), 13).is_none());
        assert_eq!(bots.forget_widget("w"), 2);
    }
}
