//! One indicator across the reports of a library: each report's target for
//! the year (value or range, with its bound) and the outcome it reports for
//! the year before, each with the clause that states it.

use super::{IndicatorFigure, Library, Summary};
use serde::Serialize;

/// A year's target as a report states it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Target {
    /// `null` for a range.
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub bound: Option<String>,
    pub unit: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

use crate::output::range_shown;

impl Target {
    /// As a reader writes it: `5%左右`, `6–6.5%`, `1200万人以上`.
    pub fn shown(&self) -> String {
        let v = match (self.value, self.low, self.high) {
            (Some(v), _, _) => range_shown(v, None, &self.unit),
            (None, Some(l), Some(h)) => range_shown(l, Some(h), &self.unit),
            _ => format!("?{}", self.unit),
        };
        let bound = match self.bound.as_deref() {
            Some("about") => "左右",
            Some("at_least") => "以上",
            Some("at_most") => "以内",
            _ => "",
        };
        format!("{v}{bound}")
    }

    /// [`Target::shown`], or `—` for no target.
    pub fn shown_or_dash(t: Option<&Self>) -> String {
        t.map_or("—".to_string(), Self::shown)
    }
}

/// The outcome a report gives for the year before it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    pub year: Option<i32>,
    pub value: f64,
    pub unit: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// One report's row of a trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendRow {
    pub path: String,
    pub year: Option<i32>,
    pub indicator: String,
    pub target: Option<Target>,
    pub outcome: Option<Outcome>,
}

/// Whether a figure is a value of the indicator's own kind: a level
/// (`gdp`: 亿元) is followed in amounts, not in the rates, multiples and
/// doublings (`翻两番`) that speak of it, which mixed 19.7%, 2番 and
/// 10920亿元 in one column.
fn in_kind(id: &str, f: &IndicatorFigure) -> bool {
    use crate::figures::indicators::{Measure, by_id};
    let level = by_id(id).is_some_and(|i| i.measure == Measure::Level && i.unit_kind != "percent");
    !(level
        && (f.change
            || f.unit.ends_with('%')
            || ["番", "倍", "百分点"].iter().any(|u| f.unit.contains(u))))
}

/// The target a report sets for an indicator: the one in its list of
/// goals (`主要预期目标是：…`), else its first goal outside the review; not a
/// multi-year average.
pub fn target_of(s: &Summary, id: &str) -> Option<Target> {
    let of = |f: &&IndicatorFigure| f.indicator == id && !f.multi_year && in_kind(id, f);
    let figs = &s.indicator_figures;
    let f = figs
        .iter()
        .filter(of)
        .find(|f| f.goal_statement)
        .or_else(|| figs.iter().filter(of).find(|f| f.target && !f.in_review))?;
    Some(Target {
        value: f.high.is_none().then_some(f.value),
        low: f.high.and(f.low),
        high: f.high,
        bound: f.bound.clone(),
        unit: f.unit.clone(),
        text: f.text.clone(),
        start: f.start,
        end: f.end,
    })
}

/// The outcome a report gives: its first result for the indicator in the
/// review (whatever the wording: the review reports results) that is not
/// in a list of goals nor a multi-year average; for the year before
/// the report's.
pub fn outcome_of(s: &Summary, id: &str) -> Option<Outcome> {
    let f: &IndicatorFigure = s.indicator_figures.iter().find(|f| {
        f.indicator == id
            && f.in_review
            && !f.goal_statement
            && !f.multi_year
            && !f.from_value
            && in_kind(id, f)
    })?;
    Some(Outcome {
        year: s.year.map(|y| y - 1),
        value: f.value,
        unit: f.unit.clone(),
        text: f.text.clone(),
        start: f.start,
        end: f.end,
    })
}

/// The indicator across the library, reports in year order; reports that
/// state neither a target nor an outcome are left out.
pub fn trend(lib: &Library, id: &str) -> Vec<TrendRow> {
    lib.reports
        .iter()
        .filter_map(|s| {
            let target = target_of(s, id);
            let outcome = outcome_of(s, id);
            (target.is_some() || outcome.is_some()).then(|| TrendRow {
                path: s.path.clone(),
                year: s.year,
                indicator: id.to_string(),
                target,
                outcome,
            })
        })
        .collect()
}
