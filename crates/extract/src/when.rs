//! Dates a sentence names: "on March 3, 2022", "3 March 2022", "on
//! Monday", "yesterday", "in June 2019", "in April", "last month", "In
//! 2019,". A relation is dated by the expression nearest its trigger, else
//! by the document's date.
//!
//! Relative expressions need the document's date: a weekday is the latest
//! such day on or before it, a month and day without a year fall in its
//! year (the year before when that would be later than the document), and
//! so does a month alone. A month or a year gives its first day, the only
//! day a `YYYY-MM-DD` field can hold for it.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// A date expression: the token it starts at and the day it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Dated {
    pub token: usize,
    pub day: NaiveDate,
}

/// The dates named by the lower-cased words `words` (token `first` is
/// `words[0]`), read against the document's date.
#[cfg(test)]
pub(crate) fn dates_in(words: &[&str], first: usize, doc: Option<NaiveDate>) -> Vec<Dated> {
    dates_of(
        words.len(),
        |k| words[k],
        |k| {
            (k..words.len())
                .find(|&j| may_name_a_date(words[j]))
                .unwrap_or(words.len())
        },
        0,
        first,
        doc,
    )
}

/// The dates named by `len` lower-cased words, the `k`th of them
/// `word(k)` (token `first` is word 0), read against the document's date.
/// The words are looked up where they stand, not collected first; none
/// before word `from` may name a date, and `next_may_name(k)` is the first
/// word from `k` on that may (as [`may_name_a_date`] tells), else `len`.
pub(crate) fn dates_of<'w>(
    len: usize,
    word: impl Fn(usize) -> &'w str,
    next_may_name: impl Fn(usize) -> usize,
    from: usize,
    first: usize,
    doc: Option<NaiveDate>,
) -> Vec<Dated> {
    let mut out = Vec::new();
    let w = |k: usize| if k < len { word(k) } else { "" };
    let mut k = from;
    while k < len {
        // The words that cannot name a date are passed over at once.
        let next = next_may_name(k);
        if next != k {
            k = next;
            continue;
        }
        let here = first + k;
        // "March 3, 2022", "March 3 2022", "March 3".
        if let Some(month) = month_of(w(k)) {
            let mut j = k + 1;
            if w(j) == "." {
                j += 1;
            }
            if let Some(day) = day_of(w(j)) {
                let (d, next) = day_of_month(w, j + 1, ",", month, day, doc);
                out.extend(d.map(|day| Dated { token: here, day }));
                k = next;
                continue;
            }
            // "in June 2019": the month's first day, unless the document
            // falls in that month (its own date is then the better one).
            if let Some(year) = year_of(w(j)) {
                let this_month = doc.is_some_and(|doc| doc.year() == year && doc.month() == month);
                if k > 0 && matches!(w(k - 1), "in" | "during") && !this_month {
                    out.extend(
                        NaiveDate::from_ymd_opt(year, month, 1)
                            .map(|day| Dated { token: here, day }),
                    );
                }
                k = j + 1;
                continue;
            }
            // "in April", "in early March", "in mid-May", "last September":
            // the latest such month before the document's; none in its own
            // month, but "last June" in June is a year before.
            let mut opener = k;
            if k >= 2 && w(k - 1) == "-" && w(k - 2) == "mid" {
                opener = k - 2;
            } else if k >= 1 && matches!(w(k - 1), "early" | "late" | "mid") {
                opener = k - 1;
            }
            let full_name = w(k).len() > 3 || w(k) == "may";
            let last = opener > 0 && w(opener - 1) == "last";
            if let Some(doc) = doc.filter(|doc| doc.month() != month || last) {
                if full_name && opener > 0 && matches!(w(opener - 1), "in" | "during" | "last") {
                    let year = if month < doc.month() {
                        doc.year()
                    } else {
                        doc.year() - 1
                    };
                    out.extend(
                        NaiveDate::from_ymd_opt(year, month, 1)
                            .map(|day| Dated { token: here, day }),
                    );
                }
            }
            k += 1;
            continue;
        }
        // "3 March 2022", "3 March"; a range "20–22 March 2023" from its first day.
        if let Some(last_day) = day_of(w(k)) {
            if let Some(month) = month_of(w(k + 1)) {
                let first_day = (k >= 2 && matches!(w(k - 1), "-" | "–" | "to"))
                    .then(|| day_of(w(k - 2)))
                    .flatten();
                let day = first_day.unwrap_or(last_day);
                let here = if first_day.is_some() { here - 2 } else { here };
                let (d, next) = day_of_month(w, k + 2, ".", month, day, doc);
                out.extend(d.map(|day| Dated { token: here, day }));
                k = next;
                continue;
            }
        }
        // "in 2019": the year's first day; only a year before the document's.
        if k > 0 && w(k - 1) == "in" {
            if let Some(year) = year_of(w(k)) {
                let earlier = doc.is_none_or(|doc| year < doc.year());
                let alone = !matches!(w(k + 1), "-" | "–" | "and" | "or");
                if earlier && alone {
                    out.extend(
                        NaiveDate::from_ymd_opt(year, 1, 1).map(|day| Dated { token: here, day }),
                    );
                }
                k += 1;
                continue;
            }
        }
        // "on Monday", "Monday", "yesterday", "today", "last month".
        if let Some(doc) = doc {
            // Not "over the last year", the twelve months before.
            let last = k > 0 && w(k - 1) == "last" && (k < 2 || w(k - 2) != "the");
            let day = match w(k) {
                "yesterday" => doc.checked_sub_days(Days::new(1)),
                "today" => Some(doc),
                "month" if last => doc
                    .with_day(1)
                    .and_then(|first| first.checked_sub_months(chrono::Months::new(1))),
                "year" if last => NaiveDate::from_ymd_opt(doc.year() - 1, 1, 1),
                "month" | "year" => None,
                other => weekday_of(other).map(|wd| latest(doc, wd)),
            };
            // A weekday that names a day, not "Monday's talks" ("'s"), nor a
            // date with its own month ("Monday, March 3": read above).
            if let Some(day) = day.filter(|_| w(k + 1) != "'s") {
                let dated_after = month_of(w(k + 1)).is_some() || month_of(w(k + 2)).is_some();
                if !dated_after {
                    out.push(Dated { token: here, day });
                }
            }
        }
        k += 1;
    }
    out
}

