//! One run of a bot on a lead: the steps interpreted one handler after
//! another (docs/salesbot.md §3), stopping at a `widget_request` until the
//! backend continues it (§4), and a log of everything that happened, for
//! the page. Pure: the server sends the requests and keeps the runs.

use std::collections::VecDeque;

use serde::Serialize;
use serde_json::{Map, Value};

use super::choices::FIRST_STEP;
use super::steps::{Call, Step};

/// Handlers run without waiting before a run is stopped as a loop.
pub const MAX_HANDLERS_WITHOUT_WAITING: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RunState {
    Running,
    /// Waiting for `continue` with this id.
    Waiting {
        continue_id: u64,
    },
    Finished,
    /// No `continue` came in time.
    TimedOut,
}

/// One line of the run log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// `show`, `goto`, `request`, `answer`, `continue`, `not_emulated`,
    /// `finish`, `timeout`, `error`.
    pub kind: &'static str,
    pub text: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub buttons: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<Value>,
}

/// What the server must do next for a run.
#[derive(Debug, Clone, PartialEq)]
pub enum Next {
    /// POST the documented body to `url` (docs/salesbot.md §4), then wait.
    Request {
        url: String,
        data: Value,
        continue_id: u64,
    },
    /// Nothing: the run is over.
    Finished,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Question,
    Answer,
}

#[derive(Debug, Clone)]
pub struct Run {
    pub id: u64,
    pub bot_id: u64,
    pub lead_id: u64,
    pub state: RunState,
    pub log: Vec<Entry>,
    steps: Vec<Step>,
    step: usize,
    phase: Phase,
    index: usize,
    /// `execute_handlers` of the last `continue`, run before the steps go on.
    pending: VecDeque<Call>,
    /// `data` of every `continue` so far (`{{json.<key>}}`).
    json: Map<String, Value>,
}

impl Run {
    pub fn new(id: u64, bot_id: u64, lead_id: u64, steps: Vec<Step>) -> Run {
        Run {
            id,
            bot_id,
            lead_id,
            state: RunState::Running,
            log: Vec::new(),
            steps,
            step: FIRST_STEP as usize,
            phase: Phase::Question,
            index: 0,
            pending: VecDeque::new(),
            json: Map::new(),
        }
    }

    /// Adds a line to the log (the server's requests and answers).
    pub fn note(&mut self, kind: &'static str, text: String, detail: Option<Value>) {
        self.log.push(Entry {
            kind,
            text,
            buttons: Vec::new(),
            detail,
        });
    }

    fn finish(&mut self, text: String) -> Next {
        self.note("finish", text, None);
        self.state = RunState::Finished;
        Next::Finished
    }

    /// Runs handlers until one waits for the backend or the bot ends;
    /// `next_continue_id` gives the id a `widget_request` waits on.
    pub fn advance(&mut self, mut next_continue_id: impl FnMut() -> u64) -> Next {
        if self.state != RunState::Running {
            return Next::Finished;
        }
        for _ in 0..MAX_HANDLERS_WITHOUT_WAITING {
            let call = match self.pending.pop_front() {
                Some(call) => call,
                None => match self.current() {
                    Some(call) => {
                        self.index += 1;
                        call
                    }
                    None => return self.end_of_step(),
                },
            };
            if let Some(next) = self.execute(&call, &mut next_continue_id) {
                return next;
            }
        }
        self.finish(format!(
            "the bot ran {MAX_HANDLERS_WITHOUT_WAITING} handlers without waiting for anything: stopped (a goto loop?)"
        ))
    }

    fn current(&self) -> Option<Call> {
        let step = self.steps.get(self.step)?;
        let list = match self.phase {
            Phase::Question => &step.question,
            Phase::Answer => &step.answer,
        };
        list.get(self.index).cloned()
    }

    fn end_of_step(&mut self) -> Next {
        let n = self.step;
        let waits_for_answer = self.phase == Phase::Question
            && self.steps.get(n).is_some_and(|s| !s.answer.is_empty());
        if waits_for_answer {
            return self.finish(format!(
                "step {n} waits for the client's answer in the chat; chats are not emulated, so the bot ends here"
            ));
        }
        self.finish(format!(
            "step {n} is done and names no next step (goto): the bot ends"
        ))
    }

