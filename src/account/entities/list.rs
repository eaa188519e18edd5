//! API v4's list semantics over any kind of record: `page`, `limit`,
//! `filter[id][]` and `query`, applied in that order to the stored records.
//! No I/O: the HTTP side parses the request into a [`ListQuery`] and turns the
//! [`ListPage`] into HAL.

use super::Entity;

/// API v4's default and largest page size (`limit`).
pub const DEFAULT_LIMIT: usize = 50;
pub const MAX_LIMIT: usize = 250;

/// `page`, `limit`, `filter[id][]` and `query` of an API v4 list request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListQuery {
    /// 1-based; 0 is read as 1.
    pub page: usize,
    /// 0 means [`DEFAULT_LIMIT`]; capped at [`MAX_LIMIT`].
    pub limit: usize,
    /// Only these ids, when not empty.
    pub ids: Vec<u64>,
    /// Case-insensitive substring of the name or a field value.
    pub query: Option<String>,
}

/// One page of a list, and whether another follows (`_links.next`).
#[derive(Debug, Clone, PartialEq)]
pub struct ListPage<'a, T> {
    pub items: Vec<&'a T>,
    pub page: usize,
    pub limit: usize,
    pub has_next: bool,
}

/// Filters and pages `items` as API v4 does: id filter, then query, then
/// the page (records keep their stored order).
pub fn list<'a, T: Entity>(items: &'a [T], q: &ListQuery) -> ListPage<'a, T> {
    let limit = match q.limit {
        0 => DEFAULT_LIMIT,
        n => n.min(MAX_LIMIT),
    };
    let page = q.page.max(1);
    let needle = q.query.as_deref().map(str::to_lowercase);
    let matching: Vec<&T> = items
        .iter()
        .filter(|e| q.ids.is_empty() || q.ids.contains(&e.id()))
        .filter(|e| {
            needle
                .as_ref()
                .map_or(true, |n| e.search_text().contains(n))
        })
        .collect();
    let start = (page - 1).saturating_mul(limit);
    let has_next = matching.len() > start.saturating_add(limit);
    let items = matching.into_iter().skip(start).take(limit).collect();
    ListPage {
        items,
        page,
        limit,
        has_next,
    }
}
