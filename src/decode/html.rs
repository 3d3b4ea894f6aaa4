//! HTML pages to plain text: one paragraph per block element, without
//! scripts, styles, navigation or page chrome; entities decoded.

use html5gum::{DefaultEmitter, Token, Tokenizer};

/// Tags whose whole content is dropped.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "nav", "head", "template", "svg", "iframe", "select", "button",
    "form", "object",
];

/// Tags that end a paragraph when they open or close.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "dl",
    "hr",
    "center",
    "header",
    "footer",
    "main",
    "aside",
    "figure",
    "figcaption",
    "td",
    "th",
    "body",
    "title",
];

/// Elements without content or end tag.
const VOID: &[&str] = &[
    "br", "img", "meta", "link", "input", "hr", "col", "area", "base", "wbr", "source", "embed",
    "param", "track",
];

/// Class or id words of page furniture around an article.
const FURNITURE: &[&str] = &[
    "nav",
    "menu",
    "footer",
    "breadcrumb",
    "crumb",
    "share",
    "toolbar",
    "sidebar",
    "related",
    "copyright",
    "topbar",
    "login",
    "search",
];

/// Whether a start tag opens navigation, a header or footer, sharing
/// buttons and the like (by its class or id).
fn is_page_furniture(tag: &html5gum::StartTag) -> bool {
    ["class", "id"].iter().any(|key| {
        tag.attributes
            .get(key.as_bytes())
            .map(|v| String::from_utf8_lossy(v).to_ascii_lowercase())
            .is_some_and(|v| {
                // `BreadcrumbNav`, `navbar`, `footer-links`: words that
                // begin or end with a furniture word.
                v.split(|c: char| !c.is_ascii_alphanumeric()).any(|word| {
                    FURNITURE
                        .iter()
                        .any(|f| word.starts_with(f) || word.ends_with(f))
                })
            })
    })
}

/// Whether `text` looks like an HTML document rather than plain text.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
        || (head.starts_with('<')
            && (head.contains("<body") || head.contains("<p>") || head.contains("<div")))
}

/// Extracts the readable text of an HTML page, one block per line.
pub fn html_to_text(html: &str) -> String {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut out = String::new();
    let mut line = String::new();
    let mut skip_depth: Vec<String> = Vec::new();
    let flush = |line: &mut String, out: &mut String| {
        let t = line.trim_matches(|c: char| c == ' ' || c == '\t' || c == '\n');
        if !t.is_empty() {
            out.push_str(t);
            out.push('\n');
        }
        line.clear();
    };
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let void = VOID.contains(&name.as_str()) || tag.self_closing;
                if !skip_depth.is_empty() {
                    // Inside a skipped element: track nesting so that its
                    // own end tag, not an inner one, ends the skip.
                    if !void {
                        skip_depth.push(name);
                    }
                } else if !void && (SKIP.contains(&name.as_str()) || is_page_furniture(&tag)) {
                    flush(&mut line, &mut out);
                    skip_depth.push(name);
                } else if BLOCK.contains(&name.as_str()) {
                    flush(&mut line, &mut out);
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if let Some(pos) = skip_depth.iter().rposition(|n| *n == name) {
                    skip_depth.truncate(pos);
                } else if skip_depth.is_empty() && BLOCK.contains(&name.as_str()) {
                    flush(&mut line, &mut out);
                }
            }
            Token::String(s) if skip_depth.is_empty() => {
                let s = String::from_utf8_lossy(&s);
                for c in s.chars() {
                    // Source line breaks inside a block are just spaces; the
                    // ideographic indent and nbsp are kept as written.
                    let c = if c == '\n' || c == '\r' || c == '\t' {
                        ' '
                    } else {
                        c
                    };
                    if c == ' ' && (line.is_empty() || line.ends_with(' ')) {
                        continue;
                    }
                    line.push(c);
                }
            }
            _ => {}
        }
    }
    flush(&mut line, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_paragraphs_drops_scripts_and_nav() {
        let html = "<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head>\
            <body><nav>首页 新闻</nav><script>var a='<p>no</p>';</script>\
            <h1>政府工作报告</h1><p>各位代表：</p><p>　　一、工作&amp;回顾</p><div>增长&nbsp;5%<br>下一行</div></body></html>";
        let text = html_to_text(html);
        assert_eq!(
            text,
            "政府工作报告\n各位代表：\n　　一、工作&回顾\n增长\u{a0}5%\n下一行\n"
        );
        assert!(looks_like_html(html));
        assert!(!looks_like_html("政府工作报告\n各位代表"));
    }
}
