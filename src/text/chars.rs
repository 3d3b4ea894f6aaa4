//! Character classes, each in one place: CJK ideographs, the marks that end
//! sentences and clauses, closing marks, and the Chinese line-break rules
//! (what may not start or end a line).

/// A CJK unified ideograph (the basic block, where report text lives).
pub fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Marks that end a sentence.
#[rustfmt::skip]
pub const SENTENCE_STOPS: &[char] = &['!', '?', '。', '！', '？'];

/// Whether `c` ends a sentence.
pub fn is_sentence_stop(c: char) -> bool {
    SENTENCE_STOPS.contains(&c)
}

/// Marks that end a sentence or a semicolon clause (`目标是：…；…；…。`).
#[rustfmt::skip]
pub const CLAUSE_STOPS: &[char] = &['!', ';', '?', '。', '！', '；', '？'];

/// Marks that end a clause, the bounds of a figure's label.
#[rustfmt::skip]
pub const CLAUSE_BREAKS: &[char] = &[
    '\n', '!', '(', ')', ',', ':', ';', '?', '、', '。', '！', '（', '）', '，', '：', '；', '？',
];

/// Closing marks kept with the sentence before them (`…。”`).
#[rustfmt::skip]
pub const CLOSERS: &[char] = &['"', ')', '’', '”', '》', '」', '』', '）'];

/// Whether `c` is a closing mark.
pub fn is_closer(c: char) -> bool {
    CLOSERS.contains(&c)
}

/// Characters that must not start a line (kinsoku): closing marks, stops,
/// commas, `%`. A line of a PDF paste that starts with one continues the
/// line before.
#[rustfmt::skip]
pub const NO_LINE_START: &[char] = &[
    '!', '%', ')', ',', '.', ':', ';', '?', ']', '’', '”', '…', '、', '。', '》', '」', '』', '】', '〕', '！', '％', '）', '，', '：', '；', '？',
];

/// Characters that must not end a line: opening marks.
#[rustfmt::skip]
pub const NO_LINE_END: &[char] = &['(', '[', '‘', '“', '《', '「', '『', '【', '〔', '（'];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_without_duplicates() {
        for t in [
            SENTENCE_STOPS,
            CLAUSE_STOPS,
            CLAUSE_BREAKS,
            CLOSERS,
            NO_LINE_START,
            NO_LINE_END,
        ] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{t:?}");
        }
    }

    #[test]
    fn classes_agree() {
        // Every sentence stop is a clause stop and a clause break, and none
        // may start a line.
        for c in SENTENCE_STOPS {
            assert!(
                CLAUSE_STOPS.contains(c) && CLAUSE_BREAKS.contains(c) && NO_LINE_START.contains(c)
            );
        }
        assert!(is_cjk('报') && !is_cjk('，') && !is_cjk('1'));
    }
}