/// The day `day` of `month` whose year may follow at word `w(at)` (after an
/// optional `separator`), else in the document's year (see
/// [`in_year_before`]); and the index just past the expression.
fn day_of_month<'w>(
    w: impl Fn(usize) -> &'w str,
    at: usize,
    separator: &str,
    month: u32,
    day: u32,
    doc: Option<NaiveDate>,
) -> (Option<NaiveDate>, usize) {
    let y = if w(at) == separator { at + 1 } else { at };
    match year_of(w(y)) {
        Some(year) => (NaiveDate::from_ymd_opt(year, month, day), y + 1),
        None => (doc.and_then(|doc| in_year_before(doc, month, day)), at),
    }
}

/// The expression nearest token `t` (ties go to the earlier one).
pub(crate) fn nearest(dates: &[Dated], t: usize) -> Option<NaiveDate> {
    dates
        .iter()
        .min_by_key(|d| d.token.abs_diff(t))
        .map(|d| d.day)
}

/// The words of dates that are not numbers: every word [`date_word`]
/// names something, so that a lower-cased word may name a date, as
/// [`may_name_a_date`] tells, if it starts with a digit or is one of these.
pub(crate) const DATE_WORDS: [&str; 35] = [
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "monday",
    "month",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "year",
];

/// Whether a lower-cased word can be part of a date expression; a cheap
/// test that spares sentences without one the full reading.
pub(crate) fn may_name_a_date(w: &str) -> bool {
    match w.as_bytes() {
        [first, ..] if first.is_ascii_digit() => true,
        // Most words are told by their length and first letter alone,
        // without a look at the words of dates.
        [first @ b'a'..=b'z', second, third, ..] if w.len() <= 9 => {
            may_start_date_word([*first, *second, *third]) && date_word(w).is_some()
        }
        _ => false,
    }
}

