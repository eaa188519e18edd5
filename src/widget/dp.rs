//! What a widget offers amoCRM's Digital Pipeline (docs/platform.md §10.1): whether it
//! has an automatic action. A fact read from the manifest that the DP
//! page's routes and the action endpoints both need, so it lives with the
//! widget.

use super::{Area, Widget};

impl Widget {
    /// A widget offers a DP action with `digital_pipeline` in `locations`
    /// and a `dp` block; either alone is not enough.
    pub fn has_dp_action(&self) -> bool {
        self.manifest.has_location(Area::DigitalPipeline) && self.manifest.dp.is_some()
    }
}
