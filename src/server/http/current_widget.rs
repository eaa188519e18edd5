//! [`CurrentWidget`], the handler argument for the widget the folder
//! loads to: a handler that takes it runs only when the folder loads.

use std::future::{ready, Ready};
use std::sync::Arc;

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{web, FromRequest, HttpRequest};

use super::Problem;
use crate::server::state::AppState;
use crate::widget::Widget;

/// The widget the folder loads to, as a handler argument. A handler that
/// takes it runs only when the folder loads; otherwise the request is
/// answered `503` with the diagnostics the terminal shows.
pub struct CurrentWidget(pub Arc<Widget>);

impl CurrentWidget {
    /// The current widget of `state`, or the `503` that says why there is none.
    pub fn of(state: &AppState) -> Result<Self, Problem> {
        match &state.widget().result {
            Ok(widget) => Ok(CurrentWidget(widget.clone())),
            Err(failure) => {
                let details: Vec<String> = failure
                    .diagnostics
                    .iter()
                    .map(ToString::to_string)
                    .collect();
                Err(Problem::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    format!(
                        "the widget folder does not load: {}; fix it (see the terminal) and retry",
                        details.join("; ")
                    ),
                ))
            }
        }
    }

    /// The widget, if the URL names it (`404` for any other code).
    pub fn named(self, code: &str) -> Result<Self, Problem> {
        if self.0.code.as_str() == code {
            Ok(self)
        } else {
            Err(Problem::new(
                StatusCode::NOT_FOUND,
                format!("no widget with code {code:?}"),
            ))
        }
    }
}

impl std::ops::Deref for CurrentWidget {
    type Target = Widget;

    fn deref(&self) -> &Widget {
        &self.0
    }
}

impl FromRequest for CurrentWidget {
    type Error = Problem;
    type Future = Ready<Result<Self, Problem>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(match req.app_data::<web::Data<AppState>>() {
            Some(state) => CurrentWidget::of(state),
            None => Err(Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the server state is missing",
            )),
        })
    }
}
