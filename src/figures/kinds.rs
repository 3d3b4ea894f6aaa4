//! What a figure is and which way a change goes, as types (serialised to
//! the contract's strings).

use serde::Serialize;
use std::fmt;

/// What a quantity measures, from its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Count,
    Money,
    Percent,
    /// A change with no quantity of its own (`同比增长5.5%`), or a change in
    /// percentage points.
    Change,
    Area,
    Length,
    Weight,
    Volume,
    Energy,
    TimeSpan,
    Other,
}

impl Kind {
    /// The contract's name (`"time_span"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Change => "change",
            Kind::Area => "area",
            Kind::Length => "length",
            Kind::Weight => "weight",
            Kind::Volume => "volume",
            Kind::Energy => "energy",
            Kind::TimeSpan => "time_span",
            Kind::Other => "other",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which way a change goes. `Improve` is the report's judgement (`改善`,
/// `好转`) where the text does not settle which way the number went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
    Flat,
    Improve,
}

impl Direction {
    /// The contract's name (`"up"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
            Direction::Flat => "flat",
            Direction::Improve => "improve",
        }
    }
}

impl fmt::Display for Direction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialised_as_the_contract_names() {
        for k in [Kind::Count, Kind::TimeSpan, Kind::Change, Kind::Other] {
            assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{k}\""));
        }
        assert_eq!(
            serde_json::to_string(&Kind::TimeSpan).unwrap(),
            "\"time_span\""
        );
        for d in [
            Direction::Up,
            Direction::Down,
            Direction::Flat,
            Direction::Improve,
        ] {
            assert_eq!(serde_json::to_string(&d).unwrap(), format!("\"{d}\""));
        }
    }
}
