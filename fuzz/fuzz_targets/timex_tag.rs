//! Fuzz target: the date tagger on arbitrary UTF-8, with and without a
//! document creation date. The first byte picks whether there is one and
//! the next two pick it (any day from 1900 to 2099). Spans must lie on
//! character boundaries inside the text, in order, without overlap.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use news_timeline::timex;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let (dct, rest) = if mode & 1 == 1 && rest.len() >= 2 {
        let n = u16::from_le_bytes([rest[0], rest[1]]) as i64 % (200 * 365);
        let base = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
        (base.checked_add_days(chrono::Days::new(n as u64)), &rest[2..])
    } else {
        (None, rest)
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let mut end = 0;
    for t in timex::tag(text, dct) {
        assert!(t.start < t.end && t.end <= text.len(), "span inside the text");
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        assert!(t.start >= end, "spans in order, not overlapping");
        end = t.end;
    }
});
