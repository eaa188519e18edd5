//! Bot runs (docs/salesbot.md §4): the runs in progress, kept in memory
//! (a run is ephemeral, as a test of the bot is), each driven by
//! `account::salesbot::run::Run`; sending a `widget_request` to the widget's
//! backend from the server (as amoCRM does) with its `token`, `data` and
//! `return_url`; giving up on a `continue` that never comes; and taking a
//! `continue`, once per `continue_id` (of concurrent ones exactly one wins:
//! the id leaves the waiting list under the lock that finds it). Every step
//! is printed as a `[salesbot] …` line. Routes call in; nothing here
//! imports a route.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use actix_web::web;
use serde_json::{json, Map, Value};

use super::outgoing;
use super::state::AppState;
use crate::account::salesbot::choices::FIRST_CONTINUE_ID;
use crate::account::salesbot::run::{Next, Run};
use crate::account::salesbot::steps::Call;
use crate::account::salesbot::Bot;

/// How long the backend may take to answer the `widget_request` itself
/// (the bot then waits for `continue` separately).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Default)]
pub struct Runs {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    last_run: u64,
    last_continue: u64,
    runs: HashMap<u64, Run>,
    /// `continue_id` → the run waiting on it.
    waiting: HashMap<u64, u64>,
    /// Run → amo-emu's address as the page that started it reached it.
    origins: HashMap<u64, String>,
}

/// Why a `continue` was not taken.
#[derive(Debug, PartialEq, Eq)]
pub enum ContinueRefused {
    /// No run waits on this id (unknown, used, given up, or another bot's).
    NotWaiting,
}

impl Runs {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The run's state and log, for the page.
    pub fn view(&self, run_id: u64) -> Option<Value> {
        let inner = self.lock();
        let run = inner.runs.get(&run_id)?;
        Some(json!({
            "id": run.id,
            "bot_id": run.bot_id,
            "lead_id": run.lead_id,
            "state": run.state,
            "log": run.log,
        }))
    }
}

/// Starts `bot` on lead `lead_id`; `origin` is amo-emu's address as the
/// page reached it (what `return_url` points at). Returns the run's id.
pub fn start(state: &web::Data<AppState>, bot: &Bot, lead_id: u64, origin: String) -> u64 {
    let id = {
        let mut inner = state.salesbot.lock();
        inner.last_run += 1;
        let id = inner.last_run;
        let mut run = Run::new(id, bot.id, lead_id, bot.steps.clone());
        run.note(
            "start",
            format!(
                "bot #{} \"{}\" started on lead #{lead_id}",
                bot.id, bot.name
            ),
            None,
        );
        inner.runs.insert(id, run);
        inner.origins.insert(id, origin);
        id
    };
    tracing::info!(
        "[salesbot] bot #{} runs on lead #{lead_id} (run {id})",
        bot.id
    );
    let state = state.clone();
    actix_web::rt::spawn(drive(state, id));
    id
}

/// Runs handlers until the run waits or ends; sends each `widget_request`.
async fn drive(state: web::Data<AppState>, run_id: u64) {
    let next = {
        let mut inner = state.salesbot.lock();
        let Inner {
            last_continue,
            runs,
            waiting,
            origins,
            ..
        } = &mut *inner;
        let origin = origins.get(&run_id).cloned().unwrap_or_default();
        let Some(run) = runs.get_mut(&run_id) else {
            return;
        };
        let next = run.advance(|| {
            *last_continue = (*last_continue + 1).max(FIRST_CONTINUE_ID);
            *last_continue
        });
        if let Next::Request { continue_id, .. } = next {
            waiting.insert(continue_id, run_id);
        }
        (next, run.bot_id, origin)
    };
    match next {
        (Next::Finished, bot_id, _) => {
            tracing::info!("[salesbot] bot #{bot_id} (run {run_id}) ended");
        }
        (
            Next::Request {
                url,
                data,
                continue_id,
            },
            bot_id,
            origin,
        ) => {
            let return_url = format!("{origin}/api/v4/salesbot/{bot_id}/continue/{continue_id}");
            let body = json!({
                "token": token(&state, bot_id, continue_id),
                "data": data,
                "return_url": return_url,
            });
            send(&state, run_id, continue_id, &url, body).await;
            let wait = state.config.salesbot_wait;
            tokio::time::sleep(wait).await;
            let mut inner = state.salesbot.lock();
            let gave_up = inner
                .runs
                .get_mut(&run_id)
                .is_some_and(|r| r.time_out(continue_id, wait.as_secs()));
            if gave_up {
                inner.waiting.remove(&continue_id);
                tracing::warn!(
                    "[salesbot] bot #{bot_id} (run {run_id}): no continue for {continue_id} within {} s; it stopped waiting",
                    wait.as_secs()
                );
            }
        }
    }
}

/// POSTs the `widget_request` body and logs the answer; a request that
/// got no 2xx answer ends the run (nothing will continue it).
async fn send(state: &AppState, run_id: u64, continue_id: u64, url: &str, body: Value) {
    let shown = {
        let mut b = body.clone();
        b["token"] = Value::String(crate::account::oauth::shortened(
            b["token"].as_str().unwrap_or_default(),
        ));
        b
    };
    let report = if outgoing::is_http_url(url) {
        outgoing::post(
            "Salesbot widget_request",
            url,
            "application/json",
            body.to_string(),
            shown,
            REQUEST_TIMEOUT,
        )
        .await
    } else {
        outgoing::Report::bad_url(
            url,
            shown,
            format!("{url:?} is not an http(s) URL: the widget_request step's params.url"),
        )
    };
    tracing::info!("[salesbot] widget_request → {url}: {}", report.summary());
    let mut inner = state.salesbot.lock();
    let Some(run) = inner.runs.get_mut(&run_id) else {
        return;
    };
    let ok = report.ok;
    run.note(
        "request",
        format!("widget_request → {url}: {}", report.summary()),
        serde_json::to_value(&report).ok(),
    );
    let why = "the widget_request got no 2xx answer, so no backend will continue the bot: it stops";
    if !ok && run.abort(continue_id, why.into()) {
        inner.waiting.remove(&continue_id);
    }
}

/// Takes a `continue` of `bot_id` for `continue_id` and lets the run go on.
pub fn resume(
    state: &web::Data<AppState>,
    bot_id: u64,
    continue_id: u64,
    data: Map<String, Value>,
    calls: Vec<Call>,
) -> Result<u64, ContinueRefused> {
    let run_id = {
        let mut inner = state.salesbot.lock();
        let run_id = *inner
            .waiting
            .get(&continue_id)
            .ok_or(ContinueRefused::NotWaiting)?;
        let Some(run) = inner.runs.get_mut(&run_id) else {
            return Err(ContinueRefused::NotWaiting);
        };
        if run.bot_id != bot_id || !run.resume(continue_id, data, calls) {
            return Err(ContinueRefused::NotWaiting);
        }
        inner.waiting.remove(&continue_id);
        run_id
    };
    tracing::info!("[salesbot] bot #{bot_id} continued ({continue_id}), run {run_id} goes on");
    actix_web::rt::spawn(drive(state.clone(), run_id));
    Ok(run_id)
}

/// The `token` of a `widget_request`: the integration's disposable token
/// naming the bot and the step to continue (docs/salesbot.md §4).
fn token(state: &AppState, bot_id: u64, continue_id: u64) -> String {
    let mut extra = Map::new();
    extra.insert("bot_id".into(), bot_id.into());
    extra.insert("continue_id".into(), continue_id.into());
    super::integration::disposable_token(state, extra)
}
