//! Sentence segmentation and tokenisation with byte offsets.
//!
//! Both run in one linear pass over the text. Segmentation knows the
//! abbreviations of news English ("U.S.", "Mr.", "Gen.", "Jan.", initials),
//! so that "Antony J. Blinken met ..." stays one sentence; a dotted acronym
//! ends a sentence only when a word that typically opens one follows it.

use crate::gazetteer::{hash_ascii_run, HASH_START};
use crate::record::Span;

/// A sentence: its span in the document and the range of its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence's bytes, trimmed of surrounding white space.
    pub span: Span,
    /// Index of its first token in the document's token list.
    pub first_token: usize,
    /// One past the index of its last token.
    pub end_token: usize,
}

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits: `Blinken`, `G20`, `U.S.`.
    Word,
    /// Digits only (with `,` or `.` inside): `1953`, `13.5`.
    Number,
    /// A possessive or contraction clitic: `'s`, `’s`, `n't`.
    Clitic,
    /// Any other single character that is not white space.
    Punct,
}

/// A token with its byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

/// Whether a period after `w` does not end a sentence: `w` is an
/// abbreviation of news English.
fn is_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Gen"
            | "Lt"
            | "Col"
            | "Sen"
            | "Rep"
            | "Gov"
            | "St"
            | "Jr"
            | "Sr"
            | "Prof"
            | "Adm"
            | "Maj"
            | "Capt"
            | "Cmdr"
            | "Sgt"
            | "Rev"
            | "Hon"
            | "Amb"
            | "Pres"
            | "Gens"
            | "Brig"
            | "Messrs"
            | "No"
            | "Nos"
            | "vs"
            | "Inc"
            | "Ltd"
            | "Co"
            | "Corp"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "etc"
            | "al"
            | "approx"
            | "Dept"
            | "Fig"
            | "Mt"
            | "Ft"
            | "Sheikh"
            | "H.E"
            | "e.g"
            | "i.e"
            | "a.m"
            | "p.m"
            | "Univ"
            | "Assn"
            | "Bros"
    )
}

/// Words that typically open a sentence, so that "... with the U.S. The next day" splits.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "This",
    "That",
    "These",
    "Those",
    "In",
    "On",
    "At",
    "But",
    "And",
    "However",
    "Meanwhile",
    "A",
    "An",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "After",
    "Before",
    "During",
    "While",
    "When",
    "Both",
    "Earlier",
    "Later",
    "Last",
    "Next",
    "There",
    "Yet",
    "Still",
    "Also",
    "As",
    "For",
    "Since",
    "Under",
    "According",
];

/// Splits `text` into sentences and tokens.
///
/// Every token lies inside exactly one sentence; sentence spans never
/// overlap and appear in text order. Runs in time linear in `text.len()`.
pub fn segment(text: &str) -> (Vec<Sentence>, Vec<Token>) {
    segment_hashed(
        text,
        Vec::new(),
        Vec::new(),
        &mut Vec::new(),
        &mut |_, _, _| {},
    )
}

/// [`segment`], telling `on_word` of each token that is one whole word of
/// ASCII letters and digits, with the hash the dictionary's matcher gives
/// it: `on_word(start, end, hash)`, in text order. The tokenizer reads such
/// a word once for both.
///
/// The sentences and tokens are written into `sentences` and `tokens`, and
/// the tokens that may end a sentence into `candidates`, each emptied
/// first: vectors the last document left can be given for their room, as
/// a document's vectors made afresh and filled at once cost a cache miss
/// for every line of them.
pub(crate) fn segment_hashed(
    text: &str,
    mut sentences: Vec<Sentence>,
    tokens: Vec<Token>,
    candidates: &mut Vec<usize>,
    on_word: &mut impl FnMut(usize, usize, u64),
) -> (Vec<Sentence>, Vec<Token>) {
    let tokens = tokenize_hashed(text, tokens, candidates, on_word);
    // News sentences run to twenty or thirty tokens: room for most documents'.
    sentences.clear();
    sentences.reserve(tokens.len() / 16 + 1);
    let Some(last) = tokens.len().checked_sub(1) else {
        return (sentences, tokens);
    };
    let bytes = text.as_bytes();
    let mut first = 0;
    // The last token ends the last sentence, whether it may end one or not.
    let ends = candidates
        .iter()
        .copied()
        .chain((candidates.last() != Some(&last)).then_some(last));
    for i in ends {
        // The tokens before it end nothing but a sentence grown too long.
        first = cut_run_on(text, &tokens, first, i, &mut sentences);
        let tok = &tokens[i];
        let end_here = i == last
            || (may_end_sentence(bytes, tok) && is_boundary(text, &tokens, i))
            || newline_break(bytes, &tokens, i)
            || too_long(text, &tokens, first, i);
        if end_here {
            first = push_sentence(&tokens, first, i, &mut sentences);
        }
    }
    (sentences, tokens)
}

