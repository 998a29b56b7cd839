//! Real pictures with bytes changed, cut short or both: reading and rendering them never panics,
//! and whatever is decoded stays within the limits.

use crate::support::*;
use proptest::prelude::*;
use userdesk_avatar::{Edit, Limits, Source};

fn originals() -> Vec<Vec<u8>> {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let picture = quadrants(48, 40);
    vec![
        jpeg(
            &picture,
            Extras {
                exif: Some(exif(6, true)),
                icc: None,
            },
        ),
        png(
            &picture,
            Extras {
                exif: Some(exif(3, false)),
                icc: None,
            },
        ),
        std::fs::read(fixtures.join("progressive.jpg")).expect("fixture"),
        std::fs::read(fixtures.join("cmyk.jpg")).expect("fixture"),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn mutated_pictures_are_read_or_refused_never_a_panic(
        which in 0usize..4,
        changes in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..12),
        cut in proptest::option::of(any::<prop::sample::Index>()),
        quarter_turns in 0u8..4,
    ) {
        let mut bytes = originals().swap_remove(which);
        for (at, value) in changes {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        if let Some(cut) = cut {
            bytes.truncate(cut.index(bytes.len()));
        }
        let limits = Limits { max_pixels: 4_000_000, max_decode_bytes: 48 << 20, ..Limits::default() };
        if let Ok(source) = Source::from_bytes(bytes, limits) {
            let (w, h) = source.upright_size();
            prop_assert!(u64::from(w) * u64::from(h) <= limits.max_pixels);
            if let Ok(avatar) = source.render(Edit { quarter_turns, crop: None }) {
                prop_assert_eq!((avatar.large.width, avatar.small.width), (256, 64));
            }
            let _ = source.preview(96);
        }
    }
}
