//! From a read picture to the avatar the admin chose: a square of the upright (and perhaps
//! turned) picture, scaled with a Lanczos filter to 256 and 64 pixels, written with no metadata.

use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, PngEncoder};
use image::{DynamicImage, ImageEncoder};

use crate::AvatarError;
use crate::colour::to_srgb;
use crate::decode::decode;
use crate::source::{Format, Source};
use crate::turn::{Rect, Turn};

/// The sizes an avatar is kept in, largest first: the profile's and the list's.
pub const SIZES: [u32; 2] = [256, 64];

/// How JPEG avatars are written: photographs at 256 px show no artefacts at this quality.
const JPEG_QUALITY: u8 = 88;

/// A square of the picture as the admin sees it in the editor: upright, then turned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Crop {
    pub x: u32,
    pub y: u32,
    pub size: u32,
}

/// What the admin did in the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Edit {
    /// Clockwise quarter turns after the picture is upright (0 to 3).
    pub quarter_turns: u8,
    /// The square to keep; the largest centred square when none is given.
    pub crop: Option<Crop>,
}

/// One written picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    pub format: Format,
    pub width: u32,
    pub height: u32,
    pub bytes: Vec<u8>,
}

impl Encoded {
    /// The picture's content-addressed file name: the SHA-256 of its bytes and its extension.
    /// The same picture always has the same name, and a name never means another picture, so
    /// it can be cached for ever.
    pub fn content_name(&self) -> String {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(&self.bytes);
        let mut name = String::with_capacity(64 + 4);
        for byte in digest {
            name.push_str(&format!("{byte:02x}"));
        }
        name.push('.');
        name.push_str(self.format.extension());
        name
    }
}

/// An avatar at each of [`SIZES`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Avatar {
    pub large: Encoded,
    pub small: Encoded,
}

impl Source {
    /// The size of the picture the editor shows for `quarter_turns`, in which a [`Crop`] is given.
    pub fn edited_size(&self, quarter_turns: u8) -> (u32, u32) {
        let (w, h) = self.upright_size();
        Turn::clockwise(quarter_turns).size(w, h)
    }

    /// Makes the avatar: only the chosen square is scaled, and only the small result is turned.
    pub fn render(&self, edit: Edit) -> Result<Avatar, AvatarError> {
        let turn = self.orientation.then(Turn::clockwise(edit.quarter_turns));
        let (width, height) = turn.size(self.width, self.height);
        let crop = edit.crop.unwrap_or_else(|| {
            let size = width.min(height);
            Crop {
                x: (width - size) / 2,
                y: (height - size) / 2,
                size,
            }
        });
        let inside = crop.size > 0
            && crop.x.checked_add(crop.size).is_some_and(|r| r <= width)
            && crop.y.checked_add(crop.size).is_some_and(|b| b <= height);
        if !inside {
            return Err(AvatarError::CropOutside {
                x: crop.x,
                y: crop.y,
                size: crop.size,
                width,
                height,
            });
        }
        let shown = Rect {
            left: f64::from(crop.x),
            top: f64::from(crop.y),
            width: f64::from(crop.size),
            height: f64::from(crop.size),
        };
        // The square in the file's stored pixels.
        let stored = turn.inverse().rect(shown, width, height);
        let decoded = decode(self, f64::from(SIZES[0]) / f64::from(crop.size))?;
        let cut = Rect {
            left: stored.left * decoded.scale_x,
            top: stored.top * decoded.scale_y,
            width: stored.width * decoded.scale_x,
            height: stored.height * decoded.scale_y,
        };
        let mut resizer = Resizer::new();
        let large = scale(&mut resizer, &decoded.image, cut, SIZES[0], SIZES[0])?;
        let whole = Rect {
            left: 0.0,
            top: 0.0,
            width: f64::from(SIZES[0]),
            height: f64::from(SIZES[0]),
        };
        let small = scale(&mut resizer, &large, whole, SIZES[1], SIZES[1])?;
        Ok(Avatar {
            large: self.finish(large, turn)?,
            small: self.finish(small, turn)?,
        })
    }

    /// The whole upright picture fitted in `max_side` pixels, for the editor to show and cut in.
    pub fn preview(&self, max_side: u32) -> Result<Encoded, AvatarError> {
        let fit = (f64::from(max_side) / f64::from(self.width.max(self.height))).min(1.0);
        let decoded = decode(self, fit)?;
        let (w, h) = (decoded.image.width(), decoded.image.height());
        let out_w = ((f64::from(self.width) * fit).round() as u32).clamp(1, w);
        let out_h = ((f64::from(self.height) * fit).round() as u32).clamp(1, h);
        let whole = Rect {
            left: 0.0,
            top: 0.0,
            width: f64::from(w),
            height: f64::from(h),
        };
        let fitted = if (out_w, out_h) == (w, h) {
            decoded.image
        } else {
            scale(&mut Resizer::new(), &decoded.image, whole, out_w, out_h)?
        };
        self.finish(fitted, self.orientation)
    }

    /// Turns, converts to 8-bit sRGB and writes a picture.
    fn finish(&self, mut image: DynamicImage, turn: Turn) -> Result<Encoded, AvatarError> {
        image.apply_orientation(turn.to_orientation());
        let mut image = match (
            self.format,
            image.color().has_alpha(),
            image.color().has_color(),
        ) {
            (Format::Png, true, _) => DynamicImage::ImageRgba8(image.into_rgba8()),
            (_, _, true) => DynamicImage::ImageRgb8(image.into_rgb8()),
            (_, _, false) => DynamicImage::ImageLuma8(image.into_luma8()),
        };
        to_srgb(&mut image, self.icc.as_deref());
        let (width, height) = (image.width(), image.height());
        let mut bytes = Vec::new();
        let encoded =
            match self.format {
                // The encoders write pixels only: no EXIF, no text, no colour profile.
                Format::Png => PngEncoder::new_with_quality(
                    &mut bytes,
                    CompressionType::Best,
                    image::codecs::png::FilterType::Adaptive,
                )
                .write_image(image.as_bytes(), width, height, image.color().into()),
                Format::Jpeg => JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY)
                    .write_image(image.as_bytes(), width, height, image.color().into()),
            };
        encoded.map_err(|e| AvatarError::Encode(e.to_string()))?;
        Ok(Encoded {
            format: self.format,
            width,
            height,
            bytes,
        })
    }
}

/// `cut` of `image` scaled to `width` × `height` with a Lanczos filter (alpha premultiplied).
fn scale(
    resizer: &mut Resizer,
    image: &DynamicImage,
    cut: Rect,
    width: u32,
    height: u32,
) -> Result<DynamicImage, AvatarError> {
    let mut out = DynamicImage::new(width, height, image.color());
    let options = ResizeOptions::new()
        .resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3))
        .crop(cut.left, cut.top, cut.width, cut.height);
    resizer
        .resize(image, &mut out, &options)
        .map_err(|e| AvatarError::Encode(e.to_string()))?;
    Ok(out)
}
