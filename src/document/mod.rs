//! Text → document. In: decoded text. Out: a [`Document`] — the text with
//! hard-wrapped lines rejoined ([`reflow`]), the title block
//! ([`titleblock`]), paragraphs and sentences, and the section tree with
//! numbered points ([`markers`], [`parse`]); everything located by char
//! offsets into `Document::text`.

pub mod markers;
pub mod model;
pub mod parse;
pub mod reflow;
pub mod titleblock;

pub use model::*;
pub use parse::{parse, parse_reflowed};
