//! The library of reports: year, region and level of every report; the GDP
//! growth and CPI targets 2005–2025 and the outcomes the reports give for
//! the year before (checked by hand against the texts); terms across years;
//! the commands' JSON.

use baogao::library::trend::trend;
use baogao::library::{Library, LibraryOptions};
use std::process::Command;

fn corpus(years: std::ops::RangeInclusive<i32>) -> Vec<String> {
    years
        .map(|y| super::fixture(&format!("corpus/{y}.txt")))
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect()
}

fn library(paths: &[String]) -> Library {
    Library::open(paths, &LibraryOptions::default()).unwrap()
}

/// (year, target as (value, low, high, bound), outcome for the year before)
type Row = (
    i32,
    (Option<f64>, Option<f64>, Option<f64>, Option<&'static str>),
    Option<f64>,
);

#[test]
fn gdp_growth_targets_and_outcomes_2005_2025() {
    let lib = library(&corpus(2005..=2025));
    let about = Some("about");
    // As the reports state them; the 2008 report gives 2007's growth only
    // as a five-year figure (年均10.6%), so no outcome. No 2020 report in
    // the corpus.
    let want: &[Row] = &[
        (2005, (Some(8.0), None, None, about), Some(9.5)),
        (2006, (Some(8.0), None, None, about), Some(9.9)),
        (2007, (Some(8.0), None, None, about), Some(10.7)),
        (2008, (Some(8.0), None, None, about), None),
        (2009, (Some(8.0), None, None, about), Some(9.0)),
        (2010, (Some(8.0), None, None, about), Some(8.7)),
        (2011, (Some(8.0), None, None, about), Some(10.3)),
        (2012, (Some(7.5), None, None, None), Some(9.2)),
        (2013, (Some(7.5), None, None, about), Some(7.8)),
        (2014, (Some(7.5), None, None, about), Some(7.7)),
        (2015, (Some(7.0), None, None, about), Some(7.4)),
        (2016, (None, Some(6.5), Some(7.0), None), Some(6.9)),
        (2017, (Some(6.5), None, None, about), Some(6.7)),
        (2018, (Some(6.5), None, None, about), Some(6.9)),
        (2019, (None, Some(6.0), Some(6.5), None), Some(6.6)),
        (2021, (Some(6.0), None, None, Some("at_least")), Some(2.3)),
        (2022, (Some(5.5), None, None, about), Some(8.1)),
        (2023, (Some(5.0), None, None, about), Some(3.0)),
        (2024, (Some(5.0), None, None, about), Some(5.2)),
        (2025, (Some(5.0), None, None, about), Some(5.0)),
    ];
    let rows = trend(&lib, "gdp_growth");
    let got: Vec<Row> = rows
        .iter()
        .map(|r| {
            let t = r.target.as_ref().expect("a target");
            (
                r.year.unwrap(),
                (
                    t.value,
                    t.low,
                    t.high,
                    match t.bound.as_deref() {
                        Some("about") => Some("about"),
                        Some("at_least") => Some("at_least"),
                        Some("at_most") => Some("at_most"),
                        _ => None,
                    },
                ),
                r.outcome.as_ref().map(|o| o.value),
            )
        })
        .collect();
    assert_eq!(got, want);
    for r in &rows {
        let t = r.target.as_ref().unwrap();
        assert!(t.text.contains("增长"), "{}: {}", r.path, t.text);
        if let Some(o) = &r.outcome {
            assert_eq!(o.year, r.year.map(|y| y - 1));
        }
    }
    // The clause's offsets point into that report's text.
    let r2024 = rows.iter().find(|r| r.year == Some(2024)).unwrap();
    let text = baogao::report::Report::open(Some(&r2024.path), &Default::default())
        .unwrap()
        .doc
        .text;
    let t = r2024.target.as_ref().unwrap();
    let slice: String = text.chars().skip(t.start).take(t.end - t.start).collect();
    assert_eq!(slice, t.text);
}

#[test]
fn the_cpi_target_is_found_in_every_report_2005_2025() {
    let lib = library(&corpus(2005..=2025));
    let rows = trend(&lib, "cpi");
    let targets: Vec<(i32, f64)> = rows
        .iter()
        .filter_map(|r| Some((r.year?, r.target.as_ref()?.value?)))
        .collect();
    let want = [
        (2005, 4.0),
        (2006, 3.0),
        (2007, 3.0),
        (2008, 4.8),
        (2009, 4.0),
        (2010, 3.0),
        (2011, 4.0),
        (2012, 4.0),
        (2013, 3.5),
        (2014, 3.5),
        (2015, 3.0),
        (2016, 3.0),
        (2017, 3.0),
        (2018, 3.0),
        (2019, 3.0),
        (2021, 3.0),
        (2022, 3.0),
        (2023, 3.0),
        (2024, 3.0),
        (2025, 2.0),
    ];
    assert_eq!(targets, want);
}

#[test]
fn year_region_and_level_of_every_report() {
    let mut paths = corpus(1954..=2025);
    for f in [
        "jiading-2022h1.txt",
        "state-council-2024.txt",
        "guangdong-2026.txt",
        "hailaer-2016-gbk-crlf.txt",
    ] {
        paths.push(super::fixture(f).display().to_string());
    }
    let lib = library(&paths);
    assert_eq!(lib.reports.len(), paths.len());
    for s in &lib.reports {
        let name = std::path::Path::new(&s.path)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let (year, from, region, level) = match name.as_str() {
            "jiading-2022h1.txt" => (2022, "date", "上海市嘉定区", "county"),
            "state-council-2024.txt" => (2024, "date", "全国", "national"),
            "guangdong-2026.txt" => (2026, "date", "广东省", "provincial"),
            "hailaer-2016-gbk-crlf.txt" => (2016, "date", "海拉尔区", "county"),
            // Wiki copies: a date line when the copy kept one, else the name.
            n if s.date.is_some() => (n[..4].parse().unwrap(), "date", "全国", "national"),
            n => (n[..4].parse().unwrap(), "file name", "全国", "national"),
        };
        assert_eq!(s.year, Some(year), "{name}");
        assert_eq!(s.year_from.as_deref(), Some(from), "{name}");
        assert_eq!(s.region.as_deref(), Some(region), "{name}");
        assert_eq!(s.level.as_deref(), Some(level), "{name}");
    }
    // Sorted by year, then path.
    assert!(
        lib.reports
            .windows(2)
            .all(|w| (w[0].year, &w[0].path) <= (w[1].year, &w[1].path))
    );
}

fn baogao(args: &[&str], cache: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(args)
        .env("XDG_CACHE_HOME", cache)
        .output()
        .unwrap()
}

fn temp(name: &str) -> std::path::PathBuf {
    let d = super::scratch().join(format!("baogao-lib-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn the_commands_print_the_contract_json_and_use_the_cache() {
    let cache = temp("cache");
    let dir = temp("lib");
    for y in [2022, 2023, 2024] {
        std::fs::copy(
            super::fixture(&format!("corpus/{y}.txt")),
            dir.join(format!("{y}.txt")),
        )
        .unwrap();
    }
    std::fs::write(dir.join("notes.md"), "not a report").unwrap();
    let d = dir.to_str().unwrap();
    let out = baogao(&["library", d, "--json"], &cache);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 3, "the .md file is not a report");
    for key in [
        "path",
        "year",
        "year_from",
        "date",
        "title",
        "region",
        "level",
        "speaker",
        "chars",
        "sections",
        "figures",
        "targets",
    ] {
        assert!(rows[0].get(key).is_some(), "{key}");
    }
    assert_eq!(rows[2]["year"], 2024);
    assert_eq!(rows[2]["level"], "national");
    // The cache now holds three entries; a corrupt one is rebuilt.
    let entries: Vec<_> = walk(&cache)
        .into_iter()
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && p.file_stem().is_some_and(|s| s.len() == 16)
        })
        .collect();
    assert_eq!(entries.len(), 3);
    std::fs::write(&entries[0], "{ corrupt").unwrap();
    let again = baogao(&["library", d, "--json"], &cache);
    assert_eq!(again.stdout, out.stdout, "same rows from a damaged cache");
    let nocache = baogao(&["library", d, "--json", "--no-cache"], &cache);
    assert_eq!(nocache.stdout, out.stdout);
    // A file changed since: read again, not taken from the stat index.
    let f2024 = dir.join("2024.txt");
    let text =
        std::fs::read_to_string(&f2024)
            .unwrap()
            .replacen("政府工作报告", "2024年政府工作报告", 1);
    std::fs::write(&f2024, text).unwrap();
    let changed = baogao(&["library", d, "--json"], &cache);
    assert!(String::from_utf8_lossy(&changed.stdout).contains("2024年政府工作报告"));

    let trend = baogao(&["trend", "国内生产总值增长", d, "--json"], &cache);
    let rows: serde_json::Value = serde_json::from_slice(&trend.stdout).unwrap();
    let r2024 = &rows.as_array().unwrap()[2];
    assert_eq!(r2024["indicator"], "gdp_growth");
    assert_eq!(r2024["target"]["value"], 5.0);
    assert_eq!(r2024["target"]["bound"], "about");
    assert_eq!(r2024["outcome"]["year"], 2023);
    assert_eq!(r2024["outcome"]["value"], 5.2);
    let unknown = baogao(&["trend", "gdp_grwoth", d], &cache);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("gdp_growth"));

    // 新质生产力 first appears in the 2024 report (once, in this text).
    let terms = baogao(&["terms", "新质生产力", "高质量发展", d, "--json"], &cache);
    let rows: serde_json::Value = serde_json::from_slice(&terms.stdout).unwrap();
    let counts: Vec<u64> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["counts"]["新质生产力"].as_u64().unwrap())
        .collect();
    assert_eq!(counts[..2], [0, 0]);
    assert_eq!(counts[2], 1, "{counts:?}");
    assert!(rows[0]["per_10k"]["高质量发展"].as_f64().unwrap() > 0.0);

    let search = baogao(&["search", "新质生产力", d, "--json"], &cache);
    let rows: serde_json::Value = serde_json::from_slice(&search.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 1, "reports without hits are left out");
    assert_eq!(rows[0]["year"], 2024);
    assert_eq!(rows[0]["hits"].as_array().unwrap().len() as u64, counts[2]);
    assert!(rows[0]["hits"][0]["line"].as_u64().unwrap() > 1);
    let none = baogao(&["search", "没有这个词语", d], &cache);
    assert_eq!(none.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&cache);
    let _ = std::fs::remove_dir_all(&dir);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Search and terms read the index once it is built (the first query
/// builds it); whatever it says, the hits and counts are those of a full
/// scan without the cache, also after the index or a cached text is
/// damaged.
#[test]
fn search_and_terms_through_the_index_equal_a_full_scan() {
    let cache = temp("index-cache");
    let dir = temp("index-lib");
    for y in [1985, 2005, 2015, 2019, 2022, 2023, 2024, 2025] {
        std::fs::copy(
            super::fixture(&format!("corpus/{y}.txt")),
            dir.join(format!("{y}.txt")),
        )
        .unwrap();
    }
    let d = dir.to_str().unwrap();
    let queries = [
        "新质生产力",
        "高质量发展",
        "经济",
        "碳达峰",
        "就业优先",
        "没有这个词语",
        "GDP",
    ];
    let scan: Vec<_> = queries
        .iter()
        .map(|q| baogao(&["search", q, d, "--json", "--no-cache"], &cache).stdout)
        .collect();
    let terms = |cache: &std::path::Path| {
        baogao(
            &["terms", "新质生产力", "经济", "碳达峰", d, "--json"],
            cache,
        )
        .stdout
    };
    let empty = temp("index-none");
    let terms_scan = terms(&empty);
    let indexes = |c: &std::path::Path| {
        walk(c)
            .into_iter()
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with("index-")
            })
            .collect::<Vec<_>>()
    };
    for round in 0..2 {
        for (q, want) in queries.iter().zip(&scan) {
            let got = baogao(&["search", q, d, "--json"], &cache).stdout;
            assert_eq!(&got, want, "round {round}: {q}");
        }
        assert_eq!(terms(&cache), terms_scan, "round {round}");
        assert_eq!(indexes(&cache).len(), 1, "one index for these reports");
    }
    // A damaged index, then a damaged cached text: the same answers.
    let index = indexes(&cache).remove(0);
    let bytes = std::fs::read(&index).unwrap();
    std::fs::write(&index, &bytes[..bytes.len() / 2]).unwrap();
    assert_eq!(
        baogao(&["search", "新质生产力", d, "--json"], &cache).stdout,
        scan[0]
    );
    let text = walk(&cache)
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == "txt"))
        .unwrap();
    std::fs::write(&text, "新质生产力").unwrap();
    for (q, want) in queries.iter().zip(&scan) {
        assert_eq!(
            &baogao(&["search", q, d, "--json"], &cache).stdout,
            want,
            "{q}"
        );
    }
    assert_eq!(terms(&cache), terms_scan);
    for p in [cache, dir, empty] {
        let _ = std::fs::remove_dir_all(p);
    }
}