/// A bit for each letter, from `a`, that a word of dates ([`date_word`])
/// starts with; every one of them has three to nine letters.
const DATE_INITIALS: u32 = {
    let initials = b"adfjmnostwy";
    let mut bits = 0;
    let mut i = 0;
    while i < initials.len() {
        bits |= 1 << (initials[i] - b'a');
        i += 1;
    }
    bits
};

/// The first three letters of each word of dates ([`date_word`]).
const DATE_WORD_STARTS: [&[u8; 3]; 22] = [
    b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec",
    b"mon", b"tue", b"wed", b"thu", b"fri", b"sat", b"sun", b"yes", b"tod", b"yea",
];

/// A number below 2^15 for the first three bytes of a word, from the low
/// five bits of each: the same for each letter's small and capital form,
/// and shared by some bytes that are no letters.
const fn three_byte_key(start: [u8; 3]) -> usize {
    let [a, b, c] = start;
    (a as usize & 31) << 10 | (b as usize & 31) << 5 | (c as usize & 31)
}

/// A bit for the key ([`three_byte_key`]) of each start of a word of dates.
const DATE_WORD_START_BITS: [u64; 1 << 9] = {
    let mut bits = [0u64; 1 << 9];
    let mut i = 0;
    while i < DATE_WORD_STARTS.len() {
        let key = three_byte_key(*DATE_WORD_STARTS[i]);
        bits[key / 64] |= 1 << (key % 64);
        i += 1;
    }
    bits
};

/// Whether a word of three to nine bytes that starts with these, the first
/// a small letter, may be a word of dates. Most words are told apart by
/// their first letter, most others by their first three bytes; a word that
/// passes is not always one (other bytes share the keys of letters), which
/// [`date_word`] tells.
fn may_start_date_word(start: [u8; 3]) -> bool {
    let key = three_byte_key(start);
    // A letter's low five bits are its place from `a`, plus one.
    (DATE_INITIALS << 1) >> (start[0] & 31) & 1 == 1
        && DATE_WORD_START_BITS
            .get(key / 64)
            .is_some_and(|bits| bits >> (key % 64) & 1 == 1)
}

/// The day all the expressions name, if they name one day.
pub(crate) fn only(dates: &[Dated]) -> Option<NaiveDate> {
    let first = dates.first()?.day;
    dates.iter().all(|d| d.day == first).then_some(first)
}

/// Month `month`, day `day` in the document's year, or the year before when
/// that would be later than the document.
fn in_year_before(doc: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(doc.year(), month, day)?;
    if this <= doc {
        Some(this)
    } else {
        NaiveDate::from_ymd_opt(doc.year() - 1, month, day)
    }
}

/// The latest `weekday` on or before `doc`.
fn latest(doc: NaiveDate, weekday: Weekday) -> NaiveDate {
    let back = (7 + doc.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    doc.checked_sub_days(Days::new(u64::from(back)))
        .unwrap_or(doc)
}

/// Whether a lower-case word names a month or a day of the week.
pub(crate) fn is_month_or_weekday(w: &str) -> bool {
    month_of(w).is_some() || weekday_of(w).is_some()
}

/// Whether a lower-cased word is a phrase of time on its own: "today".
pub(crate) fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "today" | "yesterday" | "earlier" | "overnight" | "tonight"
    )
}

/// Whether the lower-cased words `w0 w1` open a phrase of time that ends
/// what stands before it: "on Monday", "in March", "last week", "this year",
/// "today".
pub(crate) fn opens_time_phrase(w0: &str, w1: &str) -> bool {
    match w0 {
        _ if is_time_word(w0) => true,
        "on" | "in" | "since" | "early" | "late" => {
            is_month_or_weekday(w1) || year_of(w1).is_some()
        }
        "last" | "this" | "next" => {
            matches!(
                w1,
                "week"
                    | "weekend"
                    | "month"
                    | "year"
                    | "night"
                    | "morning"
                    | "autumn"
                    | "spring"
                    | "summer"
                    | "winter"
            ) || is_month_or_weekday(w1)
        }
        _ => false,
    }
}

