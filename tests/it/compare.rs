//! Comparing two reports: targets side by side (checked by hand against
//! the texts), sections matched by title where they moved, new terms.

use baogao::compare::compare;
use baogao::report::{Options, Report};

fn report(year: i32) -> Report {
    let path = super::fixture(&format!("corpus/{year}.txt"));
    Report::open(Some(path.to_str().unwrap()), &Options::default()).unwrap()
}

fn row<'a>(c: &'a baogao::compare::Comparison, id: &str) -> &'a baogao::compare::TargetRow {
    c.targets
        .iter()
        .find(|t| t.indicator == id)
        .unwrap_or_else(|| panic!("no {id}"))
}

#[test]
fn from_2023_to_2024() {
    let c = compare(&report(2023), &report(2024));
    assert_eq!((c.a.year, c.b.year), (Some(2023), Some(2024)));
    let gdp = row(&c, "gdp_growth");
    assert!(!gdp.changed);
    assert_eq!(gdp.a.as_ref().unwrap().value, Some(5.0));
    assert_eq!(gdp.b.as_ref().unwrap().bound.as_deref(), Some("about"));
    let outcome = gdp.outcome_in_b.as_ref().unwrap();
    assert_eq!((outcome.year, outcome.value), (Some(2023), 5.2));
    let deficit = row(&c, "deficit_ratio");
    assert_eq!(deficit.a.as_ref().unwrap().value, Some(3.0));
    assert_eq!(deficit.b.as_ref().unwrap().value, Some(3.0));
    assert!(!deficit.changed);
    // Changed rows first.
    let first_unchanged = c.targets.iter().position(|t| !t.changed).unwrap();
    assert!(c.targets[first_unchanged..].iter().all(|t| !t.changed));
    // The pandemic fades from the 2024 report.
    let term = c.terms.iter().find(|t| t.term == "疫情").unwrap();
    assert!(term.a > term.b);
}

#[test]
fn from_2021_to_2022() {
    let c = compare(&report(2021), &report(2022));
    let gdp = row(&c, "gdp_growth");
    assert!(gdp.changed);
    let (a, b) = (gdp.a.as_ref().unwrap(), gdp.b.as_ref().unwrap());
    assert_eq!((a.value, a.bound.as_deref()), (Some(6.0), Some("at_least")));
    assert_eq!((b.value, b.bound.as_deref()), (Some(5.5), Some("about")));
    assert_eq!(gdp.outcome_in_b.as_ref().unwrap().value, 8.1);
}

/// The 2024 report's tasks (三、) in 2025 keep their titles but move:
/// matching is by title, not by position.
#[test]
fn sections_are_matched_by_title_where_they_moved() {
    let (a, b) = (report(2024), report(2025));
    let c = compare(&a, &b);
    let title = |r: &Report, id: &str| r.doc.section_by_id(id).unwrap().title.clone();
    let mut moved = 0;
    for m in c.sections.iter().filter(|m| m.a.is_some() && m.b.is_some()) {
        let (ia, ib) = (m.a.as_deref().unwrap(), m.b.as_deref().unwrap());
        let sim = baogao::compare::similarity(&title(&a, ia), &title(&b, ib));
        assert!(sim >= 0.34, "{} ↔ {}", title(&a, ia), title(&b, ib));
        if ia != ib {
            moved += 1;
        }
    }
    assert!(moved >= 1, "some section moved: {:?}", c.sections);
    // Every section of each report appears exactly once.
    let ids_b: Vec<&str> = c.sections.iter().filter_map(|m| m.b.as_deref()).collect();
    assert_eq!(ids_b.len(), b.doc.flat_sections().len());
    let ids_a: Vec<&str> = c.sections.iter().filter_map(|m| m.a.as_deref()).collect();
    assert_eq!(ids_a.len(), a.doc.flat_sections().len());
}

#[test]
fn a_plan_is_never_matched_with_a_review() {
    // 2021's plan `（一）保持宏观政策连续性…经济运行在合理区间` and 2023's
    // review `（一）创新宏观调控，保持经济运行在合理区间` share words, not a part.
    let (a, b) = (report(2021), report(2023));
    let c = compare(&a, &b);
    let pair = c
        .sections
        .iter()
        .find(|m| m.a.as_deref() == Some("3.1"))
        .unwrap();
    assert_eq!(pair.b, None, "{pair:?}");
    // The reviews still pair.
    assert!(
        c.sections
            .iter()
            .any(|m| m.a.as_deref() == Some("1") && m.b.as_deref() == Some("1"))
    );
}

#[test]
fn a_term_new_in_the_later_report() {
    let c = compare(&report(2023), &report(2024));
    let fresh: Vec<&str> = c
        .terms
        .iter()
        .filter(|t| t.a == 0 && t.b > 0)
        .map(|t| t.term.as_str())
        .collect();
    assert!(!fresh.is_empty(), "{:?}", c.terms);
    let json = baogao::library::print::compare_json(&c);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    for key in ["a", "b", "targets", "sections", "terms"] {
        assert!(v.get(key).is_some(), "{key}");
    }
    assert!(v["targets"][0].get("outcome_in_b").is_some());
    assert!(v["sections"][0].get("similarity").is_some());
}
