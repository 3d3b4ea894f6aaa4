//! The chart of a section's figures as data (what the `c` overlay draws):
//! its changes, or its amounts in one unit and scale. Plain values, no
//! terminal: the UI only lays them out.

use crate::figures::{Direction, Figure, Kind};
use crate::output::fmt_num;

/// One bar: a figure's label, its value (signed for changes) and the text
/// printed at the bar's end.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    /// Signed for changes (a fall is negative); as written for amounts.
    pub value: f64,
    /// The value as printed at the bar's end (`▼10.3%`, `1127.2亿元`).
    pub text: String,
    pub period: Option<String>,
    /// The figure's start in the text.
    pub start: usize,
}

/// What the chart of a section shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    /// Changes in one unit (`%` usually), around zero.
    Changes { unit: String, bars: Vec<Bar> },
    /// Amounts in one unit and scale (`亿元`), from zero.
    Amounts { unit: String, bars: Vec<Bar> },
    /// Nothing to compare.
    Nothing,
}

impl Chart {
    /// The bars, whatever the kind.
    pub fn bars(&self) -> &[Bar] {
        match self {
            Chart::Changes { bars, .. } | Chart::Amounts { bars, .. } => bars,
            Chart::Nothing => &[],
        }
    }

    /// The unit every bar is in.
    pub fn unit(&self) -> &str {
        match self {
            Chart::Changes { unit, .. } | Chart::Amounts { unit, .. } => unit,
            Chart::Nothing => "",
        }
    }
}

/// The unit most items share (ties: the first seen).
fn commonest<'a>(units: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for u in units {
        match counts.iter_mut().find(|(v, _)| *v == u) {
            Some(e) => e.1 += 1,
            None => counts.push((u, 1)),
        }
    }
    let best = counts.iter().map(|e| e.1).max()?;
    counts.iter().find(|e| e.1 == best).map(|e| e.0)
}

fn label_of(f: &Figure) -> String {
    f.label.as_deref().unwrap_or(&f.text).to_string()
}

/// The chart of `figs`: their changes when there are any (in the unit
/// most share), else their amounts (in the unit and scale most share).
pub fn chart_of(figs: &[&Figure]) -> Chart {
    let changes: Vec<&Figure> = figs
        .iter()
        .copied()
        .filter(|f| {
            f.change
                .as_ref()
                .is_some_and(|c| c.direction != Direction::Improve)
        })
        .collect();
    if let Some(unit) = commonest(
        changes
            .iter()
            .filter_map(|f| f.change.as_ref())
            .map(|c| c.unit.as_str()),
    ) {
        let bars = changes
            .iter()
            .filter_map(|f| {
                let c = f.change.as_ref().filter(|c| c.unit == unit)?;
                let (sign, arrow) = match c.direction {
                    Direction::Down => (-1.0, "▼"),
                    Direction::Up => (1.0, "▲"),
                    _ => (1.0, ""),
                };
                Some(Bar {
                    label: label_of(f),
                    value: sign * c.value,
                    text: format!("{arrow}{}{}", fmt_num(c.value), c.unit),
                    period: f.period.as_deref().map(String::from),
                    start: f.start,
                })
            })
            .collect();
        return Chart::Changes {
            unit: unit.to_string(),
            bars,
        };
    }
    let scale_unit = |f: &Figure| {
        format!(
            "{}{}",
            f.scale.unwrap_or(""),
            f.unit.as_deref().unwrap_or("")
        )
    };
    let amounts: Vec<&Figure> = figs
        .iter()
        .copied()
        .filter(|f| !matches!(f.kind, Kind::Percent | Kind::Change) && f.unit.is_some())
        .collect();
    let units: Vec<String> = amounts.iter().map(|f| scale_unit(f)).collect();
    let Some(unit) = commonest(units.iter().map(String::as_str)).map(str::to_string) else {
        return Chart::Nothing;
    };
    let bars = amounts
        .iter()
        .zip(&units)
        .filter(|(_, u)| **u == unit)
        .map(|(f, _)| Bar {
            label: label_of(f),
            value: f.value,
            text: format!("{}{unit}", fmt_num(f.value)),
            period: f.period.as_deref().map(String::from),
            start: f.start,
        })
        .collect();
    Chart::Amounts { unit, bars }
}

/// A target of the section beside what the report says was achieved for
/// the same indicator (`增长6%左右` → `增长6.7%`).
#[derive(Debug, Clone, PartialEq)]
pub struct TargetPair {
    pub label: String,
    pub unit: String,
    /// The target (a range's upper end).
    pub target: f64,
    pub target_text: String,
    pub achieved: Option<f64>,
    pub achieved_text: Option<String>,
}

