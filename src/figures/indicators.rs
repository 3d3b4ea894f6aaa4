//! Canonical indicators: the lexicon (`assets/indicators.toml`, compiled
//! in) and the mapping of a figure to one of them by its label, so that
//! figures can be compared across reports (`gdp_growth` in 2005 and 2025).

use super::{Direction, Figure, Kind};
use crate::text::fold::fold_str;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// Whether an indicator is a rate of change or a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    Growth,
    Level,
}

/// One canonical indicator.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Indicator {
    /// Stable ASCII id (`gdp_growth`).
    pub id: String,
    /// The canonical Chinese name.
    pub name: String,
    /// Words that name it in reports, most specific first.
    pub aliases: Vec<String>,
    /// The kind of its figures (`percent`, `money`…).
    pub unit_kind: String,
    pub measure: Measure,
    /// Whether a rise is the goal (a fall of 能耗 or PM2.5 is good).
    pub rise_is_good: bool,
}

#[derive(Deserialize)]
struct Lexicon {
    indicator: Vec<Indicator>,
}

/// The compiled-in lexicon.
pub static LEXICON: LazyLock<Vec<Indicator>> = LazyLock::new(|| {
    let text = include_str!("../../assets/indicators.toml");
    toml::from_str::<Lexicon>(text)
        .map(|l| l.indicator)
        .unwrap_or_else(|e| unreachable!("assets/indicators.toml: {e}"))
});

/// Every alias folded (fullwidth → ASCII, lower case), with its indicator
/// and its length in chars, longest first.
static ALIASES: LazyLock<Vec<(String, usize, usize)>> = LazyLock::new(|| {
    let mut v: Vec<(String, usize, usize)> = LEXICON
        .iter()
        .enumerate()
        .flat_map(|(i, ind)| {
            ind.aliases.iter().map(move |a| {
                let a = fold_str(a);
                let n = a.chars().count();
                (a, i, n)
            })
        })
        .collect();
    v.sort_by_key(|&(_, _, n)| std::cmp::Reverse(n));
    v
});

/// The aliases (as indices into [`ALIASES`]) sorted by their first char:
/// a label is matched against those that start with one of its chars only
/// (found by binary search: asked for every char of every figure's label).
static BY_FIRST: LazyLock<Vec<(char, usize)>> = LazyLock::new(|| {
    let mut v: Vec<(char, usize)> = ALIASES
        .iter()
        .enumerate()
        .filter_map(|(k, (a, _, _))| a.chars().next().map(|c| (c, k)))
        .collect();
    v.sort_unstable();
    v
});

/// The aliases the label contains, in [`ALIASES`] order (longest first).
fn aliases_in(label: &str) -> Vec<&'static (String, usize, usize)> {
    let by_first = &*BY_FIRST;
    let mut found: Vec<usize> = label
        .char_indices()
        .flat_map(|(b, c)| {
            let from = by_first.partition_point(|&(f, _)| f < c);
            by_first[from..]
                .iter()
                .take_while(move |&&(f, _)| f == c)
                .map(|&(_, k)| k)
                .filter(move |&k| label[b..].starts_with(ALIASES[k].0.as_str()))
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    found.into_iter().map(|k| &ALIASES[k]).collect()
}

/// The indicator with this id.
pub fn by_id(id: &str) -> Option<&'static Indicator> {
    LEXICON.iter().find(|i| i.id == id)
}

