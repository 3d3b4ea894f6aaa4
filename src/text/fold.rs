//! Character folding for matching: fullwidth forms to ASCII, one char to one
//! char, so offsets in folded text equal offsets in the document text.

/// Folds one character: fullwidth ASCII (`１`, `％`, `．`, `（`) to ASCII,
/// the ideographic space to a space, ASCII letters to lower case.
pub fn fold_char(c: char) -> char {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    };
    c.to_ascii_lowercase()
}

/// Folds a whole string, char for char.
pub fn fold_str(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// Folds a string into a vector of chars (handy for scanners that index).
pub fn fold_chars(s: &str) -> Vec<char> {
    s.chars().map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_fullwidth_to_ascii() {
        assert_eq!(fold_str("３３．５万亿元，８．７％"), "33.5万亿元,8.7%");
        assert_eq!(fold_str("（１）ＰＭ"), "(1)pm");
        assert_eq!(fold_str("　　各位"), "  各位");
        assert_eq!(fold_str("Ｑ").chars().count(), 1);
    }
}