/// Pushes the sentence of tokens `first` to `last`; returns where the next
/// one starts.
fn push_sentence(
    tokens: &[Token],
    first: usize,
    last: usize,
    sentences: &mut Vec<Sentence>,
) -> usize {
    sentences.push(Sentence {
        span: Span::new(tokens[first].span.start, tokens[last].span.end),
        first_token: first,
        end_token: last + 1,
    });
    last + 1
}

/// Ends sentences among tokens `first` to `before` (not included), none of
/// which may end one but by [`too_long`]; returns where the sentence still
/// open starts.
fn cut_run_on(
    text: &str,
    tokens: &[Token],
    mut first: usize,
    before: usize,
    sentences: &mut Vec<Sentence>,
) -> usize {
    // Below three quarters of the limit, no sentence is too long.
    let mut i = first + MAX_SENTENCE_TOKENS * 3 / 4 - 1;
    while i < before {
        if too_long(text, tokens, first, i) {
            first = push_sentence(tokens, first, i, sentences);
            i = first + MAX_SENTENCE_TOKENS * 3 / 4 - 1;
        } else {
            i += 1;
        }
    }
    first
}

/// The most tokens a sentence may have. Real sentences stay far below it;
/// text without full stops (a scraped table, a run-on transcript) is cut into
/// pieces of at most this size, preferably after a comma or semicolon, so that
/// the work done per sentence stays bounded and extraction linear.
pub const MAX_SENTENCE_TOKENS: usize = 200;

fn too_long(text: &str, tokens: &[Token], first: usize, i: usize) -> bool {
    let len = i + 1 - first;
    if len >= MAX_SENTENCE_TOKENS {
        return true;
    }
    // Past three quarters of the limit, a comma or semicolon will do.
    len >= MAX_SENTENCE_TOKENS * 3 / 4
        && matches!(&text[tokens[i].span.start..tokens[i].span.end], "," | ";")
}

/// Whether token `i` is the period of an abbreviation ("Jan.", "Gen.").
pub(crate) fn is_abbreviation_period(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| tokens.get(p)) else {
        return false;
    };
    prev.span.end == tokens[i].span.start
        && prev.kind == TokenKind::Word
        && is_abbreviation(&text[prev.span.start..prev.span.end])
}

/// Whether token `i` may end a sentence at all, told by one byte: a word
/// with a final period (`U.S.`), a full stop, `!` or `?`, or a closing quote
/// or bracket (`”` and `’` start with the byte 0xE2). Only these are looked
/// at closely by [`is_boundary`], which is false for every other token.
fn may_end_sentence(bytes: &[u8], tok: &Token) -> bool {
    match tok.kind {
        TokenKind::Word => tok
            .span
            .end
            .checked_sub(1)
            .and_then(|last| bytes.get(last))
            .is_some_and(|&b| b == b'.'),
        TokenKind::Punct => bytes
            .get(tok.span.start)
            .is_some_and(|b| matches!(b, b'.' | b'!' | b'?' | b'"' | b')' | b'\'' | 0xE2)),
        TokenKind::Number | TokenKind::Clitic => false,
    }
}

