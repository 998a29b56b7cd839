//! Decoding only as many pixels as the result needs. A JPEG is decoded at 1/2, 1/4 or 1/8 of its
//! size when that still leaves enough pixels for the cut (the JPEG's own scaled IDCT), so a
//! 24-megapixel photo never becomes 72 MB of pixels for a 256-pixel avatar.

use std::io::Cursor;

use image::codecs::png::PngDecoder;
use image::{DynamicImage, GrayImage, RgbImage};
use jpeg_decoder::PixelFormat;

use crate::AvatarError;
use crate::colour::cmyk_to_rgb;
use crate::source::{Format, Source, image_limits, jpeg_decoder};

/// The decoded pixels, and how many of them there are per stored pixel of the file.
pub(crate) struct Decoded {
    pub image: DynamicImage,
    pub scale_x: f64,
    pub scale_y: f64,
}

/// Decodes `source` with at least `ratio` (≤ 1) of its stored pixels in each direction.
pub(crate) fn decode(source: &Source, ratio: f64) -> Result<Decoded, AvatarError> {
    let image = match source.format {
        Format::Png => {
            let decoder = PngDecoder::with_limits(
                Cursor::new(source.bytes.as_slice()),
                image_limits(source.limits),
            )?;
            DynamicImage::from_decoder(decoder)?
        }
        Format::Jpeg => decode_jpeg(source, ratio)?,
    };
    Ok(Decoded {
        scale_x: f64::from(image.width()) / f64::from(source.width),
        scale_y: f64::from(image.height()) / f64::from(source.height),
        image,
    })
}

fn decode_jpeg(source: &Source, ratio: f64) -> Result<DynamicImage, AvatarError> {
    let mut decoder = jpeg_decoder(&source.bytes, source.limits);
    decoder.read_info()?;
    let wanted = |side: u32| (f64::from(side) * ratio.clamp(0.0, 1.0)).ceil().max(1.0) as u16;
    // The decoder picks the smallest of its scales that gives at least this many pixels.
    let (width, height) = decoder.scale(wanted(source.width), wanted(source.height))?;
    let pixels = decoder.decode()?;
    let info = decoder.info().ok_or(AvatarError::NoPixels)?;
    let (w, h) = (u32::from(width), u32::from(height));
    let damaged = || AvatarError::Damaged("fewer pixels than the header states".into());
    Ok(match info.pixel_format {
        PixelFormat::L8 => {
            DynamicImage::ImageLuma8(GrayImage::from_raw(w, h, pixels).ok_or_else(damaged)?)
        }
        PixelFormat::RGB24 => {
            DynamicImage::ImageRgb8(RgbImage::from_raw(w, h, pixels).ok_or_else(damaged)?)
        }
        PixelFormat::CMYK32 => DynamicImage::ImageRgb8(
            RgbImage::from_raw(w, h, cmyk_to_rgb(&pixels)).ok_or_else(damaged)?,
        ),
        PixelFormat::L16 => return Err(AvatarError::Unsupported),
    })
}
