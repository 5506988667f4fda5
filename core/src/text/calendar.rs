//! Calendar dates as whole days since 1970-01-01 (UTC), and their wording. Snapshots carry only
//! the day, so a shared link never reveals the time someone answered.
//!
//! The conversion is Howard Hinnant's `civil_from_days` algorithm: a dozen lines of integer
//! arithmetic, which is smaller than pulling a date crate into the WebAssembly.

const MS_PER_DAY: f64 = 86_400_000.0;

/// A day, counted from 1970-01-01 = 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub u32);

impl Day {
    /// The UTC day of a timestamp in milliseconds (as `Date.now()` gives); times before 1970
    /// count as day 0.
    pub fn from_ms(ms: f64) -> Day {
        Day((ms.max(0.0) / MS_PER_DAY).floor().min(u32::MAX as f64) as u32)
    }

    /// (year, month 1-12, day 1-31).
    pub fn civil(self) -> (i64, u32, u32) {
        let z = i64::from(self.0) + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        } as u32;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        (year, month, day)
    }

    /// "2026-11-23", for file names and exports.
    pub fn iso(self) -> String {
        let (year, month, day) = self.civil();
        format!("{year:04}-{month:02}-{day:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days() {
        assert_eq!(Day(0).iso(), "1970-01-01");
        assert_eq!(Day(59).iso(), "1970-03-01");
        assert_eq!(Day(11_016).iso(), "2000-02-29");
        assert_eq!(
            Day(20_415).long(crate::questions::content::Content::english()),
            "23 November 2025"
        );
        assert_eq!(Day(u16::MAX as u32).iso(), "2149-06-06");
    }

    #[test]
    fn timestamps_fall_on_their_utc_day() {
        // 2026-11-23T23:59:59.999Z and the next millisecond.
        let midnight = 1_795_478_400_000.0;
        assert_eq!(Day::from_ms(midnight - 1.0).iso(), "2026-11-23");
        assert_eq!(Day::from_ms(midnight).iso(), "2026-11-24");
        assert_eq!(Day::from_ms(-5.0), Day(0));
    }

    #[test]
    fn consecutive_days_have_consecutive_dates() {
        let mut previous = Day(0).civil();
        for n in 1..80_000 {
            let (year, month, day) = Day(n).civil();
            let next_day = (previous.0, previous.1, previous.2 + 1);
            let next_month = (previous.0, previous.1 + 1, 1);
            let next_year = (previous.0 + 1, 1, 1);
            assert!(
                [next_day, next_month, next_year].contains(&(year, month, day)),
                "{n}: {previous:?} -> {:?}",
                (year, month, day)
            );
            assert!((1..=31).contains(&day));
            previous = (year, month, day);
        }
    }
}