fn is_boundary(text: &str, tokens: &[Token], i: usize) -> bool {
    let tok = tokens[i];
    match tok.kind {
        // A dotted acronym token such as `U.S.` carries its final period.
        TokenKind::Word => {
            let last = text.as_bytes()[tok.span.start..tok.span.end].last();
            return last == Some(&b'.') && next_opens_sentence(text, tokens, i, true);
        }
        TokenKind::Number | TokenKind::Clitic => return false,
        TokenKind::Punct => {}
    }
    let c = &text[tok.span.start..tok.span.end];
    if !matches!(c, "." | "!" | "?") {
        // Closing quotes and brackets after a full stop belong to the sentence.
        if matches!(c, "\"" | "”" | "’" | ")" | "'") && i > 0 {
            let prev = &text[tokens[i - 1].span.start..tokens[i - 1].span.end];
            if matches!(prev, "." | "!" | "?") && tokens[i - 1].span.end == tok.span.start {
                return next_opens_sentence(text, tokens, i, false);
            }
        }
        return false;
    }
    // Let a closing quote or bracket attached to the period end the sentence instead.
    if let Some(next) = tokens.get(i + 1) {
        let n = &text[next.span.start..next.span.end];
        if next.span.start == tok.span.end && matches!(n, "\"" | "”" | "’" | ")" | "'") {
            return false;
        }
    }
    if c == "." {
        if is_abbreviation_period(text, tokens, i) {
            return false;
        }
        // An initial: a single capital letter before the period ("Antony J. Blinken").
        if let Some(prev) = i.checked_sub(1).map(|p| tokens[p]) {
            let w = &text[prev.span.start..prev.span.end];
            if prev.span.end == tok.span.start
                && is_one_char(w)
                && w.chars().all(|ch| ch.is_uppercase())
            {
                return false;
            }
        }
    }
    next_opens_sentence(text, tokens, i, false)
}

fn next_opens_sentence(text: &str, tokens: &[Token], i: usize, acronym: bool) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    if next.span.start == tokens[i].span.end {
        return false; // "3.5", "U.S.-China": no space, no boundary
    }
    let w = &text[next.span.start..next.span.end];
    let Some(first) = w.chars().next() else {
        return false;
    };
    if acronym {
        return SENTENCE_OPENERS.contains(&w);
    }
    first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(w, "\"" | "“" | "‘" | "(" | "[" | "'")
}

/// Whether a line break after token `i` ends its sentence.
fn newline_break(bytes: &[u8], tokens: &[Token], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    let gap = &bytes[tokens[i].span.end..next.span.start];
    let Some(newline) = gap.iter().position(|&b| b == b'\n') else {
        return false;
    };
    // Two newlines: a paragraph break.
    if gap[newline + 1..].contains(&b'\n') {
        return true;
    }
    // One newline: a break unless the line is wrapped prose (ends in a
    // comma, hyphen or a lowercase word and is long).
    let last = bytes[tokens[i].span.end - 1];
    if matches!(last, b',' | b'-' | b';') {
        return false;
    }
    let line_start = bytes[..tokens[i].span.end]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let long_line = tokens[i].span.end - line_start >= 60;
    !(long_line && last.is_ascii_lowercase())
}

/// Whether each byte is an ASCII letter or digit: the bytes a word is
/// mostly made of, told by one table look-up.
const ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether a run of ASCII letters and digits followed by each byte is a
/// whole token whatever it holds (see [`run_is_whole_token`]): any ASCII
/// byte but the comma, period and apostrophe, which may join the run to
/// what follows (1,000 and 13.5, `U.S.`, "don't").
const ENDS_ANY_RUN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = !matches!(b as u8, b',' | b'.' | b'\'');
        b += 1;
    }
    table
};

/// Whether `b` is an ASCII letter or digit, by the table.
pub(crate) fn is_ascii_alnum(b: u8) -> bool {
    ASCII_ALNUM[usize::from(b)]
}

/// The length of the run of ASCII letters and digits that `bytes` starts with.
pub(crate) fn ascii_alnum_run(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .position(|&b| !ASCII_ALNUM[usize::from(b)])
        .unwrap_or(bytes.len())
}

/// Whether `s` is one character: as `s.chars().count() == 1`, without
/// counting every character of a long word (which calls a general count).
pub(crate) fn is_one_char(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some() && chars.next().is_none()
}

/// The block of general punctuation, U+2000 to U+206F: the curly quotes,
/// dashes, ellipsis and odd spaces of news text. It holds no letter or digit.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';

/// Whether `c` is a letter or digit, as [`char::is_alphanumeric`] says; the
/// general punctuation of news text, for which that look-up is slow, is
/// told at once.
pub(crate) fn is_letter_or_digit(c: char) -> bool {
    !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
}