/// The indicator a reader means: an id (`gdp_growth`), a name or alias
/// (`国内生产总值`, `GDP`, fullwidth or not), or the pinyin of one
/// (`jingjizengzhang`, `guoneishengchanzongzhi`). Unknown: the closest ids.
pub fn resolve(query: &str) -> Result<&'static Indicator, Vec<&'static str>> {
    let q = fold_str(query.trim());
    if let Some(i) = LEXICON.iter().find(|i| i.id == q) {
        return Ok(i);
    }
    let by_name =
        |i: &Indicator| fold_str(&i.name) == q || i.aliases.iter().any(|a| fold_str(a) == q);
    if let Some(i) = LEXICON.iter().find(|i| by_name(i)) {
        return Ok(i);
    }
    let pinyin = |s: &str| crate::query::topic::pinyin_of(s).0;
    if q.chars().all(|c| c.is_ascii_alphabetic())
        && let Some(i) = LEXICON
            .iter()
            .find(|i| pinyin(&i.name) == q || i.aliases.iter().any(|a| pinyin(a) == q))
    {
        return Ok(i);
    }
    // A part of a name (`物价`, `就业`, `jiuye`): the one indicator whose
    // name, an alias or their pinyin contains it; of several, the one with
    // the shortest such name, when no other is as short.
    let latin = q.chars().all(|c| c.is_ascii_alphabetic()) && q.len() >= 3;
    let part_of = |i: &Indicator| {
        std::iter::once(i.name.as_str())
            .chain(i.aliases.iter().map(String::as_str))
            .filter(|a| fold_str(a).contains(&q) || latin && pinyin(a).contains(&q))
            .map(|a| a.chars().count())
            .min()
    };
    if !q.is_empty() {
        let mut found: Vec<(usize, &'static Indicator)> = LEXICON
            .iter()
            .filter_map(|i| part_of(i).map(|n| (n, i)))
            .collect();
        found.sort_by_key(|&(n, _)| n);
        match found.as_slice() {
            [(_, i)] => return Ok(i),
            [(a, i), (b, _), ..] if a < b => return Ok(i),
            [_, _, ..] => return Err(found.iter().take(5).map(|(_, i)| i.id.as_str()).collect()),
            [] => {}
        }
    }
    // The closest ids: those that share the most leading characters or
    // contain the query.
    let mut scored: Vec<(usize, &'static str)> = LEXICON
        .iter()
        .map(|i| {
            let common =
                i.id.chars()
                    .zip(q.chars())
                    .take_while(|(a, b)| a == b)
                    .count();
            let contains =
                usize::from(!q.is_empty() && (i.id.contains(&q) || fold_str(&i.name).contains(&q)));
            (common + 10 * contains, i.id.as_str())
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    Err(scored.into_iter().take(3).map(|(_, id)| id).collect())
}

/// Whether a figure of this kind can be a value of `ind`: a rate is a
/// percentage (or a change of it); an amount is of its kind, or a change
/// of it (`增长5%`).
fn fits(ind: &Indicator, fig: &Figure) -> bool {
    let kind = fig.kind.as_str();
    match (ind.unit_kind.as_str(), ind.measure) {
        // A rate is a percentage or a change in per cent (`翻一番`, `2.2倍`
        // are changes, but no rate).
        ("percent", _) => {
            fig.kind == Kind::Percent
                || fig.kind == Kind::Change
                    && fig
                        .unit
                        .as_deref()
                        .is_some_and(|u| u.contains('%') || u.contains("百分点"))
        }
        (k, Measure::Level) => kind == k || fig.kind == Kind::Change || fig.kind == Kind::Percent,
        _ => true,
    }
}

/// Whether a figure states a rate of change (`增长5.2%`) rather than a level.
fn is_growth(fig: &Figure) -> bool {
    fig.kind == Kind::Change
}

/// The indicator a figure measures, from its label: the longest alias the
/// label contains. A change of a level (`国内生产总值增长5.2%`) maps to its
/// growth indicator when the lexicon has one (`gdp_growth`), else to the
/// level itself.
pub fn classify(fig: &Figure) -> Option<&'static Indicator> {
    let label = fold_str(fig.label.as_deref()?);
    // `财政赤字占国内生产总值的比重`: what follows 占 is the whole the share
    // is of, not what the figure measures.
    let label = match label.split_once('占') {
        Some((subject, _)) if !subject.is_empty() => subject.to_string(),
        // `占国内生产总值的比重`: a share, of a whole named, of nothing named.
        Some(_) => return None,
        None => label,
    };
    let growth = is_growth(fig);
    let (_, ind) = best_alias(fig, &label, growth).or_else(|| {
        // `经济增长8.8%` labelled `经济`: the growth of what it names.
        growth
            .then(|| best_alias(fig, &format!("{label}增长"), growth))
            .flatten()
    })?;
    if growth && ind.measure == Measure::Level {
        // `国内生产总值` + 增长 → `国内生产总值增长` (gdp_growth).
        let label_chars = label.chars().count();
        let longer = ["增长", "增速", "实际增长"].iter().find_map(|w| {
            let key = format!("{label}{w}");
            ALIASES
                .iter()
                .find(|&&(ref a, i, n)| {
                    LEXICON[i].measure == Measure::Growth
                        && n > label_chars
                        && key.ends_with(a.as_str())
                        && fits(&LEXICON[i], fig)
                })
                .map(|&(_, i, _)| &LEXICON[i])
        });
        return Some(longer.unwrap_or(ind));
    }
    Some(ind)
}

/// The longest alias in `label` whose indicator fits the figure, with its
/// length in chars (at equal length a growth figure prefers a growth
/// indicator).
fn best_alias(fig: &Figure, label: &str, growth: bool) -> Option<(usize, &'static Indicator)> {
    let mut best: Option<(usize, &'static Indicator)> = None;
    for &(_, i, n) in aliases_in(label) {
        let ind = &LEXICON[i];
        if best.is_some_and(|(m, _)| m > n) {
            break;
        }
        if !fits(ind, fig) {
            continue;
        }
        let better = match best {
            None => true,
            Some((_, b)) => {
                growth && ind.measure == Measure::Growth && b.measure != Measure::Growth
            }
        };
        if better {
            best = Some((n, ind));
        }
    }
    best
}

/// The growth indicator of a level (`gdp` → `gdp_growth`): the growth
/// indicator one of whose aliases is an alias of the level plus `增长`.
pub fn growth_of(level_id: &str) -> Option<&'static Indicator> {
    let level = by_id(level_id).filter(|i| i.measure == Measure::Level)?;
    LEXICON.iter().find(|g| {
        g.measure == Measure::Growth
            && level
                .aliases
                .iter()
                .any(|a| g.aliases.iter().any(|ga| *ga == format!("{a}增长")))
    })
}

/// The direction of a change the report judges (`改善`, `好转`): settled by
/// the indicator when it says which way is good, else `Improve`.
pub fn settle_direction(ind: Option<&Indicator>, dir: Direction) -> Direction {
    match (dir, ind) {
        (Direction::Improve, Some(i)) if i.rise_is_good => Direction::Up,
        (Direction::Improve, Some(_)) => Direction::Down,
        (d, _) => d,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indicators_are_found_by_id_name_alias_or_pinyin() {
        for q in [
            "gdp_growth",
            "国内生产总值增长",
            "ＧＤＰ增长",
            "jingjizengzhang",
            "经济增长",
        ] {
            assert_eq!(resolve(q).map(|i| i.id.as_str()), Ok("gdp_growth"), "{q}");
        }
        assert_eq!(resolve("GDP").map(|i| i.id.as_str()), Ok("gdp"));
        // A part of a name, in Chinese or pinyin.
        for (q, id) in [
            ("物价", "cpi"),
            ("jiuye", "urban_new_jobs"),
            ("就业", "urban_new_jobs"),
        ] {
            assert_eq!(resolve(q).map(|i| i.id.as_str()), Ok(id), "{q}");
        }
        let near = resolve("gdp_grwth").unwrap_err();
        assert!(near.contains(&"gdp_growth"), "{near:?}");
    }

    #[test]
    fn the_lexicon_loads_with_unique_ids_and_aliases() {
        assert!(LEXICON.len() >= 80, "{} indicators", LEXICON.len());
        let mut ids = std::collections::HashSet::new();
        let mut aliases = std::collections::HashSet::new();
        for i in LEXICON.iter() {
            assert!(ids.insert(i.id.as_str()), "id {} twice", i.id);
            assert!(
                i.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            );
            for a in &i.aliases {
                // An empty alias would be in every label (and in no index).
                assert!(!a.is_empty(), "{}: an empty alias", i.id);
                assert!(aliases.insert(fold_str(a)), "alias {a} twice");
            }
        }
        for id in [
            "gdp",
            "gdp_growth",
            "cpi",
            "urban_new_jobs",
            "urban_unemployment_surveyed",
            "deficit_ratio",
            "grain_output",
            "energy_intensity",
            "pm25",
            "disposable_income_growth",
        ] {
            assert!(by_id(id).is_some(), "{id}");
        }
    }
}