/// A word of dates that is not a number.
#[derive(Clone, Copy)]
enum DateWord {
    /// A month's name or abbreviation, and its number.
    Month(u32),
    /// A day of the week.
    Weekday(Weekday),
    /// "yesterday", "today", "month" or "year".
    Relative,
}

/// What the lower-cased word `w` names among the words of dates. Its
/// first three bytes tell the one word it can be, so that most words are
/// told apart without a comparison of strings.
fn date_word(w: &str) -> Option<DateWord> {
    use DateWord::{Month, Relative};
    let &[a, b, c, ..] = w.as_bytes() else {
        return None;
    };
    let day = |name: &str, weekday| (w == name).then_some(DateWord::Weekday(weekday));
    let month = |names: &[&str], m| names.contains(&w).then_some(Month(m));
    match [a, b, c] {
        [b'j', b'a', b'n'] => month(&["jan", "january"], 1),
        [b'f', b'e', b'b'] => month(&["feb", "february"], 2),
        [b'm', b'a', b'r'] => month(&["mar", "march"], 3),
        [b'a', b'p', b'r'] => month(&["apr", "april"], 4),
        [b'm', b'a', b'y'] => month(&["may"], 5),
        [b'j', b'u', b'n'] => month(&["jun", "june"], 6),
        [b'j', b'u', b'l'] => month(&["jul", "july"], 7),
        [b'a', b'u', b'g'] => month(&["aug", "august"], 8),
        [b's', b'e', b'p'] => month(&["sep", "sept", "september"], 9),
        [b'o', b'c', b't'] => month(&["oct", "october"], 10),
        [b'n', b'o', b'v'] => month(&["nov", "november"], 11),
        [b'd', b'e', b'c'] => month(&["dec", "december"], 12),
        [b'm', b'o', b'n'] => match w {
            "month" => Some(Relative),
            _ => day("monday", Weekday::Mon),
        },
        [b't', b'u', b'e'] => day("tuesday", Weekday::Tue),
        [b'w', b'e', b'd'] => day("wednesday", Weekday::Wed),
        [b't', b'h', b'u'] => day("thursday", Weekday::Thu),
        [b'f', b'r', b'i'] => day("friday", Weekday::Fri),
        [b's', b'a', b't'] => day("saturday", Weekday::Sat),
        [b's', b'u', b'n'] => day("sunday", Weekday::Sun),
        [b'y', b'e', b's'] => (w == "yesterday").then_some(Relative),
        [b't', b'o', b'd'] => (w == "today").then_some(Relative),
        [b'y', b'e', b'a'] => (w == "year").then_some(Relative),
        _ => None,
    }
}

fn month_of(w: &str) -> Option<u32> {
    match date_word(w)? {
        DateWord::Month(m) => Some(m),
        _ => None,
    }
}

