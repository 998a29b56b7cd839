//! Colours as sRGB, the only colour space an avatar is shown in: a picture's own colour profile
//! is applied to its pixels, then dropped, so the written file carries no profile naming a device.

use image::DynamicImage;
use moxcms::{ColorProfile, DataColorSpace, Layout, TransformOptions};

/// Converts an 8-bit RGB(A) picture from the colour profile `icc` to sRGB. A profile that cannot
/// be read or is not an RGB one leaves the pixels as they are (read as sRGB, as browsers do).
pub(crate) fn to_srgb(image: &mut DynamicImage, icc: Option<&[u8]>) {
    let Some(profile) = icc.and_then(|icc| ColorProfile::new_from_slice(icc).ok()) else {
        return;
    };
    if profile.color_space != DataColorSpace::Rgb {
        return;
    }
    let srgb = ColorProfile::new_srgb();
    let (layout, pixels): (Layout, &mut [u8]) = match image {
        DynamicImage::ImageRgb8(buf) => (Layout::Rgb, buf.as_mut()),
        DynamicImage::ImageRgba8(buf) => (Layout::Rgba, buf.as_mut()),
        _ => return,
    };
    let Ok(transform) =
        profile.create_transform_8bit(layout, &srgb, layout, TransformOptions::default())
    else {
        return;
    };
    let source = pixels.to_vec();
    if transform.transform(&source, pixels).is_err() {
        pixels.copy_from_slice(&source);
    }
}

/// Ink (0 = none, 255 = full) to light, without a profile: each colour's ink darkened by black.
pub(crate) fn cmyk_to_rgb(cmyk: &[u8]) -> Vec<u8> {
    let mut rgb = Vec::with_capacity(cmyk.len() / 4 * 3);
    for px in cmyk.chunks_exact(4) {
        let light = 255 - u16::from(px[3]);
        for ink in &px[..3] {
            rgb.push(((255 - u16::from(*ink)) * light / 255) as u8);
        }
    }
    rgb
}
