//! `GET /api/v4/{leads,contacts,companies,tasks}` (a page of records, or one
//! by id), answered from the account's editable records (`account::entities`,
//! stored in `.amo-emu/state.json`) in API v4's HAL shapes: `_page`,
//! `_links.self/next`, `_embedded.<entity>`; tags and companies always
//! embedded; linked contacts/leads with `with=contacts`/`with=leads`.
//! Read `page`, `limit`, `filter[id]` and `query`; any other `filter`,
//! `order` or `with` value is ignored, and the terminal says so once.
//! An empty page is a `204 No Content`, as amoCRM answers.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Map, Value};

use crate::account::entities::{
    list, tag_id, Company, Contact, Entities, EntityKind, Lead, ListQuery, Task,
};
use crate::account::tags::Tags;
use crate::server::http::{hal, ignored_param, Problem};
use crate::server::query::{key_path, pairs};
use crate::server::state::AppState;
use crate::server::terminal::print_once;

/// The `with` values each list reads; others are reported and ignored.
const WITH_LINKS: [&str; 3] = ["contacts", "leads", "companies"];

pub fn configure(cfg: &mut web::ServiceConfig) {
    for kind in EntityKind::ALL {
        let base = format!("/api/v4/{}", kind.api_name());
        cfg.route(
            &base,
            web::get().to(move |req, state| list_entities(req, state, kind)),
        )
        .route(
            &format!("{base}/{{id:\\d+}}"),
            web::get().to(move |req, state, path| one_entity(req, state, path, kind)),
        );
    }
}

/// What a list request asked for.
struct Params {
    query: ListQuery,
    with: Vec<String>,
}

fn params(req: &HttpRequest, state: &AppState) -> Params {
    let mut query = ListQuery::default();
    let mut with = Vec::new();
    for (key, value) in pairs(req.query_string()) {
        let path = key_path(&key);
        match path.as_slice() {
            ["page"] => query.page = value.parse().unwrap_or(1),
            ["limit"] => query.limit = value.parse().unwrap_or(0),
            ["query"] if !value.is_empty() => query.query = Some(value),
            ["filter", "id", ..] => query.ids.extend(
                value
                    .split(',')
                    .filter_map(|v| v.trim().parse::<u64>().ok()),
            ),
            ["with"] => with.extend(value.split(',').map(|s| s.trim().to_owned())),
            _ => ignored_param(
                state,
                req.path(),
                &key,
                "only page, limit, filter[id], query and with on this list",
            ),
        }
    }
    for w in &with {
        if !w.is_empty() && !WITH_LINKS.contains(&w.as_str()) {
            let what = format!("{} ?with={w}", req.path());
            print_once(
                state,
                &format!("ignored-param\u{0}{what}"),
                &format!("[partly-emulated] {what} is not emulated and is ignored"),
            );
        }
    }
    Params { query, with }
}

fn link(href: String) -> Value {
    json!({"self": {"href": href}})
}

/// `_embedded.tags`: id and name, and for leads (`lead_tags`: the stored
/// lead tags) the colour a tag was created with through `POST
/// /api/v4/leads/tags`; other kinds' tags have no colour, as in amoCRM.
fn tag_models(tags: &[String], lead_tags: Option<&Tags>) -> Vec<Value> {
    tags.iter()
        .map(|t| {
            let color = lead_tags.and_then(|d| d.color(EntityKind::Leads, t));
            json!({"id": tag_id(t), "name": t, "color": color})
        })
        .collect()
}

/// The `_links` of record `id` of `kind`.
fn record_link(kind: EntityKind, id: u64) -> Value {
    link(format!("/api/v4/{}/{id}", kind.api_name()))
}

fn id_links(kind: EntityKind, ids: impl IntoIterator<Item = u64>) -> Vec<Value> {
    ids.into_iter()
        .map(|id| json!({"id": id, "_links": record_link(kind, id)}))
        .collect()
}

/// Adds the links to the related `kind` records under `_embedded` when
/// the request's `with` asks for them; `ids` is only run then.
fn embed_if_asked<I: IntoIterator<Item = u64>>(
    embedded: &mut Value,
    with: &[String],
    kind: EntityKind,
    ids: impl FnOnce() -> I,
) {
    let name = kind.api_name();
    if with.iter().any(|w| w == name) {
        embedded[name] = id_links(kind, ids()).into();
    }
}

