//! RFC 3339 UTC time with nanoseconds, as the k8s-file log writes it, without a formatting
//! library or std: one copy for gorae's log writer (`src/engine/logs.rs`) and the keeper
//! (`src/keeper/main.rs`), which write the same log.

/// `secs.nanos` after the epoch as `YYYY-MM-DDTHH:MM:SS.NNNNNNNNNZ` (Howard Hinnant's
/// civil-from-days).
pub fn rfc3339((secs, nanos): (u64, u32)) -> [u8; 30] {
    let (days, rem) = (secs / 86_400, secs % 86_400);
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let fields: [(u64, usize, u8); 7] = [
        (year as u64, 4, b'-'),
        (month as u64, 2, b'-'),
        (day as u64, 2, b'T'),
        (rem / 3600, 2, b':'),
        (rem % 3600 / 60, 2, b':'),
        (rem % 60, 2, b'.'),
        (u64::from(nanos), 9, b'Z'),
    ];
    let mut out = [0u8; 30];
    let mut at = 0;
    for (mut v, width, sep) in fields {
        for i in (0..width).rev() {
            out[at + i] = b'0' + (v % 10) as u8;
            v /= 10;
        }
        out[at + width] = sep;
        at += width + 1;
    }
    out
}