/// Splits text into tokens: words (with dotted acronyms kept whole),
/// numbers, clitics (`'s`, `n't`) and single punctuation characters.
///
/// Plain ASCII is told apart by its bytes; only other characters are
/// decoded.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_hashed(text, Vec::new(), &mut Vec::new(), &mut |_, _, _| {})
}

/// [`tokenize`] into `out`, telling `on_word` of words as [`segment_hashed`]
/// says; `candidates` is given the indices (in order) of the tokens that may
/// end a sentence: the ones [`may_end_sentence`] tells, and those before a
/// line break. Both are emptied first.
fn tokenize_hashed(
    text: &str,
    mut out: Vec<Token>,
    candidates: &mut Vec<usize>,
    on_word: &mut impl FnMut(usize, usize, u64),
) -> Vec<Token> {
    out.clear();
    out.reserve(text.len() / 5);
    candidates.clear();
    candidates.reserve(text.len() / 64 + 1);
    let bytes = text.as_bytes();
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        let start = pos;
        if is_ascii_alnum(b) {
            // The most common start, told by one look-up: no ASCII
            // letter or digit is an apostrophe or white space.
            let (end, hash) = hash_ascii_run(bytes, start, HASH_START);
            let next = bytes.get(end).copied();
            let number = b.is_ascii_digit() && bytes[start..end].iter().all(u8::is_ascii_digit);
            // Mostly a space or a mark that ends any run, told by one
            // look-up; a comma, period or apostrophe is looked at closely.
            let plain_end = next.is_none_or(|n| ENDS_ANY_RUN[usize::from(n)]);
            if plain_end || run_is_whole_token(bytes, start, end, number) {
                out.push(Token {
                    span: Span::new(start, end),
                    kind: if number {
                        TokenKind::Number
                    } else {
                        TokenKind::Word
                    },
                });
                on_word(start, end, hash);
                // The space after it is passed over at once.
                pos = if next == Some(b' ') { end + 1 } else { end };
                continue;
            }
        }
        if b.is_ascii_whitespace() {
            // A line break may end the sentence of the token before it.
            if b == b'\n' {
                if let Some(before) = out.len().checked_sub(1) {
                    if candidates.last() != Some(&before) {
                        candidates.push(before);
                    }
                }
            }
            pos += 1;
            continue;
        }
        // ASCII punctuation but the apostrophe is a token of its own.
        if b.is_ascii_punctuation() && b != b'\'' {
            let punct = Token {
                span: Span::new(start, start + 1),
                kind: TokenKind::Punct,
            };
            if may_end_sentence(bytes, &punct) {
                candidates.push(out.len());
            }
            out.push(punct);
            pos += 1;
            continue;
        }
        let pushed_before = out.len();
        let Some(end) = push_other_token(text, &mut out, start) else {
            break;
        };
        pos = end;
        candidates.extend((pushed_before..out.len()).filter(|&i| may_end_sentence(bytes, &out[i])));
    }
    out
}

/// Whether the run of ASCII letters and digits from `start` to `end` is a
/// whole token; `number` tells whether it is all digits. Most words end at
/// a space, or at any ASCII byte but an apostrophe ("don't"); at a comma or
/// a period too, unless a digit follows it in a number (1,000 and 13.5) or
/// a single letter may begin a dotted acronym (`U.S.`).
fn run_is_whole_token(bytes: &[u8], start: usize, end: usize, number: bool) -> bool {
    match bytes.get(end) {
        None => true,
        Some(b',') => !number || !bytes.get(end + 1).is_some_and(u8::is_ascii_digit),
        Some(b'.') if number => !bytes.get(end + 1).is_some_and(u8::is_ascii_digit),
        Some(b'.') => end - start >= 2,
        Some(&next) => next.is_ascii() && next != b'\'',
    }
}

