//! Chinese numerals (`一千二百`, `二〇二六`, `十余`) and exact decimal numbers.
//!
//! Values are kept as an integer mantissa and a power of ten so that
//! `16.4亿` becomes exactly 1 640 000 000, never 1 639 999 999.

/// An exact decimal: `mantissa × 10^exp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    pub mantissa: u128,
    pub exp: i32,
}

impl Decimal {
    /// A whole number.
    pub fn int(n: u128) -> Self {
        Self {
            mantissa: n,
            exp: 0,
        }
    }

    /// Multiplies by `10^k` exactly.
    pub fn scaled(self, k: i32) -> Self {
        Self {
            mantissa: self.mantissa,
            exp: self.exp + k,
        }
    }

    /// Parses ASCII digits with at most one `.`, e.g. `1127.2`.
    pub fn parse_ascii(s: &str) -> Option<Self> {
        let mut mantissa: u128 = 0;
        let mut exp = 0i32;
        let mut seen_dot = false;
        let mut any = false;
        for b in s.bytes() {
            match b {
                b'0'..=b'9' => {
                    mantissa = mantissa
                        .checked_mul(10)?
                        .checked_add(u128::from(b - b'0'))?;
                    if seen_dot {
                        exp -= 1;
                    }
                    any = true;
                }
                b'.' if !seen_dot => seen_dot = true,
                _ => return None,
            }
        }
        any.then_some(Self { mantissa, exp })
    }

    /// The decimal written out in plain digits (`1640000000`, `0.5`).
    pub fn to_plain_string(self) -> String {
        let digits = self.mantissa.to_string();
        if self.exp >= 0 {
            if self.mantissa == 0 {
                return "0".into();
            }
            let mut s = digits;
            s.extend(std::iter::repeat_n('0', self.exp as usize));
            s
        } else {
            let frac = (-self.exp) as usize;
            let s = if digits.len() <= frac {
                format!("0.{}{}", "0".repeat(frac - digits.len()), digits)
            } else {
                let (a, b) = digits.split_at(digits.len() - frac);
                format!("{a}.{b}")
            };
            let s = s.trim_end_matches('0').trim_end_matches('.');
            s.to_string()
        }
    }

    /// The nearest `f64`, rounded once from the exact decimal string.
    pub fn to_f64(self) -> f64 {
        self.to_plain_string().parse().unwrap_or(f64::NAN)
    }
}

/// The value of one Chinese digit character, if it is one.
pub fn digit_value(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' | 'Ｏ' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The power of ten of a small unit character (`十` → 1, `百` → 2, `千` → 3).
pub fn small_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 1,
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        _ => return None,
    })
}

