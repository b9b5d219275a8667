//! Character classes: `[...]`, `\d`-style categories, and the sets used to skip ahead in searches.

use crate::unicode;

/// The character categories of `\d \D \s \S \w \W`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

impl Category {
    /// Does `c` belong to the category, with Unicode (`str`) or ASCII rules?
    pub fn matches(self, c: u32, unicode: bool) -> bool {
        match self {
            Category::Digit => digit(c, unicode),
            Category::NotDigit => !digit(c, unicode),
            Category::Space => space(c, unicode),
            Category::NotSpace => !space(c, unicode),
            Category::Word => word(c, unicode),
            Category::NotWord => !word(c, unicode),
        }
    }
}

pub fn word(c: u32, unicode: bool) -> bool {
    if unicode {
        unicode::is_word(c)
    } else {
        unicode::is_ascii_word(c)
    }
}

fn digit(c: u32, unicode: bool) -> bool {
    if unicode {
        unicode::is_digit(c)
    } else {
        unicode::is_ascii_digit(c)
    }
}

fn space(c: u32, unicode: bool) -> bool {
    if unicode {
        unicode::is_space(c)
    } else {
        unicode::is_ascii_space(c)
    }
}

/// How IGNORECASE compares characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Exact comparison.
    Sensitive,
    /// Only ASCII letters fold (bytes patterns, the ASCII and LOCALE flags).
    Ascii,
    /// Unicode simple case folding (`str` patterns).
    Unicode,
}

/// Every character equal to `c` under `case` (including `c`).
pub fn equivalents(c: u32, case: Case, out: &mut Vec<u32>) {
    match case {
        Case::Sensitive => out.push(c),
        Case::Ascii => unicode::ascii_fold_class(c, out),
        Case::Unicode => unicode::fold_class(c, out),
    }
}

/// A compiled character class.
#[derive(Clone, Debug)]
pub struct CharSet {
    /// Sorted, non-overlapping, non-adjacent ranges of member characters.
    ranges: Vec<(u32, u32)>,
    /// Categories, each with its Unicode flag.
    cats: Vec<(Category, bool)>,
    negate: bool,
    /// Membership of the characters below 256, negation included.
    low: [u64; 4],
}