    /// Runs one handler; `Some` when the run must stop or wait.
    fn execute(&mut self, call: &Call, next_continue_id: &mut impl FnMut() -> u64) -> Option<Next> {
        let p = &call.params;
        match call.handler.as_str() {
            "show" => {
                self.show(p);
                None
            }
            "goto" => self.goto(p),
            "widget_request" => {
                let url = p.get("url").and_then(Value::as_str).unwrap_or_default();
                let continue_id = next_continue_id();
                self.state = RunState::Waiting { continue_id };
                Some(Next::Request {
                    url: url.to_owned(),
                    data: p.get("data").cloned().unwrap_or(Value::Object(Map::new())),
                    continue_id,
                })
            }
            other => {
                self.note(
                    "not_emulated",
                    format!("handler {other} is not emulated: skipped, the next handler runs"),
                    Some(p.clone()),
                );
                None
            }
        }
    }

    fn show(&mut self, p: &Value) {
        let kind = p.get("type").and_then(Value::as_str).unwrap_or("text");
        let text = self.fill(p.get("value").and_then(Value::as_str).unwrap_or_default());
        let buttons: Vec<String> = p
            .get("buttons")
            .and_then(Value::as_array)
            .map(|b| b.iter().map(|v| self.fill(&text_of(v))).collect())
            .unwrap_or_default();
        match kind {
            "text" | "buttons" | "buttons_url" => self.log.push(Entry {
                kind: "show",
                text,
                buttons,
                detail: Some(Value::String(kind.to_owned())),
            }),
            other => self.note(
                "not_emulated",
                format!("show of type {other} is not emulated: skipped"),
                Some(p.clone()),
            ),
        }
    }

    fn goto(&mut self, p: &Value) -> Option<Next> {
        let kind = p.get("type").and_then(Value::as_str).unwrap_or("question");
        let step = p.get("step").and_then(|v| {
            v.as_u64()
                .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
        });
        self.pending.clear();
        let phase = match kind {
            "finish" => return Some(self.finish("goto finish: the bot ends".into())),
            "question" => Phase::Question,
            "answer" => Phase::Answer,
            other => {
                return Some(self.finish(format!(
                    "goto of type {other:?} (not question, answer or finish): the bot ends"
                )))
            }
        };
        let Some(step) = step
            .and_then(|s| s.checked_sub(FIRST_STEP))
            .map(|s| s as usize)
        else {
            return Some(self.finish("goto without a step number: the bot ends".into()));
        };
        if step >= self.steps.len() {
            return Some(self.finish(format!(
                "goto step {step}: the bot has steps 0 to {}; it ends",
                self.steps.len().saturating_sub(1)
            )));
        }
        self.note("goto", format!("goto {kind} of step {step}"), None);
        (self.step, self.phase, self.index) = (step, phase, 0);
        None
    }

    /// `{{json.<key>}}` replaced by the value a `continue` gave it.
    fn fill(&self, text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find("{{json.") {
            let Some(len) = rest[start..].find("}}") else {
                break;
            };
            let key = rest[start + 7..start + len].trim();
            out.push_str(&rest[..start]);
            match self.json.get(key) {
                Some(v) => out.push_str(&text_of(v)),
                None => out.push_str(&rest[start..start + len + 2]),
            }
            rest = &rest[start + len + 2..];
        }
        out.push_str(rest);
        out
    }

    /// Takes a `continue` for `continue_id`: its data and handlers are
    /// used, the run goes on. False when the run does not wait on that id.
    pub fn resume(&mut self, continue_id: u64, data: Map<String, Value>, calls: Vec<Call>) -> bool {
        if self.state != (RunState::Waiting { continue_id }) {
            return false;
        }
        self.note(
            "continue",
            format!(
                "the backend continued the bot ({} handler(s) to run)",
                calls.len()
            ),
            Some(serde_json::json!({"data": data, "execute_handlers": calls})),
        );
        self.json.extend(data);
        self.pending = calls.into();
        self.state = RunState::Running;
        true
    }

    /// Ends a run waiting on `continue_id` for the reason given.
    pub fn abort(&mut self, continue_id: u64, why: String) -> bool {
        if self.state != (RunState::Waiting { continue_id }) {
            return false;
        }
        self.note("error", why, None);
        self.state = RunState::Finished;
        true
    }

    /// Gives up waiting on `continue_id`, if the run still does.
    pub fn time_out(&mut self, continue_id: u64, waited_secs: u64) -> bool {
        if self.state != (RunState::Waiting { continue_id }) {
            return false;
        }
        self.note(
            "timeout",
            format!("no continue for continue_id {continue_id} within {waited_secs} s: the bot stopped waiting"),
            None,
        );
        self.state = RunState::TimedOut;
        true
    }
}

fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests;
