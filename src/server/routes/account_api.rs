//! Who the account is, in each API generation widgets still call:
//! `GET /api/v4/account` (with `?with=`), `/api/v4/users` and
//! `/api/v4/users/{id}`, the legacy `GET /api/v2/account` and
//! `GET /private/api/v2/json/accounts/current`. All from the one emulated
//! account (`account::Account`) and its stored pipelines and fields, so
//! every generation tells the same story. The v2 and private shapes are
//! reconstructed from widgets that read them (UNCONFIRMED in detail).

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Map, Value};

use crate::account::legacy::models;
use crate::account::User;
use crate::server::http::{hal, Problem};
use crate::server::query::pairs;
use crate::server::state::AppState;
use crate::server::terminal::print_once;

/// amoCRM's built-in task types (1 = follow-up/call, 2 = meeting).
const TASK_TYPES: [(u64, &str, &str); 2] =
    [(1, "Follow-up", "FOLLOW_UP"), (2, "Meeting", "MEETING")];
/// The `?with=` values of `/api/v4/account` (docs/platform.md §11.3).
const ACCOUNT_WITH: [&str; 10] = [
    "amojo_id",
    "amojo_rights",
    "users_groups",
    "task_types",
    "version",
    "entity_names",
    "datetime_settings",
    "drive_url",
    "is_api_filter_enabled",
    "invoices_settings",
];
/// The front-end version `with=version` reports (any plausible number).
const VERSION: u64 = 17;
/// The default users group every user is in (amoCRM's "Sales department").
const MAIN_GROUP: (u64, &str) = (0, "Sales department");

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v4/account", web::get().to(account_v4))
        .route("/api/v4/users", web::get().to(users))
        .route("/api/v4/users/{id:\\d+}", web::get().to(user))
        .route("/api/v2/account", web::get().to(account_v2))
        .route(
            "/private/api/v2/json/accounts/current",
            web::get().to(accounts_current),
        );
}