/// A record's own fields as API v4 spells them (`custom_fields_values`
/// is `null` when empty), minus the link fields the model keeps inline.
fn base(
    record: Value,
    account_id: u64,
    kind: EntityKind,
    id: u64,
    drop: &[&str],
) -> Map<String, Value> {
    let mut m = match record {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    for key in drop {
        m.remove(*key);
    }
    if m.get("custom_fields_values")
        .is_some_and(|v| v.as_array().is_some_and(Vec::is_empty))
    {
        m.insert("custom_fields_values".into(), Value::Null);
    }
    m.insert("account_id".into(), account_id.into());
    m.insert("_links".into(), record_link(kind, id));
    m
}

fn lead_model(e: &Entities, dict: &Tags, l: &Lead, account_id: u64, with: &[String]) -> Value {
    let mut m = base(
        json!(l),
        account_id,
        EntityKind::Leads,
        l.id,
        &["contacts", "company_id", "tags"],
    );
    let mut embedded = json!({
        "tags": tag_models(&l.tags, Some(dict)),
        "companies": id_links(EntityKind::Companies, l.company_id),
    });
    if with.iter().any(|w| w == "contacts") {
        embedded["contacts"] = l
            .contacts
            .iter()
            .filter(|c| e.get::<Contact>(c.id).is_some())
            .map(|c| json!({"id": c.id, "is_main": c.is_main, "_links": record_link(EntityKind::Contacts, c.id)}))
            .collect();
    }
    m.insert("_embedded".into(), embedded);
    Value::Object(m)
}

fn contact_model(e: &Entities, c: &Contact, account_id: u64, with: &[String]) -> Value {
    let mut m = base(
        json!(c),
        account_id,
        EntityKind::Contacts,
        c.id,
        &["company_id", "tags"],
    );
    let mut embedded = json!({
        "tags": tag_models(&c.tags, None),
        "companies": id_links(EntityKind::Companies, c.company_id),
    });
    embed_if_asked(&mut embedded, with, EntityKind::Leads, || {
        e.leads_of_contact(c.id).into_iter().map(|l| l.id)
    });
    m.insert("_embedded".into(), embedded);
    Value::Object(m)
}

fn company_model(e: &Entities, c: &Company, account_id: u64, with: &[String]) -> Value {
    let mut m = base(json!(c), account_id, EntityKind::Companies, c.id, &["tags"]);
    let mut embedded = json!({"tags": tag_models(&c.tags, None)});
    embed_if_asked(&mut embedded, with, EntityKind::Contacts, || {
        e.contacts_of_company(c.id).into_iter().map(|x| x.id)
    });
    embed_if_asked(&mut embedded, with, EntityKind::Leads, || {
        e.leads_of_company(c.id).into_iter().map(|l| l.id)
    });
    m.insert("_embedded".into(), embedded);
    Value::Object(m)
}

fn task_model(t: &Task, account_id: u64) -> Value {
    Value::Object(base(json!(t), account_id, EntityKind::Tasks, t.id, &[]))
}

/// The page's items as models, and whether another page follows.
fn page_of(
    e: &Entities,
    dict: &Tags,
    kind: EntityKind,
    q: &ListQuery,
    account_id: u64,
    with: &[String],
) -> (Vec<Value>, usize, usize, bool) {
    macro_rules! paged {
        ($items:expr, $model:expr) => {{
            let p = list($items, q);
            let models = p.items.into_iter().map($model).collect();
            (models, p.page, p.limit, p.has_next)
        }};
    }
    match kind {
        EntityKind::Leads => paged!(&e.leads, |l| lead_model(e, dict, l, account_id, with)),
        EntityKind::Contacts => paged!(&e.contacts, |c| contact_model(e, c, account_id, with)),
        EntityKind::Companies => paged!(&e.companies, |c| company_model(e, c, account_id, with)),
        EntityKind::Tasks => paged!(&e.tasks, |t| task_model(t, account_id)),
    }
}

/// `path?…&page=N` with the request's other parameters kept.
fn page_href(req: &HttpRequest, page: usize, limit: usize) -> String {
    let mut kept: Vec<String> = req
        .query_string()
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("page=") && !p.starts_with("limit="))
        .map(str::to_owned)
        .collect();
    kept.push(format!("page={page}"));
    kept.push(format!("limit={limit}"));
    format!("{}?{}", req.path(), kept.join("&"))
}

async fn list_entities(
    req: HttpRequest,
    state: web::Data<AppState>,
    kind: EntityKind,
) -> HttpResponse {
    let p = params(&req, &state);
    let snapshot = state.store.snapshot();
    let entities = &snapshot.entities;
    let (items, page, limit, has_next) = page_of(
        entities,
        &snapshot.tags,
        kind,
        &p.query,
        state.account.id,
        &p.with,
    );
    if items.is_empty() {
        return HttpResponse::NoContent().finish();
    }
    let mut links = json!({"self": {"href": page_href(&req, page, limit)}});
    if has_next {
        links["next"] = json!({"href": page_href(&req, page + 1, limit)});
    }
    if page > 1 {
        links["prev"] = json!({"href": page_href(&req, page - 1, limit)});
    }
    let mut embedded = Map::new();
    embedded.insert(kind.api_name().into(), items.into());
    hal(
        StatusCode::OK,
        json!({"_page": page, "_links": links, "_embedded": embedded}),
    )
}

async fn one_entity(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<u64>,
    kind: EntityKind,
) -> Result<HttpResponse, Problem> {
    let id = path.into_inner();
    let p = params(&req, &state);
    let snapshot = state.store.snapshot();
    let e = &snapshot.entities;
    let account_id = state.account.id;
    let model = match kind {
        EntityKind::Leads => e
            .get::<Lead>(id)
            .map(|l| lead_model(e, &snapshot.tags, l, account_id, &p.with)),
        EntityKind::Contacts => e
            .get::<Contact>(id)
            .map(|c| contact_model(e, c, account_id, &p.with)),
        EntityKind::Companies => e
            .get::<Company>(id)
            .map(|c| company_model(e, c, account_id, &p.with)),
        EntityKind::Tasks => e.get::<Task>(id).map(|t| task_model(t, account_id)),
    };
    match model {
        Some(m) => Ok(hal(StatusCode::OK, m)),
        None => Err(Problem::new(
            StatusCode::NOT_FOUND,
            format!(
                "no {} with id {id} in the emulated account (.amo-emu/state.json, entities)",
                kind.singular()
            ),
        )),
    }
}