impl CharSet {
    /// Build a class from literal ranges and categories; with IGNORECASE the literal part is
    /// closed under case equivalence (categories are tested on the character itself, as in CPython).
    pub fn new(mut ranges: Vec<(u32, u32)>, cats: Vec<(Category, bool)>, negate: bool, case: Case) -> CharSet {
        match case {
            Case::Sensitive => {}
            Case::Ascii => {
                let mut extra = Vec::new();
                for &(lo, hi) in &ranges {
                    // Intersections with A-Z and a-z, moved to the other case.
                    let (a, b) = (lo.max(0x41), hi.min(0x5A));
                    if a <= b {
                        extra.push((a + 32, b + 32));
                    }
                    let (a, b) = (lo.max(0x61), hi.min(0x7A));
                    if a <= b {
                        extra.push((a - 32, b - 32));
                    }
                }
                ranges.extend(extra);
            }
            Case::Unicode => {
                let table = unicode::fold_table();
                let mut extra = Vec::new();
                let mut class = Vec::new();
                for &(lo, hi) in &ranges {
                    let start = table.partition_point(|&(k, _)| k < lo);
                    for &(k, _) in table[start..].iter().take_while(|&&(k, _)| k <= hi) {
                        class.clear();
                        unicode::fold_class(k, &mut class);
                        for &e in &class {
                            if e < lo || e > hi {
                                extra.push((e, e));
                            }
                        }
                    }
                }
                ranges.extend(extra);
            }
        }
        let ranges = normalize(ranges);
        let mut set = CharSet {
            ranges,
            cats,
            negate,
            low: [0; 4],
        };
        for c in 0..256u32 {
            if set.slow_contains(c) {
                set.low[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        set
    }

    fn slow_contains(&self, c: u32) -> bool {
        let idx = self.ranges.partition_point(|&(lo, _)| lo <= c);
        let mut hit = idx > 0 && c <= self.ranges[idx - 1].1;
        if !hit {
            hit = self.cats.iter().any(|&(cat, uni)| cat.matches(c, uni));
        }
        hit != self.negate
    }

    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 256 {
            self.low[(c >> 6) as usize] & (1 << (c & 63)) != 0
        } else {
            self.slow_contains(c)
        }
    }

    /// The member ranges when the class is a plain positive list of characters.
    pub fn plain_ranges(&self) -> Option<&[(u32, u32)]> {
        if self.negate || !self.cats.is_empty() {
            None
        } else {
            Some(&self.ranges)
        }
    }
}

/// Sort and merge ranges.
pub fn normalize(mut ranges: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    ranges.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
    for (lo, hi) in ranges {
        if let Some(last) = out.last_mut() {
            if lo <= last.1.saturating_add(1) {
                if hi > last.1 {
                    last.1 = hi;
                }
                continue;
            }
        }
        out.push((lo, hi));
    }
    out
}

/// A conservative set of characters a match can start with, used to skip positions in searches.
#[derive(Clone, Debug)]
pub struct FirstSet {
    low: [u64; 4],
    /// Ranges of members at or above 256 (sorted); ignored when `high_any`.
    high: Vec<(u32, u32)>,
    high_any: bool,
}

impl FirstSet {
    pub fn empty() -> FirstSet {
        FirstSet {
            low: [0; 4],
            high: Vec::new(),
            high_any: false,
        }
    }

    pub fn add_char(&mut self, c: u32) {
        self.add_range(c, c);
    }

    pub fn add_range(&mut self, lo: u32, hi: u32) {
        let mut c = lo;
        while c <= hi && c < 256 {
            self.low[(c >> 6) as usize] |= 1 << (c & 63);
            c += 1;
        }
        if hi >= 256 && !self.high_any {
            self.high.push((lo.max(256), hi));
            if self.high.len() > 64 {
                self.high_any = true;
                self.high.clear();
            }
        }
    }

    pub fn add_set(&mut self, set: &CharSet) {
        for i in 0..4 {
            self.low[i] |= set.low[i];
        }
        match set.plain_ranges() {
            Some(ranges) => {
                for &(lo, hi) in ranges {
                    if hi >= 256 {
                        self.add_range(lo.max(256), hi);
                    }
                }
            }
            None => {
                self.high_any = true;
                self.high.clear();
            }
        }
    }

    pub fn add_all_high(&mut self) {
        self.high_any = true;
        self.high.clear();
    }

    pub fn union(&mut self, other: &FirstSet) {
        for i in 0..4 {
            self.low[i] |= other.low[i];
        }
        if other.high_any {
            self.add_all_high();
        } else {
            for &(lo, hi) in &other.high {
                self.add_range(lo, hi);
            }
        }
    }

    pub fn finish(&mut self) {
        if !self.high_any {
            self.high = normalize(std::mem::take(&mut self.high));
        }
    }

    /// Is every character a member (so the set is useless)?
    pub fn is_everything(&self) -> bool {
        self.high_any && self.low.iter().all(|&w| w == u64::MAX)
    }

    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 256 {
            self.low[(c >> 6) as usize] & (1 << (c & 63)) != 0
        } else if self.high_any {
            true
        } else {
            let idx = self.high.partition_point(|&(lo, _)| lo <= c);
            idx > 0 && c <= self.high[idx - 1].1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        let s = CharSet::new(vec![('a' as u32, 'z' as u32)], vec![], false, Case::Unicode);
        assert!(s.contains('K' as u32) && s.contains(0x212A) && s.contains(0x17F) && !s.contains('1' as u32));
        let s = CharSet::new(vec![('a' as u32, 'z' as u32)], vec![], false, Case::Ascii);
        assert!(s.contains('K' as u32) && !s.contains(0x212A));
        let s = CharSet::new(
            vec![('a' as u32, 'a' as u32)],
            vec![(Category::Digit, true)],
            true,
            Case::Sensitive,
        );
        assert!(!s.contains('a' as u32) && !s.contains('٣' as u32) && s.contains('b' as u32) && s.contains(0x4E00));
        assert_eq!(
            normalize(vec![(5, 9), (1, 3), (4, 4), (20, 30), (25, 26)]),
            vec![(1, 9), (20, 30)]
        );
    }
}