/// The comma-separated `with` values of a request.
fn with(req: &HttpRequest) -> Vec<String> {
    pairs(req.query_string())
        .into_iter()
        .filter(|(k, _)| k == "with")
        .flat_map(|(_, v)| {
            v.split(',')
                .map(|s| s.trim().to_owned())
                .collect::<Vec<_>>()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

fn amojo_id(account_id: u64) -> String {
    format!("{account_id:08x}-0000-4000-8000-00000000a60e")
}

fn task_types() -> Vec<Value> {
    TASK_TYPES
        .iter()
        .map(|(id, name, code)| json!({"id": id, "name": name, "color": null, "icon_id": null, "code": code}))
        .collect()
}

async fn account_v4(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let a = &state.account;
    let mut body = json!({
        "id": a.id,
        "name": a.name,
        "subdomain": a.subdomain,
        "current_user_id": a.current_user_id,
        "country": "RU",
        "currency": a.currency,
        "customers_mode": "disabled",
        "is_unsorted_on": true,
        "is_loss_reason_enabled": true,
        "is_helpbot_enabled": false,
        "is_technical_account": false,
        "contact_name_display_order": 1,
        "_links": {"self": {"href": "/api/v4/account"}},
    });
    let mut embedded = Map::new();
    for w in with(&req) {
        match w.as_str() {
            "amojo_id" => body["amojo_id"] = amojo_id(a.id).into(),
            "version" => body["version"] = VERSION.into(),
            "drive_url" => {
                body["drive_url"] = format!("https://drive-b.amocrm.ru/{}", a.subdomain).into()
            }
            "is_api_filter_enabled" => body["is_api_filter_enabled"] = false.into(),
            "entity_names" => {
                body["entity_names"] = json!({"leads": {"en": {"singular_form": {"default": "lead"}, "plural_form": {"default": "leads"}}}})
            }
            "invoices_settings" => {
                body["invoices_settings"] =
                    json!({"lang": state.config.locale, "invoices_catalog_id": null})
            }
            "amojo_rights" => {
                embedded.insert(
                    "amojo_rights".into(),
                    json!({"can_direct": true, "can_create_groups": true}),
                );
            }
            "users_groups" => {
                embedded.insert(
                    "users_groups".into(),
                    json!([{"id": MAIN_GROUP.0, "name": MAIN_GROUP.1, "uuid": null}]),
                );
            }
            "task_types" => {
                embedded.insert("task_types".into(), task_types().into());
            }
            "datetime_settings" => {
                embedded.insert("datetime_settings".into(), json!({
                    "date_pattern": "d.m.Y H:i", "short_date_pattern": "d.m.Y", "short_time_pattern": "H:i",
                    "date_format": "d.m.Y", "time_format": "H:i:s", "timezone": a.timezone, "timezone_offset": "+03:00",
                }));
            }
            other => {
                let what = format!("/api/v4/account?with={other}");
                print_once(
                    &state,
                    &format!("ignored-param\u{0}{what}"),
                    &format!(
                        "[partly-emulated] {what}: amoCRM knows only {}; ignored",
                        ACCOUNT_WITH.join(", ")
                    ),
                );
            }
        }
    }
    if !embedded.is_empty() {
        body["_embedded"] = Value::Object(embedded);
    }
    hal(StatusCode::OK, body)
}

fn user_model(u: &User, locale: &str) -> Value {
    json!({
        "id": u.id, "name": u.name, "email": u.login, "lang": locale,
        "rights": {
            "is_admin": u.is_admin, "is_free": false, "is_active": u.active, "group_id": u.group_id,
            "role_id": null, "leads": {"view": "A", "edit": "A", "add": "A", "delete": "A", "export": "A"},
        },
        "_links": {"self": {"href": format!("/api/v4/users/{}", u.id)}},
    })
}

async fn users(state: web::Data<AppState>) -> HttpResponse {
    let users: Vec<Value> = state
        .account
        .users
        .iter()
        .map(|u| user_model(u, &state.config.locale))
        .collect();
    hal(
        StatusCode::OK,
        json!({
            "_total_items": users.len(),
            "_page": 1,
            "_page_count": 1,
            "_links": {"self": {"href": "/api/v4/users"}},
            "_embedded": {"users": users},
        }),
    )
}

async fn user(path: web::Path<u64>, state: web::Data<AppState>) -> Result<HttpResponse, Problem> {
    let id = path.into_inner();
    let u = state.account.user(id).ok_or_else(|| {
        Problem::new(
            StatusCode::NOT_FOUND,
            format!("no user with id {id} in the emulated account"),
        )
    })?;
    Ok(hal(StatusCode::OK, user_model(u, &state.config.locale)))
}

/// A user in the v2 / private shape (`login`, `is_admin` as flags).
fn legacy_user(u: &User, locale: &str) -> Value {
    let (first, last) = u.name.split_once(' ').unwrap_or((&u.name, ""));
    json!({
        "id": u.id, "name": first, "last_name": last, "login": u.login, "language": locale,
        "group_id": u.group_id, "is_active": u.active, "is_free": false, "is_admin": u.is_admin,
        "phone_number": u.phone,
    })
}

/// The account in the v2 and private shapes: the parts both share.
fn legacy_account(state: &AppState) -> (Map<String, Value>, Vec<Value>, Value, Value) {
    let a = &state.account;
    let snapshot = state.store.snapshot();
    let users: Vec<Value> = a
        .users
        .iter()
        .map(|u| legacy_user(u, &state.config.locale))
        .collect();
    let mut pipelines = Map::new();
    for p in snapshot.pipelines.iter() {
        let statuses: Map<String, Value> = p
            .statuses
            .iter()
            .map(|s| (s.id.to_string(), json!({"id": s.id, "name": s.name, "color": s.color, "sort": s.sort, "editable": if s.is_editable {"Y"} else {"N"}})))
            .collect();
        pipelines.insert(p.id.to_string(), json!({"id": p.id, "name": p.name, "sort": p.sort, "is_main": p.is_main, "statuses": statuses}));
    }
    let fields = |kind| -> Value {
        snapshot
            .entities
            .custom_fields(kind)
            .iter()
            .map(|f| json!({"id": f.id, "name": f.name, "code": f.code, "field_type": f.field_type, "sort": f.sort, "is_deletable": f.is_deletable, "enums": f.enums.as_ref().map(|es| es.iter().map(|e| (e.id.to_string(), Value::from(e.value.clone()))).collect::<Map<_,_>>())}))
            .collect::<Vec<_>>()
            .into()
    };
    use crate::account::entities::EntityKind as K;
    let custom_fields = json!({"contacts": fields(K::Contacts), "leads": fields(K::Leads), "companies": fields(K::Companies)});
    let base: Map<String, Value> = json!({
        "id": a.id, "name": a.name, "subdomain": a.subdomain, "currency": a.currency,
        "timezone": a.timezone, "timezone_offset": "+03:00", "language": state.config.locale,
        "date_pattern": {"date": "d.m.Y", "time": "H:i", "date_time": "d.m.Y H:i", "time_full": "H:i:s"},
        "current_user": a.current_user_id,
    })
    .as_object()
    .cloned()
    .unwrap_or_default();
    (base, users, Value::Object(pipelines), custom_fields)
}

async fn account_v2(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let (mut body, users, pipelines, custom_fields) = legacy_account(&state);
    let mut embedded = Map::new();
    for w in with(&req) {
        match w.as_str() {
            "users" => {
                let keyed: Map<String, Value> = users
                    .iter()
                    .map(|u| (u["id"].to_string(), u.clone()))
                    .collect();
                embedded.insert("users".into(), keyed.into());
            }
            "pipelines" => {
                embedded.insert("pipelines".into(), pipelines.clone());
            }
            "custom_fields" => {
                embedded.insert("custom_fields".into(), custom_fields.clone());
            }
            "groups" => {
                embedded.insert(
                    "groups".into(),
                    json!([{"id": MAIN_GROUP.0, "name": MAIN_GROUP.1}]),
                );
            }
            "task_types" => {
                embedded.insert("task_types".into(), task_types().into());
            }
            other => {
                let what = format!("/api/v2/account?with={other}");
                print_once(
                    &state,
                    &format!("ignored-param\u{0}{what}"),
                    &format!("[partly-emulated] {what} is not emulated and is ignored"),
                );
            }
        }
    }
    body.insert("_links".into(), models::links("/api/v2/account".into()));
    body.insert("_embedded".into(), embedded.into());
    HttpResponse::Ok()
        .content_type("application/hal+json")
        .insert_header(("Cache-Control", "no-store"))
        .body(Value::Object(body).to_string())
}

async fn accounts_current(state: web::Data<AppState>) -> HttpResponse {
    let (mut account, users, pipelines, custom_fields) = legacy_account(&state);
    let snapshot = state.store.snapshot();
    let main = &snapshot.pipelines;
    let leads_statuses: Vec<Value> = main
        .main()
        .map(|p| p.statuses.iter().map(|s| json!({"id": s.id, "name": s.name, "color": s.color, "sort": s.sort, "pipeline_id": p.id, "editable": if s.is_editable {"Y"} else {"N"}})).collect())
        .unwrap_or_default();
    account.insert("users".into(), users.into());
    account.insert(
        "groups".into(),
        json!([{"id": MAIN_GROUP.0, "name": MAIN_GROUP.1}]),
    );
    account.insert("leads_statuses".into(), leads_statuses.into());
    account.insert("pipelines".into(), pipelines);
    account.insert("custom_fields".into(), custom_fields);
    account.insert("task_types".into(), task_types().into());
    let body =
        json!({"response": {"account": account, "server_time": crate::account::store::now()}});
    HttpResponse::Ok()
        .content_type("application/json")
        .insert_header(("Cache-Control", "no-store"))
        .body(body.to_string())
}
