//! Pictures made for the tests: quadrants of known colours, JPEG and PNG files with the EXIF,
//! colour profile and odd headers real files carry, and readers for what a written file holds.

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::metadata::Orientation;
use image::{DynamicImage, ImageEncoder, Rgb, RgbImage};

pub const RED: [u8; 3] = [208, 32, 32];
pub const GREEN: [u8; 3] = [32, 176, 64];
pub const BLUE: [u8; 3] = [32, 64, 208];
pub const WHITE: [u8; 3] = [240, 240, 240];

/// An upright picture in four quadrants: red, green / blue, white.
pub fn quadrants(width: u32, height: u32) -> DynamicImage {
    DynamicImage::ImageRgb8(RgbImage::from_fn(width, height, |x, y| {
        Rgb(match (x < width / 2, y < height / 2) {
            (true, true) => RED,
            (false, true) => GREEN,
            (true, false) => BLUE,
            (false, false) => WHITE,
        })
    }))
}

/// The stored pixels that EXIF orientation `o` shows as `upright`.
pub fn stored_for(upright: &DynamicImage, o: Orientation) -> DynamicImage {
    let undo = match o {
        Orientation::Rotate90 => Orientation::Rotate270,
        Orientation::Rotate270 => Orientation::Rotate90,
        // Every other orientation is its own inverse.
        other => other,
    };
    let mut stored = upright.clone();
    stored.apply_orientation(undo);
    stored
}

pub struct Extras {
    pub exif: Option<Vec<u8>>,
    pub icc: Option<Vec<u8>>,
}

pub const NONE: Extras = Extras {
    exif: None,
    icc: None,
};

pub fn jpeg(image: &DynamicImage, extras: Extras) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = JpegEncoder::new_with_quality(&mut out, 95);
    if let Some(exif) = extras.exif {
        encoder.set_exif_metadata(exif).expect("JPEG takes EXIF");
    }
    if let Some(icc) = extras.icc {
        encoder.set_icc_profile(icc).expect("JPEG takes a profile");
    }
    let rgb = image.to_rgb8();
    encoder
        .write_image(
            rgb.as_raw(),
            rgb.width(),
            rgb.height(),
            image::ExtendedColorType::Rgb8,
        )
        .expect("encodes");
    out
}

pub fn png(image: &DynamicImage, extras: Extras) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = PngEncoder::new(&mut out);
    if let Some(exif) = extras.exif {
        encoder.set_exif_metadata(exif).expect("PNG takes EXIF");
    }
    if let Some(icc) = extras.icc {
        encoder.set_icc_profile(icc).expect("PNG takes a profile");
    }
    encoder
        .write_image(
            image.as_bytes(),
            image.width(),
            image.height(),
            image.color().into(),
        )
        .expect("encodes");
    out
}

/// A little-endian TIFF block as cameras write it: the orientation, the camera's make, and, when
/// asked, a GPS position.
pub fn exif(orientation: u16, gps: bool) -> Vec<u8> {
    let mut t: Vec<u8> = b"II*\0".to_vec();
    t.extend(8u32.to_le_bytes());
    let entries: u16 = if gps { 3 } else { 2 };
    let ifd_end = 8 + 2 + 12 * u32::from(entries) + 4;
    let make = b"UserdeskCam\0";
    let gps_ifd = ifd_end + make.len() as u32;
    t.extend(entries.to_le_bytes());
    // Make (ASCII), stored after the directory.
    t.extend(0x010Fu16.to_le_bytes());
    t.extend(2u16.to_le_bytes());
    t.extend((make.len() as u32).to_le_bytes());
    t.extend(ifd_end.to_le_bytes());
    // Orientation (SHORT), inline.
    t.extend(0x0112u16.to_le_bytes());
    t.extend(3u16.to_le_bytes());
    t.extend(1u32.to_le_bytes());
    t.extend(u32::from(orientation).to_le_bytes());
    if gps {
        t.extend(0x8825u16.to_le_bytes());
        t.extend(4u16.to_le_bytes());
        t.extend(1u32.to_le_bytes());
        t.extend(gps_ifd.to_le_bytes());
    }
    t.extend(0u32.to_le_bytes());
    t.extend(make);
    if gps {
        let rationals = gps_ifd + 2 + 2 * 12 + 4;
        t.extend(2u16.to_le_bytes());
        // GPSLatitudeRef "N", inline.
        t.extend(0x0001u16.to_le_bytes());
        t.extend(2u16.to_le_bytes());
        t.extend(2u32.to_le_bytes());
        t.extend(*b"N\0\0\0");
        // GPSLatitude: 47° 22' 36", as three rationals.
        t.extend(0x0002u16.to_le_bytes());
        t.extend(5u16.to_le_bytes());
        t.extend(3u32.to_le_bytes());
        t.extend(rationals.to_le_bytes());
        t.extend(0u32.to_le_bytes());
        for n in [47u32, 22, 36] {
            t.extend(n.to_le_bytes());
            t.extend(1u32.to_le_bytes());
        }
    }
    t
}

/// `bytes` with JPEG segments put in right after the start-of-image marker.
pub fn with_segments(bytes: &[u8], segments: &[(u8, Vec<u8>)]) -> Vec<u8> {
    let mut out = bytes[..2].to_vec();
    for (marker, body) in segments {
        out.extend([0xFF, *marker]);
        out.extend(
            u16::try_from(body.len() + 2)
                .expect("a segment fits")
                .to_be_bytes(),
        );
        out.extend(body);
    }
    out.extend(&bytes[2..]);
    out
}

/// The markers of a JPEG's segments up to its image data.
pub fn jpeg_markers(bytes: &[u8]) -> Vec<u8> {
    let mut markers = Vec::new();
    let mut at = 2;
    while at + 4 <= bytes.len() && bytes[at] == 0xFF {
        let marker = bytes[at + 1];
        markers.push(marker);
        if marker == 0xDA {
            break;
        }
        let len = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        at += 2 + len;
    }
    markers
}

/// The chunk types of a PNG, in order.
pub fn png_chunks(bytes: &[u8]) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut at = 8;
    while at + 8 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[at..at + 4].try_into().expect("4 bytes")) as usize;
        chunks.push(String::from_utf8_lossy(&bytes[at + 4..at + 8]).into_owned());
        at += 12 + len;
    }
    chunks
}

/// A PNG signature and header that claim `width` × `height` pixels, and no pixels.
pub fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    out.extend(13u32.to_be_bytes());
    out.extend(&ihdr);
    out.extend(crc32(&ihdr).to_be_bytes());
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

pub fn decoded(bytes: &[u8]) -> DynamicImage {
    image::load_from_memory(bytes).expect("our output decodes")
}

/// Whether `got` is within `tolerance` of `want` in every channel.
pub fn near(got: [u8; 3], want: [u8; 3], tolerance: u8) -> bool {
    got.iter()
        .zip(want)
        .all(|(g, w)| g.abs_diff(w) <= tolerance)
}

pub fn rgb_at(image: &DynamicImage, x: u32, y: u32) -> [u8; 3] {
    image.to_rgb8().get_pixel(x, y).0
}
