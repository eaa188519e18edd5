//! Running the cases in headless Chromium as a person would: open the
//! page, click what they click (the tile, Install, a stage's "+ Add
//! action", a lead source, list rows and the widget's list action), wait
//! for the page's ready marker, then read the runtime's timeline
//! (`window.__amoEmuTrace()`) for what the widget's callbacks did.

use std::path::Path;
use std::time::{Duration, Instant};

use chromiumoxide::browser::{Browser, BrowserConfig};
use chromiumoxide::Page;
use futures_util::StreamExt;
use serde_json::{Map, Value};

use super::install::{fill, install_directly};
use super::page::{accept_dialogs, click, eval, exists, text, wait, WAIT};
use super::plan::Case;
use super::report::Outcome;
use super::timeline::settle;

pub struct Driver {
    browser: Browser,
    handler: tokio::task::JoinHandle<()>,
    _profile: tempfile::TempDir,
    base: String,
    code: String,
}

impl Driver {
    pub async fn launch(exe: &Path, base: String, code: String) -> Result<Driver, String> {
        let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
        let config = BrowserConfig::builder()
            .chrome_executable(exe)
            .no_sandbox()
            .new_headless_mode()
            .user_data_dir(profile.path())
            .window_size(1280, 900)
            .args([
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ])
            .launch_timeout(Duration::from_secs(30))
            .request_timeout(Duration::from_secs(30))
            .build()?;
        let (browser, mut handler) = Browser::launch(config)
            .await
            .map_err(|e| format!("cannot start {}: {e}", exe.display()))?;
        let handler = tokio::spawn(async move { while handler.next().await.is_some() {} });
        Ok(Driver {
            browser,
            handler,
            _profile: profile,
            base,
            code,
        })
    }

    pub async fn close(mut self) {
        let _ = self.browser.close().await;
        let _ = self.browser.wait().await;
        self.handler.abort();
    }

    /// Runs `case`; `settings` are the values Install sends.
    pub async fn run(&self, case: &Case, settings: &Map<String, Value>) -> Outcome {
        let started = Instant::now();
        let mut warnings = Vec::new();
        let result = match self.browser.new_page("about:blank").await {
            Ok(page) => {
                accept_dialogs(&page).await;
                let r = self.steps(&page, case, settings, &mut warnings).await;
                let verdict = settle(&page).await;
                let _ = page.close().await;
                r.map(|()| verdict)
            }
            Err(e) => Err(format!("cannot open a tab: {e}")),
        };
        let (mut failures, more) = match result {
            Ok(v) => {
                let mut f = v.failures;
                if v.ran == 0 {
                    f.push(format!(
                        "none of the widget's callbacks ran in {}: is the widget installed and the location declared?",
                        case.name()
                    ));
                }
                f.extend(v.pending.iter().map(|name| {
                    format!(
                        "callback {name} returned a Promise that did not settle within {} s",
                        WAIT.as_secs()
                    )
                }));
                (f, v.warnings)
            }
            Err(why) => (vec![why], Vec::new()),
        };
        warnings.extend(more);
        failures.dedup();
        Outcome {
            name: case.name().to_owned(),
            passed: failures.is_empty(),
            duration_ms: started.elapsed().as_millis() as u64,
            failures,
            warnings,
        }
    }

