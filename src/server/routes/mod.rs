//! HTTP routes, one file per kind of resource.

pub mod api;
pub mod assets;
pub mod digital_pipeline;
pub mod dp_actions;
pub mod events;
pub mod inspector;
pub mod pages;
pub mod pipelines;
pub mod reset;
pub mod settings_pages;
pub mod sources;
pub mod viewer;
pub mod widget_files;

use actix_web::web;

/// Where the widget's files are served: `params.path` in the runtime.
/// amoCRM serves widgets from `/upl/<code>/widget` (no trailing slash; the
/// exact production URL is UNCONFIRMED, spec §12.1).
pub fn widget_base_path(code: &str) -> String {
    format!("/upl/{code}/widget")
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.configure(pages::configure)
        .configure(settings_pages::configure)
        .configure(api::configure)
        .configure(pipelines::configure)
        .configure(sources::configure)
        .configure(digital_pipeline::configure)
        .configure(dp_actions::configure)
        .configure(widget_files::configure)
        .configure(assets::configure)
        .configure(events::configure)
        .configure(inspector::configure)
        .configure(viewer::configure)
        .configure(reset::configure);
}
