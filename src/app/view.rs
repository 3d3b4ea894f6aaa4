//! The reading pane's rows: paragraphs wrapped on demand for the pane's
//! width and cached, the reading position moved row by row.

use super::{DocState, Row, RowKind};
use crate::text::layout::{VisualLine, wrap};

impl DocState {
    /// Sets the wrap width; cached rows of another width are dropped.
    pub fn set_width(&mut self, width: usize) {
        if self.wrap_width != width {
            self.wrap_width = width;
            self.wrap_cache.clear();
        }
    }

    /// The rows of paragraph `i` (a blank row first, except in the title
    /// block where nothing was left out before it), wrapped on first use.
    pub fn para_rows(&mut self, i: usize) -> &[Row] {
        if !self.wrap_cache.contains_key(&i) {
            let rows = self.wrap_para(i);
            self.wrap_cache.insert(i, rows);
        }
        &self.wrap_cache[&i]
    }

    fn wrap_para(&self, i: usize) -> Vec<Row> {
        let doc = &self.report.doc;
        let p = &doc.paragraphs[i];
        let mut rows = Vec::new();
        // Title block lines stay together; other paragraphs get a gap, and
        // so does a title block line after web-page chrome left out of the
        // pane (`来源：…` between the date line and `各位代表：`): the rows
        // either side of a gap are the text's own neighbours.
        let title = p.end <= doc.body.start;
        let chrome_before = i > 0
            && doc
                .slice(doc.paragraphs[i - 1].end, p.start)
                .chars()
                .any(|c| !c.is_whitespace());
        if i > 0 && (!title || chrome_before) {
            rows.push(Row {
                line: VisualLine {
                    start: p.start,
                    end: p.start,
                },
                kind: RowKind::Blank,
            });
        }
        let kind = if title {
            RowKind::Title
        } else {
            let k = self.heading_starts.partition_point(|h| h.0 < p.start);
            match self.heading_starts.get(k) {
                Some(&(s, level)) if s == p.start => RowKind::Heading(level),
                _ => RowKind::Body,
            }
        };
        let first = self.report.figures.partition_point(|f| f.end <= p.start);
        let keep: Vec<(usize, usize)> = self.report.figures[first..]
            .iter()
            .take_while(|f| f.start < p.end)
            .map(|f| (f.start, f.end))
            .collect();
        // Wrap the characters that are drawn: the folded copy (`，` → `,`)
        // is a column narrower per fullwidth character.
        let chars: Vec<char> = doc.slice(p.start, p.end).chars().collect();
        for line in wrap(&chars, p.start, self.wrap_width.max(2), &keep) {
            rows.push(Row { line, kind });
        }
        rows
    }

    /// The paragraph showing `pos` (the next one when `pos` is in a gap).
    fn para_of(&self, pos: usize) -> Option<usize> {
        let paras = &self.report.doc.paragraphs;
        if paras.is_empty() {
            return None;
        }
        let i = paras.partition_point(|p| p.start <= pos).saturating_sub(1);
        if pos >= paras[i].end && i + 1 < paras.len() && pos >= paras[i].start {
            // In the gap after paragraph i: the end of i if pos is its end,
            // else the next paragraph.
            if pos > paras[i].end {
                return Some(i + 1);
            }
        }
        Some(i)
    }

    /// (paragraph, row) of the line showing `pos`; never a blank row.
    fn locate(&mut self, pos: usize) -> Option<(usize, usize)> {
        let i = self.para_of(pos)?;
        let rows = self.para_rows(i);
        let r = rows
            .iter()
            .rposition(|r| r.kind != RowKind::Blank && r.line.start <= pos)
            .or_else(|| rows.iter().position(|r| r.kind != RowKind::Blank))
            .unwrap_or(0);
        Some((i, r))
    }

    /// Puts the line showing `pos` at the top of the reading pane.
    pub fn show(&mut self, pos: usize) {
        if let Some((i, r)) = self.locate(pos) {
            self.anchor = self.para_rows(i)[r].line.start;
        } else {
            self.anchor = 0;
        }
    }