/// The section's targets, each with the report's outcome for the same
/// indicator where it gives one (an outcome in the same unit that is not
/// itself a target).
pub fn targets_vs_achieved(all: &[Figure], figs: &[&Figure]) -> Vec<TargetPair> {
    figs.iter()
        .filter(|f| f.target)
        .map(|t| {
            let unit = t.change.as_ref().map_or_else(
                || {
                    format!(
                        "{}{}",
                        t.scale.unwrap_or(""),
                        t.unit.as_deref().unwrap_or("")
                    )
                },
                |c| c.unit.to_string(),
            );
            let value = |f: &Figure| f.change.as_ref().map_or(f.value, |c| c.value);
            // The same indicator, or its level with a change when the target
            // is a growth (`国内生产总值超过126万亿元，增长5.2%` for `增长5%左右`).
            let of_target = |f: &Figure| {
                f.indicator == t.indicator
                    || f.change.is_some()
                        && f.indicator
                            .and_then(crate::figures::indicators::growth_of)
                            .is_some_and(|g| Some(g.id.as_str()) == t.indicator)
            };
            let achieved = t.indicator.and_then(|_| {
                all.iter().find(|f| {
                    !f.target
                        && of_target(f)
                        && f.change.as_ref().map_or_else(
                            || {
                                format!(
                                    "{}{}",
                                    f.scale.unwrap_or(""),
                                    f.unit.as_deref().unwrap_or("")
                                )
                            },
                            |c| c.unit.to_string(),
                        ) == unit
                })
            });
            TargetPair {
                label: label_of(t),
                target: t.high.unwrap_or_else(|| value(t)),
                target_text: format!("{}{unit}", fmt_num(t.high.unwrap_or_else(|| value(t)))),
                achieved: achieved.map(value),
                achieved_text: achieved.map(|a| format!("{}{unit}", fmt_num(value(a)))),
                unit,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Options, Report};

    fn report(text: &str) -> Report {
        Report::from_bytes("x.txt", text.as_bytes(), &Options::default()).unwrap()
    }

    #[test]
    fn changes_in_one_unit_signed_by_direction() {
        let r = report(
            "各位代表：\n一、经济\n上半年，增加值1127.2亿元，可比下降10.3%；税收71.6亿元，同比增长25%；就业率提高2个百分点。\n",
        );
        let figs: Vec<&Figure> = r.figures.iter().collect();
        let Chart::Changes { unit, bars } = chart_of(&figs) else {
            panic!("a chart of changes");
        };
        assert_eq!(unit, "%");
        let got: Vec<(&str, f64, &str)> = bars
            .iter()
            .map(|b| (b.label.as_str(), b.value, b.text.as_str()))
            .collect();
        assert_eq!(got, [("增加值", -10.3, "▼10.3%"), ("税收", 25.0, "▲25%")]);
        assert_eq!(bars[0].period.as_deref(), Some("上半年"));
    }

    #[test]
    fn targets_beside_what_was_achieved() {
        let r = report(
            "各位代表：\n一、回顾\n全年地区生产总值增长6.7%，城镇新增就业5.2万人。\n二、目标\n主要预期目标是：地区生产总值增长6%左右，城镇新增就业5万人以上，粮食产量稳定。\n",
        );
        let plan: Vec<&Figure> = r.figures.iter().filter(|f| f.target).collect();
        let pairs = targets_vs_achieved(&r.figures, &plan);
        let gdp = pairs.iter().find(|p| p.label.contains("生产总值")).unwrap();
        assert_eq!((gdp.target, gdp.achieved), (6.0, Some(6.7)));
        let jobs = pairs.iter().find(|p| p.label.contains("就业")).unwrap();
        assert_eq!((jobs.target, jobs.achieved), (5.0, Some(5.2)));
    }

    #[test]
    fn amounts_in_the_commonest_unit_and_scale() {
        let r = report(
            "各位代表：\n一、投资\n完成投资120亿元，其中工业投资45亿元，新建学校3所，奖励500万元。\n",
        );
        let figs: Vec<&Figure> = r.figures.iter().collect();
        let chart = chart_of(&figs);
        assert_eq!(chart.unit(), "亿元");
        let values: Vec<f64> = chart.bars().iter().map(|b| b.value).collect();
        assert_eq!(values, [120.0, 45.0]);
        assert!(matches!(chart_of(&[]), Chart::Nothing));
    }
}
