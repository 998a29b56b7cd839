//! Demo data: a believable organization of people from many countries and scripts, made from a
//! seed so that it is the same on every machine. Used by the demo mode and by tests.

use time::{Duration, OffsetDateTime};
use unicode_normalization::UnicodeNormalization;
use uuid::Uuid;

use crate::account_type::AccountType;
use crate::badge::BadgeId;
use crate::email::Email;
use crate::language::{Language, Locale};
use crate::lifecycle::Status;
use crate::name::PersonName;
use crate::phone::{PhoneE164, PhoneExtension};
use crate::profile::{
    MobilePhone, NotificationFrequency, OfficePhone, Presence, UserGroup, UserId, UserProfile,
};
use crate::roles::{Role, RoleSet};
use crate::title::Title;

mod people;

use people::{CULTURES, GROUPS, TITLES};

/// The demo organization's mail domain (RFC 2606 reserves `.example`).
pub const DEMO_DOMAIN: &str = "northwind.example";

/// A small, fast, well-distributed generator (SplitMix64): enough for demo data, and it keeps
/// `core` free of a random-number dependency.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + (self.next() % 10) as u8))
            .collect()
    }
}

/// Picks the `female` or `male` form of a `m/f` surname, then the native or Latin part of `native|latin`.
fn name_part(raw: &str, female: bool, latin: bool) -> String {
    let (native, roman) = raw.split_once('|').unwrap_or((raw, raw));
    let chosen = if latin { roman } else { native };
    match chosen.split_once('/') {
        Some((m, f)) => if female { f } else { m }.to_owned(),
        None => chosen.to_owned(),
    }
}

/// Letters of a Latin-script name folded to ASCII for an e-mail address: "Łukasz" → "lukasz".
fn mail_fold(s: &str) -> String {
    s.nfd()
        .filter_map(|c| match c {
            'ł' | 'Ł' => Some('l'),
            'ß' => Some('s'),
            'đ' | 'Đ' => Some('d'),
            'ı' => Some('i'),
            'ø' | 'Ø' => Some('o'),
            c if c.is_ascii_alphanumeric() => Some(c.to_ascii_lowercase()),
            '-' => Some('-'),
            _ => None,
        })
        .collect()
}