    async fn steps(
        &self,
        page: &Page,
        case: &Case,
        settings: &Map<String, Value>,
        warnings: &mut Vec<String>,
    ) -> Result<(), String> {
        let code = &self.code;
        match case {
            Case::Settings => {
                self.open(page, "/settings/widgets/", "marketplace").await?;
                click(page, &format!(".widget-card[data-widget-code=\"{code}\"]")).await?;
                let modal = format!(".modal.{code}");
                wait(
                    page,
                    &format!("document.querySelector('{modal}[data-amo-emu-ready]')"),
                    "the settings modal",
                )
                .await?;
                warnings.extend(fill(page, &modal, settings).await?);
                let install = format!("{modal} .js-widget-install");
                if !exists(page, &install).await {
                    warnings.push("the modal has no Install button (installation: false)".into());
                    return Ok(());
                }
                click(page, &install).await?;
                let installed = format!("document.querySelector('{modal} .js-widget-uninstall')");
                if wait(page, &installed, "the installed widget")
                    .await
                    .is_err()
                {
                    let notice = text(page, &format!("{modal} .amo-emu-notice")).await;
                    // The other cases still need the widget installed.
                    install_directly(page, code, settings).await;
                    return Err(if notice.is_empty() {
                        "Install did not install the widget".into()
                    } else {
                        format!("Install did not install the widget: {notice}")
                    });
                }
                Ok(())
            }
            Case::AdvancedSettings => {
                self.open(
                    page,
                    &format!("/settings/widgets/{code}/"),
                    "advanced-settings",
                )
                .await
            }
            Case::DigitalPipeline => {
                self.open_dp(page).await?;
                click(
                    page,
                    ".digital-pipeline__status[data-status-id] .js-dp-add-action",
                )
                .await?;
                click(
                    page,
                    ".digital-pipeline__actions-list_open .digital-pipeline__action-option",
                )
                .await?;
                wait(page, "document.querySelector('.digital-pipeline__item_open form[data-amo-emu-ready=dp]')", "the action form").await
            }
            Case::LeadSources => {
                self.open_dp(page).await?;
                let source = format!("[data-source-id][data-widget-code=\"{code}\"]");
                if !exists(page, &source).await {
                    // A backend makes the sources on amoCRM; make one to click.
                    let made: u16 = eval(page, "fetch('/api/v4/sources', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify([{name: 'amo-emu test source', external_id: 'amo-emu-test'}])}).then(r => r.status)", "the test source").await?;
                    if made >= 300 {
                        return Err(format!(
                            "the widget has no lead source and making one answered {made}"
                        ));
                    }
                    warnings.push("the widget had no lead source; amo-emu test made one (external_id amo-emu-test) to click".into());
                    self.open_dp(page).await?;
                }
                click(page, &source).await?;
                wait(
                    page,
                    &format!("document.querySelector('.modal.{code}[data-amo-emu-ready]')"),
                    "the settings modal of the source",
                )
                .await
            }
            Case::SalesbotDesigner => {
                self.open(page, "/salesbot/designer/", "salesbot_designer")
                    .await?;
                click(page, ".js-salesbot-add-step").await?;
                click(
                    page,
                    &format!("[data-salesbot-handler][data-widget-code=\"{code}\"]"),
                )
                .await?;
                wait(
                    page,
                    "document.querySelector('#salesbot-step[data-amo-emu-ready]')",
                    "salesbotDesignerSettings",
                )
                .await?;
                click(page, ".js-salesbot-save").await?;
                wait(
                    page,
                    "document.querySelector('.amo-emu-notice_success, .amo-emu-notice_error')",
                    "the designer's answer to Save",
                )
                .await?;
                let refused = text(page, ".amo-emu-notice_error").await;
                if refused.is_empty() {
                    Ok(())
                } else {
                    Err(format!(
                        "Save in the Salesbot designer was refused: {refused}"
                    ))
                }
            }
            Case::WidgetPage => {
                self.open(page, "/settings/widgets/", "marketplace").await?;
                click(
                    page,
                    &format!("#left_menu [data-left-menu-widget=\"{code}\"]"),
                )
                .await?;
                wait(
                    page,
                    "document.documentElement.dataset.amoEmuReady === 'widget-page'",
                    "the widget's left-menu page",
                )
                .await
            }
            Case::Card { path, .. } => {
                // The first record, asked from a page of the server (a
                // blank tab has no origin to fetch from): a real card, never
                // the new-record form.
                let entity = path.trim_matches('/').split('/').next().unwrap_or("leads");
                self.open(page, "/settings/widgets/", "marketplace").await?;
                let id: u64 = eval(page, &format!("fetch('/api/v4/{entity}?limit=1').then(r => r.json()).then(b => b._embedded.{entity}[0].id)"), "the account's first record").await?;
                self.open(page, &format!("{path}{id}"), "crm").await?;
                // The card SDK tab, when the widget has one here: opened.
                let tab = format!("[data-card-sdk-tab=\"{code}\"]");
                if exists(page, &tab).await {
                    click(page, &tab).await?;
                }
                Ok(())
            }
            Case::List { path, .. } => {
                self.open(page, path, "crm").await?;
                let rows = "#list_table tr.list-row[data-id] input[type=checkbox]";
                let n: usize = eval(
                    page,
                    &format!("document.querySelectorAll('{rows}').length"),
                    "the rows",
                )
                .await
                .unwrap_or(0);
                for i in 0..n.min(2) {
                    let _: bool = eval(
                        page,
                        &format!("(document.querySelectorAll('{rows}')[{i}].click(), true)"),
                        "a row's checkbox",
                    )
                    .await?;
                }
                let action = format!(".list-actions [data-widget-code=\"{code}\"]");
                if exists(page, &action).await {
                    click(page, &action).await?;
                }
                Ok(())
            }
        }
    }

    /// Installs the widget without the modal (when `--only` leaves the
    /// settings case out), so the other locations run it.
    pub async fn install(&self, settings: &Map<String, Value>) -> Result<(), String> {
        let page = self
            .browser
            .new_page("about:blank")
            .await
            .map_err(|e| format!("cannot open a tab: {e}"))?;
        accept_dialogs(&page).await;
        self.open(&page, "/settings/widgets/", "marketplace")
            .await?;
        install_directly(&page, &self.code, settings).await;
        let _ = page.close().await;
        Ok(())
    }

    async fn open(&self, page: &Page, path: &str, ready: &str) -> Result<(), String> {
        page.goto(format!("{}{path}", self.base))
            .await
            .map_err(|e| format!("cannot open {path}: {e}"))?;
        wait(
            page,
            &format!("document.documentElement.dataset.amoEmuReady === '{ready}'"),
            &format!("{path} to get ready"),
        )
        .await
    }

    async fn open_dp(&self, page: &Page) -> Result<(), String> {
        let pipeline: u64 = {
            self.open(page, "/settings/widgets/", "marketplace").await?;
            eval(page, "fetch('/api/v4/leads/pipelines').then(r => r.json()).then(b => b._embedded.pipelines[0].id)", "the pipeline").await?
        };
        self.open(
            page,
            &format!("/settings/pipeline/leads/{pipeline}/"),
            "digital_pipeline",
        )
        .await
    }
}
