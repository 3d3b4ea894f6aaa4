//! The sample report's outline, checked by hand against the text.

#[test]
fn sample_outline_is_exact() {
    let l = baogao::report::Report::open(None, &baogao::report::Options::default()).unwrap();
    let d = &l.doc;
    let tb = &d.title_block;
    assert_eq!(tb.title.as_deref(), Some("政府上半年工作情况报告"));
    assert_eq!(tb.date.as_deref(), Some("2022-07-27"));
    assert_eq!(
        tb.venue.as_deref(),
        Some("上海市嘉定区第七届人民代表大会常务委员会第二次会议(扩大)")
    );
    assert_eq!(tb.speaker.as_deref(), Some("上海市嘉定区区长 高 香"));
    let top: Vec<(&str, &str)> = d
        .sections
        .iter()
        .map(|s| (s.marker.as_deref().unwrap(), s.title.as_str()))
        .collect();
    assert_eq!(
        top,
        [
            ("一、", "关于新冠肺炎疫情防控工作"),
            ("二、", "关于上半年经济社会发展工作"),
            ("三、", "关于代表、委员比较关心的问题"),
        ]
    );
    // Offsets from CONTRACT.md's example.
    let s1 = &d.sections[0];
    assert_eq!((s1.id.as_str(), s1.level, s1.number), ("1", 1, Some(1)));
    assert_eq!((s1.start, s1.end), (126, 2362));
    assert_eq!(s1.points.len(), 4);
    let p1 = &s1.points[0];
    assert_eq!(
        (
            p1.id.as_str(),
            p1.marker.as_str(),
            p1.number,
            p1.title.as_str()
        ),
        ("1.p1", "一是", 1, "有力有序加强组织动员")
    );
    assert_eq!((p1.start, p1.end, p1.inline), (365, 679, false));
    assert_eq!(d.sections[1].points.len(), 5);
    assert_eq!(
        d.sections[1]
            .points
            .iter()
            .map(|p| p.number)
            .collect::<Vec<_>>(),
        [1, 2, 3, 4, 5]
    );
    let kids: Vec<&str> = d.sections[2]
        .children
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(
        kids,
        [
            "关于稳住经济大盘",
            "关于两大战略引擎",
            "关于稳就业工作",
            "关于区域环境和安全综合整治",
            "关于基层社会治理创新"
        ]
    );
    assert_eq!(d.sections[2].children[2].id, "3.3");
    assert_eq!(d.sections[2].children[0].marker.as_deref(), Some("(一)"));
    // The text is the file unchanged: no hard wraps to rejoin.
    assert_eq!(d.text.as_bytes(), baogao::decode::input::SAMPLE);
    assert_eq!(d.slice(126, 140), "一、关于新冠肺炎疫情防控工作");
}

#[test]
fn outline_json_matches_contract_shape() {
    let l = baogao::report::Report::open(None, &baogao::report::Options::default()).unwrap();
    let v: serde_json::Value = serde_json::from_str(&baogao::output::outline_json(&l.doc)).unwrap();
    assert_eq!(v["title"], "政府上半年工作情况报告");
    assert_eq!(v["date"], "2022-07-27");
    let s = &v["sections"][0];
    for key in [
        "id", "level", "marker", "number", "title", "start", "end", "points", "children",
    ] {
        assert!(s.get(key).is_some(), "section lacks {key}");
    }
    assert_eq!(s["points"][0]["id"], "1.p1");
    assert_eq!(s["points"][0]["inline"], false);
    assert_eq!(v["sections"][2]["children"][4]["marker"], "(五)");
}