/// Pushes the token or tokens that start at `start`, which is no white
/// space of ASCII's, other than a plain ASCII word; returns where they end,
/// or `None` where no character starts.
fn push_other_token(text: &str, out: &mut Vec<Token>, start: usize) -> Option<usize> {
    let c = match *text.as_bytes().get(start)? {
        b if b.is_ascii() => char::from(b),
        _ => text.get(start..)?.chars().next()?,
    };
    let pos = start + c.len_utf8();
    // Apostrophes before words: `ʼ` (U+02BC) is a letter as well.
    if is_apostrophe(c) {
        // A clitic: 's, ’s, 've, 're, 'll, 'd, 'm attached to a word.
        let attached = out.last().is_some_and(|t: &Token| t.span.end == start);
        let clitic_len = if attached {
            clitic_after(&text[pos..])
        } else {
            None
        };
        let end = pos + clitic_len.unwrap_or(0);
        out.push(Token {
            span: Span::new(start, end),
            kind: if clitic_len.is_some() {
                TokenKind::Clitic
            } else {
                TokenKind::Punct
            },
        });
        return Some(end);
    }
    if is_letter_or_digit(c) {
        return Some(push_word(text, out, start, c));
    }
    // White space beyond ASCII's: a vertical tab, a no-break space.
    if !c.is_whitespace() {
        out.push(Token {
            span: Span::new(start, pos),
            kind: TokenKind::Punct,
        });
    }
    Some(pos)
}

/// Pushes the word or number that starts at `start` with the letter or
/// digit `c`, splitting `n't` off it ("don't"); returns where it ends.
fn push_word(text: &str, out: &mut Vec<Token>, start: usize, c: char) -> usize {
    let (end, all_digits) = word_end(text, start, c);
    if end - start > 1 && text.as_bytes()[end - 1] == b'n' {
        if let Some(cl_end) = nt_after(text, end) {
            out.push(Token {
                span: Span::new(start, end - 1),
                kind: TokenKind::Word,
            });
            out.push(Token {
                span: Span::new(end - 1, cl_end),
                kind: TokenKind::Clitic,
            });
            return cl_end;
        }
    }
    out.push(Token {
        span: Span::new(start, end),
        kind: if all_digits {
            TokenKind::Number
        } else {
            TokenKind::Word
        },
    });
    end
}

/// The length of the clitic (`s`, `ve`, `re`, `ll`, `d`, `m`) that `rest`,
/// the text after an apostrophe, starts with, if it is not the start of a
/// longer word.
fn clitic_after(rest: &str) -> Option<usize> {
    ["s", "S", "ve", "re", "ll", "d", "m"]
        .iter()
        .find(|cl| {
            rest.starts_with(**cl)
                && !rest[cl.len()..]
                    .chars()
                    .next()
                    .is_some_and(is_letter_or_digit)
        })
        .map(|cl| cl.len())
}

/// Where the word or number that starts at `start` with the letter or digit
/// `c` ends, and whether it is made of ASCII digits only. Letters and digits
/// run on; a number keeps `,` and `.` between digits (1,000 and 13.5), and a
/// dotted acronym its periods (`U.S.`).
fn word_end(text: &str, start: usize, c: char) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut end = start + c.len_utf8();
    let mut all_digits = c.is_ascii_digit();
    loop {
        let run = ascii_alnum_run(&bytes[end..]);
        if all_digits {
            all_digits = bytes[end..end + run].iter().all(u8::is_ascii_digit);
        }
        end += run;
        // The run stops at a byte that is no ASCII letter or digit, or at the end.
        match bytes.get(end) {
            None => break,
            Some(&b @ (b',' | b'.')) => {
                if all_digits {
                    // 1,000 and 13.5 stay whole.
                    if bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
                        end += 1;
                        continue;
                    }
                    break;
                }
                if b == b'.' && is_dotted_acronym(&text[start..], end - start) {
                    end += 1;
                    continue;
                }
                break;
            }
            Some(b) if b.is_ascii() => break,
            Some(_) => match text.get(end..).and_then(|rest| rest.chars().next()) {
                Some(d) if is_letter_or_digit(d) => {
                    all_digits = false;
                    end += d.len_utf8();
                }
                _ => break,
            },
        }
    }
    (end, all_digits)
}

/// Where the clitic `n't` ends when the word ending at `end` (in `n`) is
/// followed by an apostrophe and a lone `t`: "don't", "can’t".
fn nt_after(text: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    let a = rest.chars().next().filter(|&a| is_apostrophe(a))?;
    let after = &rest[a.len_utf8()..];
    (after.starts_with('t') && !after[1..].chars().next().is_some_and(is_letter_or_digit))
        .then(|| end + a.len_utf8() + 1)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02bc}')
}

