//! Document → figures. In: a [`Document`](crate::document::Document) and
//! its folded chars. Out: every quantity of the report as a [`Figure`] —
//! exact value, scale, unit and kind ([`quantity`]), label and period
//! ([`labels`]), change, approximation and target ([`extract`]) — with the
//! word lists they use in one place ([`lexicon`]).

//!
//! In this folder `f` is always a paragraph's folded chars (`&[char]`) and
//! `orig` the same chars as written.

pub mod extract;
pub mod indicators;
pub mod kinds;
pub mod labels;
pub mod lexicon;
pub mod quantity;

pub use extract::{Bound, Change, Figure, extract};
pub use kinds::{Direction, Kind};