/// The power of ten of a large unit character (`万` → 4, `亿` → 8).
pub fn large_unit(c: char) -> Option<u32> {
    Some(match c {
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese numeral (digits and unit characters).
pub fn is_cn_numeral_char(c: char) -> bool {
    // A bitmap over the Basic Multilingual Plane, built once: this runs on
    // every char of every paragraph.
    static MAP: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut m = vec![0u64; 1024];
        for cp in 0x80u32..0x10000 {
            if let Some(c) = char::from_u32(cp)
                && (digit_value(c).is_some() || small_unit(c).is_some() || large_unit(c).is_some())
            {
                m[cp as usize / 64] |= 1 << (cp % 64);
            }
        }
        m
    });
    let cp = c as u32;
    cp < 0x10000 && map[cp as usize / 64] & (1 << (cp % 64)) != 0
}

/// Parses a whole Chinese numeral without a decimal part: `一千二百` → 1200,
/// `十五` → 15, `二〇二六` → 2026 (digit by digit), `四亿六千万` → 460000000.
pub fn parse_cn_int(s: &str) -> Option<u128> {
    let chars: Vec<char> = s.chars().collect();
    if chars.is_empty() {
        return None;
    }
    // Digit-by-digit form (`二〇二六`): only digits, more than one.
    if chars.len() > 1 && chars.iter().all(|&c| digit_value(c).is_some()) {
        let mut n: u128 = 0;
        for &c in &chars {
            n = n
                .checked_mul(10)?
                .checked_add(u128::from(digit_value(c)?))?;
        }
        return Some(n);
    }
    let mut total: u128 = 0; // completed 亿 groups and 万 groups
    let mut section: u128 = 0; // below 万
    let mut digit: Option<u128> = None;
    for &c in &chars {
        if let Some(d) = digit_value(c) {
            if digit.is_some_and(|p| p != 0) {
                // Two digits in a row in a positional numeral: not valid.
                return None;
            }
            digit = Some(u128::from(d));
        } else if let Some(p) = small_unit(c) {
            let d = digit.take().unwrap_or(1);
            section = section.checked_add(d.checked_mul(10u128.pow(p))?)?;
        } else if let Some(p) = large_unit(c) {
            let d = digit.take().unwrap_or(0);
            let group = section.checked_add(d)?;
            section = 0;
            if p == 8 {
                total = total.checked_add(group)?.checked_mul(100_000_000)?;
            } else {
                let g = if group == 0 && total == 0 { 1 } else { group };
                total = total.checked_add(g.checked_mul(10_000)?)?;
            }
        } else {
            return None;
        }
    }
    let last = digit.unwrap_or(0);
    total.checked_add(section)?.checked_add(last)
}

/// Parses a Chinese numeral with an optional `点` decimal part:
/// `二十一点七` → 21.7, `零点六` → 0.6.
pub fn parse_cn_decimal(s: &str) -> Option<Decimal> {
    match s.split_once('点') {
        None => parse_cn_int(s).map(Decimal::int),
        Some((int, frac)) => {
            let int = if int.is_empty() {
                0
            } else {
                parse_cn_int(int)?
            };
            let mut mantissa = int;
            let mut exp = 0;
            for c in frac.chars() {
                mantissa = mantissa
                    .checked_mul(10)?
                    .checked_add(u128::from(digit_value(c)?))?;
                exp -= 1;
            }
            (exp < 0).then_some(Decimal { mantissa, exp })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_integers() {
        let cases = [
            ("一", 1),
            ("十", 10),
            ("十五", 15),
            ("二十", 20),
            ("一百零五", 105),
            ("一千二百", 1200),
            ("三千八百五十六", 3856),
            ("二〇二六", 2026),
            ("一九五五", 1955),
            ("四亿六千万", 460_000_000),
            ("二十二万七千", 227_000),
            ("两", 2),
            ("零", 0),
            ("一万", 10_000),
            ("万", 10_000),
        ];
        for (s, want) in cases {
            assert_eq!(parse_cn_int(s), Some(want), "{s}");
        }
        assert_eq!(parse_cn_int("一二十"), None);
        assert_eq!(parse_cn_int("abc"), None);
    }

    #[test]
    fn chinese_decimals() {
        assert_eq!(
            parse_cn_decimal("二十一点七").unwrap().to_plain_string(),
            "21.7"
        );
        assert_eq!(parse_cn_decimal("零点六").unwrap().to_plain_string(), "0.6");
        assert_eq!(parse_cn_decimal("三百四十六点四").unwrap().to_f64(), 346.4);
    }

    #[test]
    fn exact_decimal_scaling() {
        let d = Decimal::parse_ascii("16.4").unwrap().scaled(8);
        assert_eq!(d.to_plain_string(), "1640000000");
        assert_eq!(d.to_f64(), 1_640_000_000.0);
        let d = Decimal::parse_ascii("1127.2").unwrap().scaled(8);
        assert_eq!(d.to_f64(), 112_720_000_000.0);
        assert_eq!(
            Decimal::parse_ascii("0.05").unwrap().to_plain_string(),
            "0.05"
        );
        assert_eq!(Decimal::parse_ascii("1.2.3"), None);
    }
}
