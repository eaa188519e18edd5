//! HTTP routes, one file per kind of resource.

pub mod api;
pub mod assets;
pub mod crm_pages;
pub mod digital_pipeline;
pub mod dp_actions;
pub mod events;
pub mod not_emulated;
pub mod pages;
pub mod pipelines;
pub mod settings_pages;
pub mod sources;
pub mod widget_files;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.configure(pages::configure)
        .configure(settings_pages::configure)
        .configure(crm_pages::configure)
        .configure(api::configure)
        .configure(pipelines::configure)
        .configure(sources::configure)
        .configure(digital_pipeline::configure)
        .configure(dp_actions::configure)
        .configure(widget_files::configure)
        .configure(assets::configure)
        .configure(events::configure)
        .configure(not_emulated::configure);
}