    /// Moves the top of the reading pane by `delta` rows (blank rows are
    /// passed over, never the top).
    pub fn scroll_rows(&mut self, delta: i64) {
        let Some((mut i, mut r)) = self.locate(self.anchor) else {
            return;
        };
        let n = self.report.doc.paragraphs.len();
        let mut left = delta.unsigned_abs();
        while left > 0 {
            if delta > 0 {
                if r + 1 < self.para_rows(i).len() {
                    r += 1;
                } else if i + 1 < n {
                    i += 1;
                    r = 0;
                } else {
                    break;
                }
            } else if r > 0 {
                r -= 1;
            } else if i > 0 {
                i -= 1;
                r = self.para_rows(i).len().saturating_sub(1);
            } else {
                break;
            }
            if self.para_rows(i)[r].kind != RowKind::Blank {
                left -= 1;
            }
        }
        // Never rest on a blank row.
        if self.para_rows(i)[r].kind == RowKind::Blank {
            r = (r + 1).min(self.para_rows(i).len() - 1);
        }
        self.anchor = self.para_rows(i)[r].line.start;
    }

    /// Puts the line showing `pos` `context` rows below the top (fewer
    /// near the start of the text) on a pane `height` rows high.
    pub fn place(&mut self, pos: usize, context: usize, height: usize) {
        self.show(pos);
        self.scroll_rows(-(context.min(height.saturating_sub(1) / 2) as i64));
    }

    /// Whether `pos` would be on a pane `height` rows high from the anchor.
    pub fn on_screen_after_place(&mut self, pos: usize, height: usize) -> bool {
        self.refresh_view(height);
        self.on_screen(pos)
    }

    /// The top row that puts the last row of the text on the pane's last
    /// row (`height` rows high), or the first row of a shorter text; and
    /// whether the pane then starts with the gap above that row.
    pub fn end_anchor(&mut self, height: usize) -> (usize, bool) {
        let n = self.report.doc.paragraphs.len();
        if n == 0 {
            return (0, false);
        }
        let (mut i, mut r) = (n - 1, self.para_rows(n - 1).len() - 1);
        let mut left = height.saturating_sub(1);
        while left > 0 {
            if r > 0 {
                r -= 1;
            } else if i > 0 {
                i -= 1;
                r = self.para_rows(i).len() - 1;
            } else {
                break;
            }
            left -= 1;
        }
        // The anchor is a text row; a gap above it is drawn as the top row.
        let gap = self.para_rows(i)[r].kind == RowKind::Blank && left == 0;
        if self.para_rows(i)[r].kind == RowKind::Blank {
            r = (r + 1).min(self.para_rows(i).len() - 1);
        }
        (self.para_rows(i)[r].line.start, gap)
    }

    /// Shows the end: the last row of the text on the pane's last row.
    pub fn show_end(&mut self, height: usize) {
        let (anchor, gap) = self.end_anchor(height);
        self.anchor = anchor;
        self.top_gap = gap.then_some(anchor);
    }

    /// Scrolling stops where the last row of the text is on the last row of
    /// the pane. A position chosen there (a section near the end) is kept
    /// as the reading position.
    pub fn keep_end_on_last_row(&mut self, height: usize) {
        let (end, _) = self.end_anchor(height);
        if self.anchor > end {
            let chosen = self.pin.filter(|p| p.anchor == self.anchor);
            self.show_end(height);
            if let Some(mut pin) = chosen {
                pin.anchor = self.anchor;
                self.pin = Some(pin);
            }
        }
    }

    /// Recomputes the rows on screen for a pane `height` rows high.
    pub fn refresh_view(&mut self, height: usize) {
        let mut view = Vec::with_capacity(height);
        if let Some((mut i, mut r)) = self.locate(self.anchor) {
            // At the end, the gap above the top row is shown too.
            if self.top_gap == Some(self.anchor)
                && r > 0
                && self.para_rows(i)[r - 1].kind == RowKind::Blank
            {
                r -= 1;
            }
            let n = self.report.doc.paragraphs.len();
            while view.len() < height && i < n {
                let rows = self.para_rows(i);
                if r < rows.len() {
                    view.push(rows[r]);
                    r += 1;
                } else {
                    i += 1;
                    r = 0;
                }
            }
        }
        self.view = view;
    }

    /// Where the reading pane ends, as a percentage of the text: 100 when
    /// the last paragraph's last row is on screen.
    pub fn percent(&self) -> usize {
        let last = self.report.doc.paragraphs.last().map_or(0, |p| p.end);
        let end = self.view.last().map_or(self.anchor, |r| r.line.end);
        if end >= last {
            return 100;
        }
        let total = self.report.doc.len_chars().max(1);
        (end * 100 / total).min(99)
    }
}
