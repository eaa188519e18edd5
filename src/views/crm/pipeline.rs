//! The leads pipeline (kanban) page, `/leads/pipeline/<pipeline_id>/`:
//! amoCRM's default leads view, a column per stage with its count and
//! budget, a card per lead (name, budget, main contact). Dragging a card to
//! another column is the API's `PATCH /api/v4/leads/<id>` with the new
//! `status_id` (`ui/kanban.js`), so the move takes the write path every
//! change takes: history, webhooks, the stage's Digital Pipeline actions.
//! Widgets see it as the `llist` area, as on the leads list.

use askama::Template;

use super::CrmParts;
use crate::account::entities::{Entities, Lead};
use crate::account::pipelines::{Pipeline, Pipelines};
use crate::views::Chrome;

#[derive(Template)]
#[template(path = "pages/crm_pipeline.html")]
pub struct PipelinePage {
    pub chrome: Chrome,
    pub crm: CrmParts,
    pub pipeline_id: u64,
    /// Every pipeline, for the tabs: (id, name, is this one).
    pub tabs: Vec<(u64, String, bool)>,
    pub columns: Vec<Column>,
    pub currency: String,
}

pub struct Column {
    pub status_id: u64,
    pub name: String,
    pub color: String,
    pub budget: u64,
    pub leads: Vec<BoardLead>,
}

pub struct BoardLead {
    pub id: u64,
    pub name: String,
    pub price: u64,
    pub contact: String,
    pub href: String,
}

/// The board of `pipeline`: its stages in board order, each lead in its
/// stage, newest first.
pub fn columns(pipeline: &Pipeline, entities: &Entities) -> Vec<Column> {
    pipeline
        .statuses
        .iter()
        .map(|s| {
            let mut leads: Vec<&Lead> = entities
                .leads
                .iter()
                .filter(|l| l.pipeline_id == pipeline.id && l.status_id == s.id && !l.is_deleted)
                .collect();
            leads.sort_by_key(|l| std::cmp::Reverse(l.updated_at));
            Column {
                status_id: s.id,
                name: s.name.clone(),
                color: s.color.clone(),
                budget: leads.iter().map(|l| l.price).sum(),
                leads: leads
                    .into_iter()
                    .map(|l| BoardLead {
                        id: l.id,
                        name: l.name.clone(),
                        price: l.price,
                        contact: entities
                            .contacts_of_lead(l)
                            .first()
                            .map(|c| c.name.clone())
                            .unwrap_or_default(),
                        href: format!("/leads/detail/{}", l.id),
                    })
                    .collect(),
            }
        })
        .collect()
}

pub fn tabs(pipelines: &Pipelines, current: u64) -> Vec<(u64, String, bool)> {
    pipelines
        .iter()
        .map(|p| (p.id, p.name.clone(), p.id == current))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lead_of_the_pipeline_is_in_its_stage_column() {
        let e = Entities::default();
        let pipelines = Pipelines::default();
        let main = pipelines.main().unwrap();
        let cols = columns(main, &e);
        assert_eq!(cols.len(), main.statuses.len());
        let shown: usize = cols.iter().map(|c| c.leads.len()).sum();
        assert_eq!(
            shown,
            e.leads.iter().filter(|l| l.pipeline_id == main.id).count()
        );
        for c in &cols {
            assert_eq!(c.budget, c.leads.iter().map(|l| l.price).sum::<u64>());
        }
    }
}