/// Outcomes and indicators a reader found wrong (checked against the
/// texts): the value a change starts from is no outcome (2003: `国内生产
/// 总值从1997年的7.4万亿元增加到2002年的10.2万亿元`), a share of GDP is no
/// GDP (2003, 2013), `经济增长８．８％` labelled `经济` is GDP growth (1998),
/// and `翻一番` is no growth rate (2001).
#[test]
fn outcomes_are_where_a_change_ends_and_shares_are_not_the_whole() {
    let lib = library(&corpus(1998..=2013));
    let outcome = |id: &str, year: i32| {
        trend(&lib, id)
            .into_iter()
            .find(|r| r.year == Some(year))
            .and_then(|r| r.outcome)
            .map(|o| (o.value, o.unit))
    };
    assert_eq!(outcome("gdp", 2003), Some((10.2, "万亿元".to_string())));
    // 2001 sets no target for the year: its 7%左右 is the “十五” plan's
    // yearly average (`“十五”期间年均经济增长速度预期目标为7％左右`).
    let target_2001 = trend(&lib, "gdp_growth")
        .into_iter()
        .find(|r| r.year == Some(2001))
        .and_then(|r| r.target);
    assert!(target_2001.is_none(), "{target_2001:?}");
    assert_eq!(outcome("gdp_growth", 1998), Some((8.8, "%".to_string())));
    for s in &lib.reports {
        for f in &s.indicator_figures {
            assert!(
                !(f.indicator == "gdp" && f.unit == "%"),
                "{}: a share as GDP: {}",
                s.path,
                f.text
            );
            assert!(
                !(f.indicator == "gdp_growth" && f.unit != "%"),
                "{}: a growth rate in {}: {}",
                s.path,
                f.unit,
                f.text
            );
        }
    }
    // The value a change starts from is not a goal either.
    let doc =
        "各位代表：\n二、今年工作安排\n将小型微利企业年应纳税所得额上限由30万元提高到50万元。\n";
    let r =
        baogao::report::Report::from_bytes("t.txt", doc.as_bytes(), &Default::default()).unwrap();
    let target = |t: &str| r.figures.iter().find(|f| f.text == t).map(|f| f.target);
    assert_eq!(target("30万元"), Some(false));
    assert_eq!(target("50万元"), Some(true));
}

