//! The avatar pipeline on the files admins pick, and on files made to break it.

use std::path::Path;

use crate::support::*;
use image::metadata::Orientation;
use image::{DynamicImage, GenericImageView, ImageBuffer, Rgba};
use userdesk_avatar::{AvatarError, Crop, Edit, Format, Limits, SIZES, Source};

const ORIENTATIONS: [Orientation; 8] = [
    Orientation::NoTransforms,
    Orientation::FlipHorizontal,
    Orientation::Rotate180,
    Orientation::FlipVertical,
    Orientation::Rotate90FlipH,
    Orientation::Rotate90,
    Orientation::Rotate270FlipH,
    Orientation::Rotate270,
];

fn source(bytes: Vec<u8>) -> Source {
    Source::from_bytes(bytes, Limits::default()).expect("a good picture is read")
}

/// The colours at the centres of the four quadrants of a written avatar.
fn quadrant_colours(bytes: &[u8]) -> [[u8; 3]; 4] {
    let image = decoded(bytes);
    let (w, h) = image.dimensions();
    let (a, b) = (w / 4, w * 3 / 4);
    let (c, d) = (h / 4, h * 3 / 4);
    [
        rgb_at(&image, a, c),
        rgb_at(&image, b, c),
        rgb_at(&image, a, d),
        rgb_at(&image, b, d),
    ]
}

fn assert_quadrants(bytes: &[u8], want: [[u8; 3]; 4], what: &str) {
    let got = quadrant_colours(bytes);
    for (g, w) in got.iter().zip(want) {
        assert!(
            near(*g, w, 40),
            "{what}: quadrants {got:?}, wanted {want:?}"
        );
    }
}

#[test]
fn every_exif_orientation_comes_out_upright() {
    let upright = quadrants(96, 64);
    for (i, o) in ORIENTATIONS.into_iter().enumerate() {
        let exif_value = i as u16 + 1;
        assert_eq!(o.to_exif(), exif_value as u8);
        let stored = stored_for(&upright, o);
        for (format, bytes) in [
            (
                "JPEG",
                jpeg(
                    &stored,
                    Extras {
                        exif: Some(exif(exif_value, false)),
                        icc: None,
                    },
                ),
            ),
            (
                "PNG",
                png(
                    &stored,
                    Extras {
                        exif: Some(exif(exif_value, false)),
                        icc: None,
                    },
                ),
            ),
        ] {
            let source = source(bytes);
            assert_eq!(source.upright_size(), (96, 64), "{format} {o:?}");
            let avatar = source.render(Edit::default()).expect("renders");
            assert_quadrants(
                &avatar.large.bytes,
                [RED, GREEN, BLUE, WHITE],
                &format!("{format} {o:?}"),
            );
            assert_quadrants(
                &avatar.small.bytes,
                [RED, GREEN, BLUE, WHITE],
                &format!("{format} {o:?} small"),
            );
            let preview = source.preview(48).expect("previews");
            assert_eq!((preview.width, preview.height), (48, 32), "{format} {o:?}");
            assert_quadrants(
                &preview.bytes,
                [RED, GREEN, BLUE, WHITE],
                &format!("{format} {o:?} preview"),
            );
        }
    }
}

#[test]
fn the_avatar_is_the_square_chosen_in_the_turned_picture() {
    // 128 × 64 upright; turned a quarter clockwise it is 64 × 128 with blue, red on top.
    let source = source(png(&quadrants(128, 64), NONE));
    assert_eq!(source.edited_size(1), (64, 128));
    let top_half = source
        .render(Edit {
            quarter_turns: 1,
            crop: Some(Crop {
                x: 0,
                y: 0,
                size: 64,
            }),
        })
        .expect("renders");
    assert_quadrants(
        &top_half.large.bytes,
        [BLUE, RED, BLUE, RED],
        "turned 90°, top square",
    );
    let half_turn = source
        .render(Edit {
            quarter_turns: 2,
            crop: Some(Crop {
                x: 64,
                y: 0,
                size: 64,
            }),
        })
        .expect("renders");
    // Half a turn puts white top left; the right-hand square holds blue over red.
    assert_quadrants(
        &half_turn.large.bytes,
        [BLUE, BLUE, RED, RED],
        "turned 180°, right square",
    );
    let zoomed = source
        .render(Edit {
            quarter_turns: 0,
            crop: Some(Crop {
                x: 70,
                y: 40,
                size: 20,
            }),
        })
        .expect("renders");
    assert_quadrants(
        &zoomed.large.bytes,
        [WHITE; 4],
        "a small square of the white quadrant",
    );
}

