//! Characters and lines. In: chars and strings. Out: folding for matching
//! ([`fold`]: fullwidth = halfwidth), Chinese numerals ([`cnnum`]), and
//! layout by display width ([`layout`]: wrapping with the Chinese
//! line-break rules, truncation).

pub mod chars;
pub mod cnnum;
pub mod fold;
pub mod layout;