/// Whether the word starting `s` and `len` bytes long, followed by a period,
/// is a dotted acronym in the making: `U.S.`, `U.K.`, `e.g.` (single letters between dots).
fn is_dotted_acronym(s: &str, len: usize) -> bool {
    let word = &s[..len];
    // Most words before a period start with two ASCII letters or digits:
    // their first piece is no single letter.
    if word
        .as_bytes()
        .get(..2)
        .is_some_and(|two| two.iter().all(|&b| is_ascii_alnum(b)))
    {
        return false;
    }
    let single_letters = word.split('.').all(is_one_char);
    if !single_letters {
        return false;
    }
    // The next piece after the period must be one letter followed by a period.
    let rest = &s[len + 1..];
    let mut it = rest.chars();
    match (it.next(), it.next()) {
        (Some(a), Some('.')) if a.is_alphabetic() => true,
        // The final period of `U.S.` itself: the word already holds "U.S".
        _ => word.contains('.'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let (s, _) = segment(text);
        s.iter().map(|s| &text[s.span.start..s.span.end]).collect()
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.span.start..t.span.end])
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        let got = sentences(
            "Secretary Antony J. Blinken met Mr. Wang on Jan. 5 in Beijing. They talked.",
        );
        assert_eq!(
            got,
            vec![
                "Secretary Antony J. Blinken met Mr. Wang on Jan. 5 in Beijing.",
                "They talked."
            ]
        );
    }

    #[test]
    fn dotted_acronyms_split_only_before_an_opener() {
        let got = sentences(
            "U.S. officials met the U.K. team. Talks went well with the U.S. The next day ended.",
        );
        assert_eq!(
            got,
            vec![
                "U.S. officials met the U.K. team.",
                "Talks went well with the U.S.",
                "The next day ended."
            ]
        );
        assert_eq!(
            sentences("He flew to the U.S. President Biden met him."),
            vec!["He flew to the U.S. President Biden met him."]
        );
    }

    #[test]
    fn quotes_and_paragraphs() {
        assert_eq!(
            sentences("He said \"no.\" Then he left."),
            vec!["He said \"no.\"", "Then he left."]
        );
        assert_eq!(
            sentences("Headline here\n\nBody text starts"),
            vec!["Headline here", "Body text starts"]
        );
        assert_eq!(sentences("a.\n"), vec!["a."]);
        assert!(sentences("").is_empty());
        assert!(sentences("   \n ").is_empty());
    }

    #[test]
    fn tokens_keep_acronyms_clitics_and_numbers() {
        assert_eq!(
            words("the U.S.'s efforts"),
            vec!["the", "U.S.", "'s", "efforts"]
        );
        assert_eq!(
            words("China’s 1,000 don't"),
            vec!["China", "’s", "1,000", "do", "n't"]
        );
        assert_eq!(words("Russia-China"), vec!["Russia", "-", "China"]);
        assert_eq!(words("Moon Jae-in."), vec!["Moon", "Jae", "-", "in", "."]);
    }

    #[test]
    fn run_on_text_is_cut_into_bounded_sentences() {
        let text = "word ".repeat(1000);
        let (s, t) = segment(&text);
        assert_eq!(t.len(), 1000);
        assert!(s
            .iter()
            .all(|s| s.end_token - s.first_token <= MAX_SENTENCE_TOKENS));
        assert_eq!(
            s.iter().map(|s| s.end_token - s.first_token).sum::<usize>(),
            1000
        );
        let with_commas = "a b c, ".repeat(200);
        let (s, _) = segment(&with_commas);
        assert!(s
            .iter()
            .all(|s| with_commas[s.span.start..s.span.end].ends_with(',')
                || s.span.end == with_commas.trim_end().len()));
    }

    #[test]
    fn general_punctuation_holds_no_letter_or_digit() {
        assert!(GENERAL_PUNCTUATION
            .into_iter()
            .all(|c| !c.is_alphanumeric()));
        assert!((0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .all(|c| is_letter_or_digit(c) == c.is_alphanumeric()));
    }

    #[test]
    fn spans_are_on_char_boundaries() {
        let text = "Erdoğan — “Türkiye’s” … ok.";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
    }
}