#[test]
fn a_square_outside_the_picture_is_refused() {
    let source = source(png(&quadrants(128, 64), NONE));
    for crop in [
        Crop {
            x: 0,
            y: 0,
            size: 65,
        },
        Crop {
            x: 100,
            y: 0,
            size: 64,
        },
        Crop {
            x: 0,
            y: 0,
            size: 0,
        },
        Crop {
            x: u32::MAX,
            y: 0,
            size: 2,
        },
    ] {
        let refused = source.render(Edit {
            quarter_turns: 0,
            crop: Some(crop),
        });
        assert!(
            matches!(refused, Err(AvatarError::CropOutside { .. })),
            "{crop:?}: {refused:?}"
        );
    }
    // Turned, the picture is 64 wide: what fitted before no longer does.
    let turned = source.render(Edit {
        quarter_turns: 1,
        crop: Some(Crop {
            x: 10,
            y: 0,
            size: 64,
        }),
    });
    assert!(matches!(
        turned,
        Err(AvatarError::CropOutside {
            width: 64,
            height: 128,
            ..
        })
    ));
}

#[test]
fn avatars_are_written_at_both_sizes_with_no_metadata() {
    let p3 = moxcms::ColorProfile::new_display_p3()
        .encode()
        .expect("a profile");
    let picture = quadrants(300, 200);
    let jpeg_in = jpeg(
        &picture,
        Extras {
            exif: Some(exif(1, true)),
            icc: Some(p3.clone()),
        },
    );
    let png_in = png(
        &picture,
        Extras {
            exif: Some(exif(1, true)),
            icc: Some(p3),
        },
    );
    for (format, bytes) in [(Format::Jpeg, jpeg_in), (Format::Png, png_in)] {
        assert!(
            bytes.windows(11).any(|w| w == b"UserdeskCam"),
            "the input names its camera"
        );
        let avatar = source(bytes).render(Edit::default()).expect("renders");
        for (picture, size) in [(&avatar.large, SIZES[0]), (&avatar.small, SIZES[1])] {
            assert_eq!(picture.format, format);
            assert_eq!((picture.width, picture.height), (size, size));
            assert_eq!(decoded(&picture.bytes).dimensions(), (size, size));
            for needle in [&b"Exif"[..], b"UserdeskCam", b"ICC_PROFILE", b"Display P3"] {
                assert!(
                    !picture.bytes.windows(needle.len()).any(|w| w == needle),
                    "{format:?} {size} px holds {:?}",
                    String::from_utf8_lossy(needle)
                );
            }
            match format {
                Format::Jpeg => {
                    let markers = jpeg_markers(&picture.bytes);
                    assert!(
                        markers
                            .iter()
                            .all(|m| matches!(m, 0xE0 | 0xDB | 0xC0 | 0xC4 | 0xDA | 0xDD)),
                        "JPEG segments {markers:x?}"
                    );
                }
                Format::Png => {
                    assert_eq!(
                        png_chunks(&picture.bytes).first().map(String::as_str),
                        Some("IHDR")
                    );
                    let chunks = png_chunks(&picture.bytes);
                    assert!(
                        chunks
                            .iter()
                            .all(|c| matches!(c.as_str(), "IHDR" | "IDAT" | "IEND")),
                        "PNG chunks {chunks:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn colours_are_converted_from_the_pictures_profile_to_srgb() {
    // One Display P3 colour: in sRGB the same colour is a more saturated red.
    let p3_colour = [180, 60, 60];
    let flat = DynamicImage::ImageRgb8(image::RgbImage::from_pixel(64, 64, image::Rgb(p3_colour)));
    let p3 = moxcms::ColorProfile::new_display_p3()
        .encode()
        .expect("a profile");
    let tagged = source(png(
        &flat,
        Extras {
            exif: None,
            icc: Some(p3),
        },
    ))
    .render(Edit::default())
    .expect("renders");
    let untagged = source(png(&flat, NONE))
        .render(Edit::default())
        .expect("renders");
    let tagged = rgb_at(&decoded(&tagged.large.bytes), 128, 128);
    let untagged = rgb_at(&decoded(&untagged.large.bytes), 128, 128);
    assert_eq!(untagged, p3_colour, "an untagged picture is sRGB already");
    assert!(
        tagged[0] > p3_colour[0] + 8 && tagged[1] < p3_colour[1] - 8,
        "P3 {p3_colour:?} became {tagged:?}"
    );
}

#[test]
fn cmyk_progressive_grey_and_16_bit_pictures_are_read() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for name in ["cmyk.jpg", "progressive.jpg"] {
        let source = Source::open(&fixtures.join(name), Limits::default()).expect("reads");
        let avatar = source.render(Edit::default()).expect("renders");
        assert_quadrants(&avatar.large.bytes, [RED, GREEN, BLUE, WHITE], name);
    }

    let grey = DynamicImage::ImageLuma8(image::GrayImage::from_fn(80, 80, |x, _| {
        image::Luma([if x < 40 { 20 } else { 230 }])
    }));
    let avatar = source(jpeg(&grey, NONE))
        .render(Edit::default())
        .expect("renders");
    let out = decoded(&avatar.large.bytes);
    assert!(rgb_at(&out, 30, 128)[0] < 50 && rgb_at(&out, 220, 128)[0] > 200);

    // 16 bits per channel with transparency: the avatar keeps the transparency, in 8 bits.
    let deep = DynamicImage::ImageRgba16(ImageBuffer::from_fn(64, 64, |x, _| {
        if x < 32 {
            Rgba([65535, 0, 0, 65535])
        } else {
            Rgba([0, 0, 65535, 0])
        }
    }));
    let avatar = source(png(&deep, NONE))
        .render(Edit::default())
        .expect("renders");
    let out = decoded(&avatar.large.bytes).to_rgba8();
    assert_eq!(out.get_pixel(20, 128).0, [255, 0, 0, 255]);
    assert_eq!(
        out.get_pixel(235, 128).0[3],
        0,
        "transparent stays transparent"
    );
}

#[test]
fn hostile_files_are_refused_with_their_reason() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("writes");
        path
    };
    let open = |path: &Path| Source::open(path, Limits::default());
    let good_jpeg = jpeg(&quadrants(64, 64), NONE);
    let good_png = png(&quadrants(64, 64), NONE);

    assert!(matches!(
        open(&file("empty.png", b"")),
        Err(AvatarError::Empty)
    ));
    assert!(matches!(open(dir.path()), Err(AvatarError::NotAFile)));
    assert!(matches!(
        open(&file("notes.png", b"these are not pixels")),
        Err(AvatarError::NotAnImage)
    ));
    // A named pipe: refused without opening it (which would wait for a writer).
    #[cfg(unix)]
    {
        let pipe = dir.path().join("pipe.png");
        let made = std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        assert!(matches!(open(&pipe), Err(AvatarError::NotAFile)));
    }
    // A file that disappears between being chosen and being read.
    let chosen = file("gone.jpg", &good_jpeg);
    std::fs::remove_file(&chosen).expect("removes");
    assert!(matches!(open(&chosen), Err(AvatarError::Missing)));
    // The name does not decide the format; the bytes do.
    let png_named_jpg = open(&file("really-a-png.jpg", &good_png)).expect("a PNG is read");
    assert_eq!(png_named_jpg.format(), Format::Png);

    // Cut short: the header is whole, the pixels are not.
    for (what, bytes) in [("JPEG", &good_jpeg), ("PNG", &good_png)] {
        let truncated = open(&file("cut", &bytes[..bytes.len() * 2 / 3]))
            .and_then(|s| s.render(Edit::default()));
        assert!(
            matches!(truncated, Err(AvatarError::Damaged(_))),
            "{what}: {truncated:?}"
        );
        let header_only = open(&file("cut", &bytes[..12]));
        assert!(header_only.is_err(), "{what}: {header_only:?}");
    }

    // A decompression bomb: the header alone claims ten billion pixels.
    let bomb = open(&file("bomb.png", &png_claiming(100_000, 100_000)));
    assert!(
        matches!(
            bomb,
            Err(AvatarError::TooManyPixels {
                width: 100_000,
                height: 100_000,
                max_megapixels: 50
            })
        ),
        "{bomb:?}"
    );

    // A file over the size cap is not read at all.
    let small_cap = Limits {
        max_file_bytes: 100,
        ..Limits::default()
    };
    let large = Source::open(&file("large.jpg", &good_jpeg), small_cap);
    assert!(
        matches!(large, Err(AvatarError::FileTooLarge { .. })),
        "{large:?}"
    );

    // A gigantic EXIF block (many full-size APP1 segments) before the picture: the picture is
    // still read, and none of it reaches the avatar.
    let mut block = b"Exif\0\0".to_vec();
    block.extend(exif(6, true));
    block.resize(65_000, b'x');
    let huge = with_segments(&good_jpeg, &vec![(0xE1, block); 200]);
    assert!(huge.len() > 12_000_000);
    let avatar = open(&file("huge-exif.jpg", &huge))
        .and_then(|s| s.render(Edit::default()))
        .expect("renders");
    assert!(!avatar.large.bytes.windows(11).any(|w| w == b"UserdeskCam"));
    assert!(avatar.large.bytes.len() < 60_000);
}

#[test]
fn every_refusal_has_an_english_and_a_german_text() {
    use userdesk_core::message::Translatable;
    let i18n = userdesk_i18n::Localizer::load().expect("locales load");
    let refusals = [
        AvatarError::Missing,
        AvatarError::NotAFile,
        AvatarError::Unreadable(std::io::Error::other("x")),
        AvatarError::Empty,
        AvatarError::FileTooLarge { max_mib: 40 },
        AvatarError::NotAnImage,
        AvatarError::Unsupported,
        AvatarError::TooManyPixels {
            width: 1,
            height: 1,
            max_megapixels: 50,
        },
        AvatarError::NoPixels,
        AvatarError::Damaged("x".into()),
        AvatarError::CropOutside {
            x: 0,
            y: 0,
            size: 1,
            width: 1,
            height: 1,
        },
        AvatarError::Encode("x".into()),
    ];
    for lang in ["en-US", "de"] {
        let locale = lang.parse().expect("a tag");
        for refusal in &refusals {
            let message = refusal.message();
            assert!(
                i18n.message_ids(&locale).iter().any(|id| id == message.id),
                "{lang} lacks {}",
                message.id
            );
            let text = i18n.message(&locale, &message);
            assert!(!text.contains('{'), "{lang}: {text}");
        }
    }
    let too_many = i18n.message(
        &"en-US".parse().expect("a tag"),
        &AvatarError::TooManyPixels {
            width: 1,
            height: 1,
            max_megapixels: 50,
        }
        .message(),
    );
    assert_eq!(too_many, "This image is too large: at most 50 megapixels.");
}

#[test]
fn a_written_avatar_is_named_by_its_content() {
    let picture = source(png(&quadrants(64, 64), NONE));
    let once = picture.render(Edit::default()).expect("renders");
    let again = picture.render(Edit::default()).expect("renders");
    let turned = picture
        .render(Edit {
            quarter_turns: 1,
            crop: None,
        })
        .expect("renders");
    let name = once.large.content_name();
    assert_eq!(
        name,
        again.large.content_name(),
        "the same picture, the same name"
    );
    assert_ne!(name, turned.large.content_name());
    assert_ne!(name, once.small.content_name());
    let (hash, ext) = name.split_once('.').expect("an extension");
    assert_eq!(ext, "png");
    assert!(
        hash.len() == 64
            && hash
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()),
        "{name}"
    );
}
