//! Finding things in a report. In: a report's folded text, sections and
//! figures, and what the reader typed. Out: search hits ([`search`]:
//! folded substrings, pinyin) and topic candidates ([`topic`]: titles and
//! labels by Chinese, pinyin, initials or fuzzy match).

pub mod search;
pub mod topic;
