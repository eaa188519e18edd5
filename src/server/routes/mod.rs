//! HTTP routes, one file per kind of resource.

pub mod account_api;
pub mod ajax_widgets;
pub mod api;
pub mod assets;
pub mod communications;
pub mod crm_api;
pub mod crm_pages;
pub mod crm_post;
pub mod crm_write;
pub mod custom_fields;
pub mod digital_pipeline;
pub mod dp_actions;
pub mod events;
pub mod history_api;
pub mod inspector;
pub mod legacy;
pub mod links_api;
pub mod not_emulated;
pub mod not_emulated_module;
pub mod notices;
pub mod oauth;
pub mod pages;
pub mod pipelines;
pub mod reset;
pub mod salesbot;
pub mod salesbot_api;
pub mod settings_pages;
pub mod sources;
pub mod tags_api;
pub mod viewer;
pub mod webhooks_api;
pub mod widget_files;
pub mod widget_pages;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.configure(pages::configure)
        .configure(settings_pages::configure)
        .configure(widget_pages::configure)
        .configure(crm_pages::configure)
        .configure(api::configure)
        .configure(account_api::configure)
        .configure(ajax_widgets::configure)
        .configure(pipelines::configure)
        .configure(crm_api::configure)
        .configure(crm_write::configure)
        .configure(custom_fields::configure)
        .configure(tags_api::configure)
        .configure(links_api::configure)
        .configure(legacy::configure)
        .configure(history_api::configure)
        .configure(webhooks_api::configure)
        .configure(sources::configure)
        .configure(digital_pipeline::configure)
        .configure(dp_actions::configure)
        .configure(communications::configure)
        .configure(salesbot::configure)
        .configure(salesbot_api::configure)
        .configure(widget_files::configure)
        .configure(assets::configure)
        .configure(events::configure)
        .configure(not_emulated_module::configure)
        .configure(notices::configure)
        .configure(oauth::configure)
        .configure(crm_post::configure)
        .configure(inspector::configure)
        .configure(viewer::configure)
        .configure(reset::configure)
        // Last: it answers whatever /api, /private and /ajax path nothing
        // above took.
        .configure(not_emulated::configure);
}
