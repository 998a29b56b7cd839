//! What the full-text index holds for a user, and how typed search text becomes an FTS5 query.
//!
//! FTS5's unicode61 tokenizer splits on spaces and punctuation and folds case and diacritics, which
//! suits names in Latin, Cyrillic, Greek, Arabic and Hebrew script. Its tokens keep combining marks
//! (`categories 'L* N* Co M*'`, see the migrations), without which Thai and Burmese words fall
//! apart at every vowel sign. Chinese, Japanese, Korean, Thai, Lao, Khmer and Burmese names are
//! written without spaces between their parts, so each such word is also indexed from every letter
//! on: a typed prefix then finds any part of it (田中 in 田中太郎, สวัสดิ์ in ศรีสวัสดิ์).
//! Phone numbers are indexed as digits: international, national, and national with a trunk `0`.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use userdesk_core::UserProfile;

/// Scripts whose words are written without spaces between a name's parts.
fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'   // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
        | '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' // CJK Extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK Unified Ideographs
        | '\u{AC00}'..='\u{D7AF}' // Hangul syllables
        | '\u{F900}'..='\u{FAFF}' // CJK Compatibility Ideographs
        | '\u{20000}'..='\u{2FA1F}')
}

/// NFKC, then the Latin letters whose "diacritic" is not a combining mark (so FTS5's
/// `remove_diacritics` keeps them) folded by hand, in the index and in the query alike: typing
/// "lodz" finds "Łódź". Greek, whose accents FTS5 keeps, loses its tonos and dialytika and writes
/// its final sigma as any other ("παπαδοπουλος" finds "Παπαδόπουλος").
fn fold(text: &str) -> String {
    text.nfkc()
        .flat_map(|c| {
            let folded: &[char] = match c {
                'ł' => &['l'],
                'Ł' => &['L'],
                'ø' => &['o'],
                'Ø' => &['O'],
                'đ' => &['d'],
                'Đ' => &['D'],
                'ı' => &['i'],
                'ß' => &['s', 's'],
                'æ' => &['a', 'e'],
                'Æ' => &['A', 'E'],
                'œ' => &['o', 'e'],
                'Œ' => &['O', 'E'],
                'ς' => &['σ'],
                '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => {
                    return std::iter::once(c)
                        .nfd()
                        .filter(|m| !is_combining_mark(*m))
                        .collect();
                }
                _ => return vec![c],
            };
            folded.to_vec()
        })
        .collect()
}

/// `text`, folded, and every word of it in an unspaced script again from each of its letters on
/// (never from a combining mark, which cannot begin what anyone types).
fn push_text(out: &mut String, text: &str) {
    let normalized = fold(text);
    out.push_str(&normalized);
    out.push(' ');
    for word in normalized.split_whitespace() {
        if !word.chars().any(is_unspaced) {
            continue;
        }
        for (at, c) in word.char_indices().skip(1) {
            if !is_combining_mark(c) {
                out.push_str(&word[at..]);
                out.push(' ');
            }
        }
    }
}

fn push_phone(out: &mut String, phone: &userdesk_core::PhoneE164) {
    out.push_str(phone.as_str().trim_start_matches('+'));
    out.push(' ');
    let national = phone.national_digits();
    out.push_str(national);
    out.push(' ');
    // Typed with a trunk prefix, as people write their own country's numbers ("0151 …").
    if !national.starts_with('0') {
        out.push('0');
        out.push_str(national);
        out.push(' ');
    }
}

/// Everything a search may match for this user.
pub fn index_terms(user: &UserProfile) -> String {
    let mut out = String::with_capacity(160);
    let (first, last) = (user.first_name.as_str(), user.last_name.as_str());
    push_text(&mut out, first);
    push_text(&mut out, last);
    // Written without a space, as such names are (欧阳娜娜, family name first, or the other way).
    if first.chars().chain(last.chars()).any(is_unspaced) {
        push_text(&mut out, &format!("{last}{first}"));
        push_text(&mut out, &format!("{first}{last}"));
    }
    out.push_str(user.email.as_str());
    out.push(' ');
    if let Some(badge) = &user.badge_id {
        out.push_str(badge.as_str());
        out.push(' ');
    }
    if let Some(mobile) = &user.mobile_phone {
        push_phone(&mut out, &mobile.number);
    }
    if let Some(office) = &user.office_phone {
        push_phone(&mut out, &office.number);
    }
    out
}

/// Turns typed text into an FTS5 query that matches rows containing every typed word as a prefix.
/// Each word is quoted, so nothing typed can be read as FTS5 syntax. `None` when nothing is left.
pub fn match_query(typed: &str) -> Option<String> {
    let normalized = fold(typed);
    let trimmed = normalized.trim();
    let looks_like_phone = trimmed.chars().filter(char::is_ascii_digit).count() >= 3
        && trimmed
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    let mut words: Vec<String> = Vec::new();
    if looks_like_phone {
        words.push(trimmed.chars().filter(char::is_ascii_digit).collect());
    } else {
        for word in trimmed.split(|c: char| c.is_whitespace() || c == '"') {
            if word.is_empty() {
                continue;
            }
            words.push(word.to_owned());
        }
    }
    let parts: Vec<String> = words
        .into_iter()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(8)
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_words_become_quoted_prefixes() {
        assert_eq!(
            match_query("ada love").as_deref(),
            Some("\"ada\"* \"love\"*")
        );
    }

    #[test]
    fn fts_syntax_is_neutralized() {
        assert_eq!(
            match_query("a\" OR 1 NEAR(").as_deref(),
            Some("\"a\"* \"OR\"* \"1\"* \"NEAR(\"*")
        );
        assert_eq!(match_query("  \"\" ( ) * "), None);
    }

    #[test]
    fn phone_like_input_collapses_to_digits() {
        assert_eq!(match_query("+49 151 234").as_deref(), Some("\"49151234\"*"));
        assert_eq!(match_query("(0151) 23-4").as_deref(), Some("\"0151234\"*"));
    }

    #[test]
    fn letters_without_combining_marks_are_folded_on_both_sides() {
        assert_eq!(match_query("Łódź").as_deref(), Some("\"Lódź\"*"));
        assert_eq!(fold("Großmann"), "Grossmann");
    }

    #[test]
    fn unspaced_words_are_typed_whole_and_indexed_from_each_letter() {
        assert_eq!(match_query("小明").as_deref(), Some("\"小明\"*"));
        let mut terms = String::new();
        push_text(&mut terms, "田中太郎 Ada");
        assert_eq!(terms, "田中太郎 Ada 中太郎 太郎 郎 ");
        // No suffix starts at a Thai vowel sign or tone mark.
        let mut thai = String::new();
        push_text(&mut thai, "ศรีสวัสดิ์");
        let starts: Vec<char> = thai
            .split_whitespace()
            .filter_map(|t| t.chars().next())
            .collect();
        assert!(starts.iter().all(|c| !is_combining_mark(*c)), "{thai}");
        assert!(thai.split_whitespace().any(|t| t == "สวัสดิ์"), "{thai}");
    }
}