/// `count` demo users, the same for the same `seed`, created before `now`.
pub fn demo_users(count: usize, seed: u64, now: OffsetDateTime) -> Vec<UserProfile> {
    let mut rng = SplitMix64(seed);
    let mut taken = std::collections::HashSet::new();
    let mut users = Vec::with_capacity(count);
    let catalog = Role::built_ins();
    for i in 0..count {
        let culture = rng.pick(CULTURES);
        let female = rng.chance(50);
        let first_raw = *rng.pick(if female { culture.female } else { culture.male });
        let last_raw = *rng.pick(culture.surnames);
        let first = name_part(first_raw, female, false);
        let last = name_part(last_raw, female, false);

        let base = format!(
            "{}.{}",
            mail_fold(&name_part(first_raw, female, true)),
            mail_fold(&name_part(last_raw, female, true))
        );
        let mut local = base.clone();
        let mut n = 1;
        while !taken.insert(local.clone()) {
            n += 1;
            local = format!("{base}{n}");
        }

        let account_type = match i {
            0 | 1 => AccountType::SuperAdmin,
            _ => match rng.below(100) {
                0..=9 => AccountType::ConfigAdmin,
                10..=64 => AccountType::Internal,
                65..=91 => AccountType::External,
                _ => AccountType::OneTimeCompletion,
            },
        };
        let roles = if account_type.carries_roles() {
            let k = 1 + rng.below(2);
            RoleSet::new((0..k).map(|_| rng.pick(&catalog).id.clone())).unwrap_or_default()
        } else {
            RoleSet::default()
        };

        let created_at = now
            - Duration::days(1 + rng.below(5 * 365) as i64)
            - Duration::minutes(rng.below(1440) as i64);
        let status = if i < 2 {
            Status::Active
        } else {
            match rng.below(100) {
                0..=69 => Status::Active,
                70..=81 => Status::Invited,
                82..=89 => Status::Created,
                _ => Status::Inactive,
            }
        };
        let single_sign_on = account_type == AccountType::Internal && rng.chance(15);
        let days_since = (now - created_at).whole_days().max(1) as usize;
        let invited_at =
            (status != Status::Created).then(|| created_at + Duration::hours(rng.below(48) as i64));
        let activated_at = matches!(status, Status::Active | Status::Inactive).then(|| {
            created_at + Duration::days(rng.below(days_since.min(14)) as i64) + Duration::hours(3)
        });
        let last_active_at = (status == Status::Active)
            .then(|| now - Duration::minutes(rng.below(60 * 24 * 30) as i64));

        let mobile_phone = rng
            .chance(80)
            .then(|| culture.phone_number(&mut rng))
            .flatten()
            .map(|number| MobilePhone {
                number,
                verified: rng.chance(60),
            });
        let office_phone = rng
            .chance(40)
            .then(|| culture.phone_number(&mut rng))
            .flatten()
            .map(|number| OfficePhone {
                number,
                extension: PhoneExtension::parse_optional(&rng.digits(3))
                    .ok()
                    .flatten(),
            });

        let group = if rng.chance(60) {
            let (id, name) = *rng.pick(GROUPS);
            UserGroup::Custom {
                id: id.to_owned(),
                name: name.to_owned(),
                manager: rng.chance(8),
            }
        } else {
            UserGroup::Default
        };

        let (Ok(first_name), Ok(last_name), Ok(email)) = (
            PersonName::parse(&first),
            PersonName::parse(&last),
            Email::parse(&format!("{local}@{DEMO_DOMAIN}")),
        ) else {
            continue;
        };

        users.push(UserProfile {
            id: UserId(Uuid::from_u64_pair(rng.next(), rng.next())),
            email,
            first_name,
            last_name,
            title: rng
                .chance(85)
                .then(|| {
                    let title: &&str = rng.pick(TITLES);
                    Title::parse_optional(title).ok().flatten()
                })
                .flatten(),
            badge_id: rng
                .chance(75)
                .then(|| {
                    BadgeId::parse_optional(&format!("B-{:05}", 10_000 + i))
                        .ok()
                        .flatten()
                })
                .flatten(),
            mobile_phone,
            office_phone,
            language: if rng.chance(70) {
                Language::Locale(culture.locale)
            } else {
                Language::SystemDefault
            },
            group,
            account_type,
            roles,
            status,
            single_sign_on,
            invited_at,
            activated_at,
            last_active_at,
            created_at,
            avatar: None,
            notification_frequency: *rng.pick(&NotificationFrequency::ALL),
            presence: if status == Status::Active {
                *rng.pick(&Presence::ALL)
            } else {
                Presence::Offline
            },
        });
    }
    users
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn now() -> OffsetDateTime {
        time::macros::datetime!(2026-06-01 12:00 UTC)
    }

    #[test]
    fn same_seed_same_people() {
        assert_eq!(demo_users(50, 7, now()), demo_users(50, 7, now()));
        assert_ne!(demo_users(50, 7, now()), demo_users(50, 8, now()));
    }

    #[test]
    fn five_hundred_users_with_unique_emails_and_badges() {
        let users = demo_users(500, 1, now());
        assert_eq!(users.len(), 500);
        let emails: HashSet<_> = users.iter().map(|u| u.email.key()).collect();
        assert_eq!(emails.len(), 500);
        let badges: Vec<_> = users
            .iter()
            .filter_map(|u| u.badge_id.as_ref().map(|b| b.key()))
            .collect();
        assert_eq!(badges.iter().collect::<HashSet<_>>().len(), badges.len());
    }

    #[test]
    fn names_come_in_many_scripts() {
        let users = demo_users(500, 1, now());
        let has =
            |pred: fn(char) -> bool| users.iter().any(|u| u.last_name.as_str().chars().any(pred));
        assert!(has(|c| ('\u{0400}'..='\u{04FF}').contains(&c)), "Cyrillic");
        assert!(has(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "Arabic");
        assert!(has(|c| ('\u{0590}'..='\u{05FF}').contains(&c)), "Hebrew");
        assert!(has(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)), "Han");
        assert!(has(|c| ('\u{AC00}'..='\u{D7AF}').contains(&c)), "Hangul");
        assert!(has(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)), "Thai");
    }

    #[test]
    fn demo_data_obeys_the_domain_rules() {
        for u in demo_users(500, 3, now()) {
            assert!(u.roles.is_empty() || u.account_type.carries_roles());
            assert!(u.created_at < now());
            if u.status == Status::Active {
                assert!(u.activated_at.is_some());
            }
            if let Some(m) = &u.mobile_phone {
                assert!(m.number.as_str().starts_with('+'));
            }
        }
    }

    #[test]
    fn most_people_have_a_mobile_number() {
        let users = demo_users(500, 1, now());
        let with_phone = users.iter().filter(|u| u.mobile_phone.is_some()).count();
        assert!(
            with_phone > 300,
            "{with_phone} of 500 have a valid mobile number"
        );
    }

    #[test]
    fn mail_folding_turns_latin_names_into_ascii() {
        assert_eq!(mail_fold("Łukasz"), "lukasz");
        assert_eq!(mail_fold("Müller"), "muller");
        assert_eq!(mail_fold("O'Connor"), "oconnor");
        assert_eq!(mail_fold("Nguyễn"), "nguyen");
    }
}
