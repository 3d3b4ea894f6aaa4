//! baogao: Chinese government reports as a structure — decoding, the
//! document model, figures, text layout and app state (no terminal here).

pub mod app;
pub mod cli;
pub mod cnnum;
pub mod decode;
pub mod figures;
pub mod fold;
pub mod html;
pub mod keys;
pub mod labels;
pub mod layout;
pub mod load;
pub mod markers;
pub mod model;
pub mod output;
pub mod parse;
pub mod positions;
pub mod quantity;
pub mod reflow;
pub mod search;
pub mod selfcheck;
pub mod titleblock;
pub mod topic;
pub mod ui;
pub mod units;