/// A level is followed in amounts, shown with a scale: the GDP trend once
/// mixed 19.7% (1956), 2番 (1993) and 1117000000000元 (1986) in one column.
#[test]
fn a_level_is_followed_in_amounts_with_a_scale() {
    let paths: Vec<String> = [1956, 1986, 1993, 1994, 1995]
        .iter()
        .flat_map(|&y| corpus(y..=y))
        .collect();
    let lib = library(&paths);
    let rows = trend(&lib, "gdp");
    for r in &rows {
        for unit in r
            .target
            .iter()
            .map(|t| &t.unit)
            .chain(r.outcome.iter().map(|o| &o.unit))
        {
            assert!(unit.ends_with('元'), "{:?}: {unit}", r.year);
        }
    }
    let y1986 = rows.iter().find(|r| r.year == Some(1986)).unwrap();
    assert_eq!(
        baogao::library::trend::Target::shown_or_dash(y1986.target.as_ref()),
        "11170亿元"
    );
    // The growth target of 1995, a range in Chinese numerals, and 1994's
    // outcome after `突破3万亿元大关，比上年增长百分之十三点四`.
    let g = trend(&lib, "gdp_growth");
    let at = |y: i32| g.iter().find(|r| r.year == Some(y)).unwrap();
    let t = at(1995).target.as_ref().unwrap();
    assert_eq!((t.low, t.high), (Some(8.0), Some(9.0)));
    assert_eq!(at(1994).outcome.as_ref().map(|o| o.value), Some(13.4));
}