fn day_of(w: &str) -> Option<u32> {
    let digits = w
        .strip_suffix("st")
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))
        .unwrap_or(w);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_of(w: &str) -> Option<i32> {
    if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = w.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

fn weekday_of(w: &str) -> Option<Weekday> {
    match date_word(w)? {
        DateWord::Weekday(d) => Some(d),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a test date")
    }

    fn read(text: &str, doc: Option<&str>) -> Vec<(usize, String)> {
        let words: Vec<String> = crate::text::tokenize(text)
            .iter()
            .map(|t| text[t.span.start..t.span.end].to_lowercase())
            .collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        dates_in(&words, 0, doc.map(day))
            .into_iter()
            .map(|d| (d.token, d.day.to_string()))
            .collect()
    }

    #[test]
    fn full_dates_in_both_orders() {
        assert_eq!(
            read("They met on March 3, 2022 in Ankara", None),
            [(3, "2022-03-03".into())]
        );
        assert_eq!(
            read("They met on 3 March 2022.", None),
            [(3, "2022-03-03".into())]
        );
        assert_eq!(read("on Sept. 9th 2021", None), [(1, "2021-09-09".into())]);
        assert!(read("on February 30, 2022", None).is_empty());
    }

    #[test]
    fn days_without_a_year_fall_before_the_document() {
        let doc = Some("2024-01-10");
        assert_eq!(read("on January 8", doc), [(1, "2024-01-08".into())]);
        assert_eq!(read("on December 28", doc), [(1, "2023-12-28".into())]);
        assert!(read("on January 8", None).is_empty());
    }

    #[test]
    fn weekdays_and_yesterday_are_the_latest_before_the_document() {
        // 2024-01-10 was a Wednesday.
        let doc = Some("2024-01-10");
        assert_eq!(read("talks on Monday", doc), [(2, "2024-01-08".into())]);
        assert_eq!(read("on Wednesday", doc), [(1, "2024-01-10".into())]);
        assert_eq!(read("on Thursday", doc), [(1, "2024-01-04".into())]);
        assert_eq!(read("met yesterday", doc), [(1, "2024-01-09".into())]);
        assert!(read("Monday's talks", doc).is_empty());
        assert!(read("talks on Monday", None).is_empty());
    }

    #[test]
    fn a_month_or_an_earlier_year_gives_its_first_day() {
        let doc = Some("2024-01-10");
        assert_eq!(read("in June 2019", doc), [(1, "2019-06-01".into())]);
        assert_eq!(
            read("In 2019, Kim met Putin", doc),
            [(1, "2019-01-01".into())]
        );
        assert!(read("in 2024", doc).is_empty());
        assert!(read("in 2019-2020", doc).is_empty());
        assert!(read("the 2019 summit", doc).is_empty());
        assert!(read("June 2019", doc).is_empty());
        assert!(read("in January 2024", doc).is_empty());
    }

    #[test]
    fn a_range_of_days_starts_on_its_first() {
        assert_eq!(
            read("On 20–22 March 2023, Xi visited", None),
            [(1, "2023-03-20".into())]
        );
        assert_eq!(
            read("from 5 to 7 May 2024", None),
            [(1, "2024-05-05".into())]
        );
    }

    #[test]
    fn date_words_are_told_by_their_first_bytes() {
        let months = [
            ("january", 1),
            ("jan", 1),
            ("february", 2),
            ("feb", 2),
            ("march", 3),
            ("mar", 3),
            ("april", 4),
            ("apr", 4),
            ("may", 5),
            ("june", 6),
            ("jun", 6),
            ("july", 7),
            ("jul", 7),
            ("august", 8),
            ("aug", 8),
            ("september", 9),
            ("sept", 9),
            ("sep", 9),
            ("october", 10),
            ("oct", 10),
            ("november", 11),
            ("nov", 11),
            ("december", 12),
            ("dec", 12),
        ];
        for (w, m) in months {
            assert_eq!(month_of(w), Some(m), "{w}");
            assert_eq!(weekday_of(w), None, "{w}");
        }
        let days = [
            ("monday", Weekday::Mon),
            ("tuesday", Weekday::Tue),
            ("wednesday", Weekday::Wed),
            ("thursday", Weekday::Thu),
            ("friday", Weekday::Fri),
            ("saturday", Weekday::Sat),
            ("sunday", Weekday::Sun),
        ];
        for (w, d) in days {
            assert_eq!(weekday_of(w), Some(d), "{w}");
            assert_eq!(month_of(w), None, "{w}");
        }
        for w in ["yesterday", "today", "month", "year"] {
            assert!(may_name_a_date(w) && month_of(w).is_none() && weekday_of(w).is_none());
        }
        for w in [
            "ma", "mon", "months", "years", "janus", "septs", "marc", "sun", "todays", "junes",
        ] {
            assert!(!may_name_a_date(w), "{w}");
        }
    }

    #[test]
    fn date_words_are_told_cheaply() {
        for w in ["3", "2019", "march", "sept", "monday", "yesterday", "today"] {
            assert!(may_name_a_date(w), "{w}");
        }
        for w in ["", "met", "summit", "marching", "tomorrow", "the"] {
            assert!(!may_name_a_date(w), "{w}");
        }
        // Every word `date_word` knows passes the test of length and initial.
        let words = "jan january feb february mar march apr april may jun june jul july \
                     aug august sep sept september oct october nov november dec december \
                     monday tuesday wednesday thursday friday saturday sunday \
                     yesterday today month year";
        for w in words.split_whitespace() {
            assert!(date_word(w).is_some() && may_name_a_date(w), "{w}");
        }
    }

    /// A word may name a date if and only if it starts with a digit or is
    /// one of `DATE_WORDS`: the word's entry in the trigger index answers
    /// for the test.
    #[test]
    fn the_date_words_are_all_that_may_name_a_date() {
        let listed =
            |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) || DATE_WORDS.contains(&w);
        let mut words: Vec<String> = ["", "3", "2019", "3rd", "met", "the", "mon", "tues", "sept."]
            .iter()
            .map(|w| w.to_string())
            .collect();
        for w in DATE_WORDS {
            assert!(date_word(w).is_some() && may_name_a_date(w), "{w}");
            words.push(format!("{w}s"));
            words.push(format!("x{w}"));
            let mut shorter = w.to_string();
            shorter.pop();
            words.push(shorter);
            for k in 0..w.len() {
                let mut changed = w.as_bytes().to_vec();
                for b in [b'a', b'e', b'z', b'A', b'1', b'-'] {
                    changed[k] = b;
                    words.push(String::from_utf8_lossy(&changed).into_owned());
                }
            }
        }
        // Every start of three bytes that a word of dates may have.
        for a in b'a'..=b'z' {
            for b in b'a'..=b'z' {
                for c in b'a'..=b'z' {
                    words.push(String::from_utf8_lossy(&[a, b, c]).into_owned());
                }
            }
        }
        for w in &words {
            assert_eq!(may_name_a_date(w), listed(w), "{w:?}");
        }
    }

    #[test]
    fn a_month_alone_is_the_latest_such_month_before_the_document() {
        let doc = Some("2024-06-15");
        assert_eq!(
            read("Macron visited Beijing in April.", doc),
            [(4, "2024-04-01".into())]
        );
        // A later month than the document's is last year's.
        assert_eq!(
            read("Biden met Xi in November.", doc),
            [(4, "2023-11-01".into())]
        );
        assert_eq!(
            read("They met in early March and in mid-May.", doc),
            [(4, "2024-03-01".into()), (9, "2024-05-01".into())]
        );
        // The document's own month: its own date is the better one.
        assert_eq!(read("They met in June.", doc), []);
        // "last" names the latest such month before the document's own.
        assert_eq!(
            read("Ties were upgraded last September.", doc),
            [(4, "2023-09-01".into())]
        );
        assert_eq!(read("They met last June.", doc), [(3, "2023-06-01".into())]);
        // Not after "in" or "during", and never without the document's date.
        assert_eq!(read("March on Washington.", doc), []);
        assert_eq!(read("They met in April.", None), []);
    }

    #[test]
    fn last_month_and_last_year() {
        let doc = Some("2024-01-10");
        assert_eq!(
            read("Scholz visited China last month.", doc),
            [(4, "2023-12-01".into())]
        );
        assert_eq!(
            read("Scholz visited China last year.", doc),
            [(4, "2023-01-01".into())]
        );
        // "over the last year" is the twelve months before, no date.
        assert_eq!(read("Ties grew over the last year.", doc), []);
        assert_eq!(read("Ties grew this year.", doc), []);
    }

    #[test]
    fn only_one_day_named_is_the_sentence_s_date() {
        let at = |token, s: &str| Dated { token, day: day(s) };
        assert_eq!(
            only(&[at(1, "2019-01-01"), at(9, "2019-01-01")]),
            Some(day("2019-01-01"))
        );
        assert_eq!(only(&[at(1, "2019-01-01"), at(9, "2020-01-01")]), None);
        assert_eq!(only(&[]), None);
    }

    #[test]
    fn the_nearest_expression_dates_a_trigger() {
        let dates = [
            Dated {
                token: 2,
                day: day("2019-01-01"),
            },
            Dated {
                token: 20,
                day: day("2024-01-08"),
            },
        ];
        assert_eq!(nearest(&dates, 5), Some(day("2019-01-01")));
        assert_eq!(nearest(&dates, 15), Some(day("2024-01-08")));
        assert_eq!(nearest(&[], 15), None);
    }
}
