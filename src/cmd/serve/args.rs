//! `serve`'s command line: every flag with its help text (what
//! `amo-emu serve --help` prints), parsed by clap and checked once into
//! the run's configuration by `super::ServeConfig::try_from_args`.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::ValueEnum;

use crate::cmd::integration::IntegrationArgs;

/// Port used when `--port` is not given.
pub const DEFAULT_PORT: u16 = 3030;

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The widget folder (the one holding manifest.json).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,

    /// Port to listen on; 0 picks a free one.
    #[arg(long, short, default_value_t = DEFAULT_PORT, value_name = "N")]
    pub port: u16,

    /// Address to bind. Keep the default (loopback) unless you know why:
    /// anything else exposes the dev server to your network.
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDR")]
    pub host: IpAddr,

    /// Widget code to serve under (default: manifest widget.code, else the
    /// folder name in snake_case, e.g. my-widget → my_widget).
    #[arg(long, value_name = "CODE")]
    pub code: Option<String>,

    /// Interface language of the emulated user (APP.lang_id); picks
    /// i18n/<locale>.json, falling back to the manifest's first locale.
    #[arg(long, value_enum, default_value_t = Locale::En)]
    pub locale: Locale,

    /// Open the marketplace page in the default browser once serving.
    #[arg(long)]
    pub open: bool,

    /// Quiet time after a file change before the browser reloads, in
    /// milliseconds: merges an editor's multi-step save into one reload.
    #[arg(long, default_value_t = crate::watch::DEFAULT_DEBOUNCE.as_millis() as u64, value_name = "MS")]
    pub debounce: u64,

    /// Reload the whole page when the widget's code or templates change,
    /// instead of swapping them in place. Use it when a widget leaves
    /// something behind that its `destroy` callback does not clean up
    /// (timers, handlers outside its `.<code>` event namespace).
    #[arg(long)]
    pub no_hot: bool,

    /// Leave the inspector (its panel, rule checks and the locale and user
    /// switchers) off every page: the pages load the runtime and the widget
    /// only. For measuring what the inspector costs, or a page without it.
    #[arg(long)]
    pub no_inspector: bool,

    /// Poll the folder for changes instead of using OS notifications (for
    /// network drives, containers, or when the OS watch limit is reached).
    #[arg(long)]
    pub poll: bool,

    /// Also watch node_modules/, bower_components/ and the VCS and editor
    /// folders (.git/, .hg/, .svn/, .idea/, .vscode/), which are left out
    /// by default so start-up does not grow with them. Their files are
    /// served either way.
    #[arg(long)]
    pub watch_all: bool,

    /// Also accept requests whose Host is NAME (e.g. a name in /etc/hosts).
    /// By default only localhost, *.localhost and loopback IPs are accepted,
    /// which defeats DNS-rebinding attacks. Repeatable.
    #[arg(long = "allowed-host", value_name = "NAME")]
    pub allowed_hosts: Vec<String>,

    /// Send the Digital Pipeline test webhook here instead of the manifest's
    /// dp.webhook_url (e.g. http://127.0.0.1:8080/amo/dp for a local backend).
    #[arg(long = "dp-webhook-url", value_name = "URL")]
    pub dp_webhook_url: Option<String>,

    /// Subscribe URL to every account webhook event (add_lead, status_lead,
    /// note_lead …): after each change to the account, amo-emu POSTs
    /// amoCRM's form-encoded body there, as amoCRM would to a backend.
    /// Repeatable; not saved (subscriptions made through /api/v4/webhooks are).
    #[arg(long = "webhook", value_name = "URL", value_parser = parse_http_url)]
    pub webhooks: Vec<String>,

    /// How long a Salesbot run waits for the backend's
    /// POST /api/v4/salesbot/<bot_id>/continue/<continue_id> after a
    /// widget_request before it gives up, in seconds (amoCRM documents no limit).
    #[arg(long = "salesbot-wait", value_name = "SECS", default_value_t = crate::account::salesbot::choices::DEFAULT_WAIT_SECS, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub salesbot_wait: u64,

    /// Once listening, write `{"url": …, "port": …, "pid": …}` to PATH (for
    /// scripts and tests that start amo-emu and need its real port, e.g.
    /// with --port 0: a machine-readable signal instead of the log line).
    #[arg(long = "ready-file", value_name = "PATH")]
    pub ready_file: Option<PathBuf>,

    /// Start from a clean slate: uninstall the widget and delete its stored
    /// settings values, lead sources and DP actions, and bring the CRM
    /// records (leads, contacts, companies, tasks, notes, history) back to
    /// the fixture (this flag is the confirmation).
    #[arg(long)]
    pub reset: bool,

    /// Want a Bearer token on every API request that does not come from
    /// amo-emu's own pages, as amoCRM does, even without --redirect-uri
    /// (with a redirect URI set this is always so).
    #[arg(long)]
    pub strict_auth: bool,

    #[command(flatten)]
    pub integration: IntegrationArgs,
}

/// The interface languages amoCRM has (`APP.lang_id`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Locale {
    Ru,
    En,
    Es,
    Pt,
}

impl Locale {
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::Ru => "ru",
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Pt => "pt",
        }
    }
}

/// `--webhook`'s value: an absolute http(s) URL, refused up front rather
/// than failing on every change.
fn parse_http_url(s: &str) -> Result<String, String> {
    if crate::server::outgoing::is_http_url(s) {
        Ok(s.to_owned())
    } else {
        Err(format!("{s:?} is not an http:// or https:// URL"))
    }
}
