//! Reading the chosen file: its size capped before it is read, its format told by its first bytes
//! (never by its name), its pixel count read from the header before anything is decoded.

use std::fs::File;
use std::io::{Cursor, ErrorKind, Read};
use std::path::Path;

use image::ImageDecoder;
use image::codecs::png::PngDecoder;
use image::metadata::Orientation;

use crate::AvatarError;
use crate::turn::Turn;

/// What a file may be to be read at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The file's size on disk.
    pub max_file_bytes: u64,
    /// Width × height as the header states them: checked before any pixel is decoded.
    pub max_pixels: u64,
    /// The most the decoders may allocate for one picture.
    pub max_decode_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file_bytes: 40 * MIB,
            max_pixels: 50_000_000,
            // A 50-megapixel 16-bit RGB PNG, the largest picture the pixel cap lets through.
            max_decode_bytes: 320 * MIB,
        }
    }
}

const MIB: u64 = 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Jpeg,
}

impl Format {
    /// The file name extension its avatars are written with.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Jpeg => "jpg",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
        }
    }

    /// The format a file's first bytes announce, whatever its name says.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(Self::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Self::Jpeg)
        } else {
            None
        }
    }
}

/// A picture whose header has been read and found acceptable; its pixels are decoded only when
/// an avatar or a preview is made from it, and then only at the size needed.
#[derive(Clone)]
pub struct Source {
    pub(crate) bytes: Vec<u8>,
    pub(crate) format: Format,
    /// The size of the pixels as stored, before the EXIF orientation.
    pub(crate) width: u32,
    pub(crate) height: u32,
    /// What makes the stored pixels upright.
    pub(crate) orientation: Turn,
    pub(crate) icc: Option<Vec<u8>>,
    pub(crate) limits: Limits,
}

impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Source")
            .field("format", &self.format)
            .field("bytes", &self.bytes.len())
            .field("width", &self.width)
            .field("height", &self.height)
            .field("orientation", &self.orientation)
            .field("icc", &self.icc.as_ref().map(Vec::len))
            .finish()
    }
}

impl Source {
    /// Reads `path` within `limits`. The file may be gone, a folder, or growing while it is read:
    /// each is a refusal, never a panic or an unbounded read.
    pub fn open(path: &Path, limits: Limits) -> Result<Self, AvatarError> {
        // Asked first without opening: opening a pipe or a device could wait for ever.
        let kind = std::fs::metadata(path).map_err(|e| match e.kind() {
            ErrorKind::NotFound => AvatarError::Missing,
            _ => AvatarError::Unreadable(e),
        })?;
        if !kind.is_file() {
            return Err(AvatarError::NotAFile);
        }
        let file = File::open(path).map_err(|e| match e.kind() {
            ErrorKind::NotFound => AvatarError::Missing,
            ErrorKind::IsADirectory => AvatarError::NotAFile,
            _ => AvatarError::Unreadable(e),
        })?;
        let meta = file.metadata().map_err(AvatarError::Unreadable)?;
        if !meta.is_file() {
            return Err(AvatarError::NotAFile);
        }
        let too_large = AvatarError::FileTooLarge {
            max_mib: limits.max_file_bytes / MIB,
        };
        if meta.len() > limits.max_file_bytes {
            return Err(too_large);
        }
        let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
        file.take(limits.max_file_bytes + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| match e.kind() {
                ErrorKind::IsADirectory => AvatarError::NotAFile,
                _ => AvatarError::Unreadable(e),
            })?;
        if bytes.len() as u64 > limits.max_file_bytes {
            return Err(too_large);
        }
        Self::from_bytes(bytes, limits)
    }

    /// Reads the header of a picture already in memory.
    pub fn from_bytes(bytes: Vec<u8>, limits: Limits) -> Result<Self, AvatarError> {
        if bytes.is_empty() {
            return Err(AvatarError::Empty);
        }
        if bytes.len() as u64 > limits.max_file_bytes {
            return Err(AvatarError::FileTooLarge {
                max_mib: limits.max_file_bytes / MIB,
            });
        }
        let format = Format::sniff(&bytes).ok_or(AvatarError::NotAnImage)?;
        let header = match format {
            Format::Png => png_header(&bytes, limits)?,
            Format::Jpeg => jpeg_header(&bytes, limits)?,
        };
        check_pixels(header.width, header.height, limits)?;
        Ok(Self {
            bytes,
            format,
            width: header.width,
            height: header.height,
            orientation: Turn::from_orientation(header.orientation),
            icc: header.icc,
            limits,
        })
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// The picture's size as it is shown: after its EXIF orientation.
    pub fn upright_size(&self) -> (u32, u32) {
        self.orientation.size(self.width, self.height)
    }
}

struct Header {
    width: u32,
    height: u32,
    orientation: Orientation,
    icc: Option<Vec<u8>>,
}

pub(crate) fn image_limits(limits: Limits) -> image::Limits {
    let mut l = image::Limits::default();
    l.max_alloc = Some(limits.max_decode_bytes);
    l
}

fn check_pixels(width: u32, height: u32, limits: Limits) -> Result<(), AvatarError> {
    if width == 0 || height == 0 {
        return Err(AvatarError::NoPixels);
    }
    if u64::from(width) * u64::from(height) > limits.max_pixels {
        return Err(AvatarError::TooManyPixels {
            width,
            height,
            max_megapixels: limits.max_pixels / 1_000_000,
        });
    }
    Ok(())
}

fn png_header(bytes: &[u8], limits: Limits) -> Result<Header, AvatarError> {
    // The size stands in the first chunk, IHDR, at a fixed place: it is checked before the
    // decoder reads on (to the pixel data, which may be a decompression bomb).
    if let (Some(b"IHDR"), Some(w), Some(h)) =
        (bytes.get(12..16), bytes.get(16..20), bytes.get(20..24))
    {
        let be = |b: &[u8]| b.try_into().map(u32::from_be_bytes).unwrap_or(0);
        check_pixels(be(w), be(h), limits)?;
    }
    let mut decoder = PngDecoder::with_limits(Cursor::new(bytes), image_limits(limits))?;
    let (width, height) = decoder.dimensions();
    Ok(Header {
        width,
        height,
        // A broken eXIf chunk or colour profile does not spoil the picture: it is read as upright
        // and sRGB.
        orientation: decoder.orientation().unwrap_or(Orientation::NoTransforms),
        icc: decoder.icc_profile().ok().flatten(),
    })
}

pub(crate) fn jpeg_decoder(bytes: &[u8], limits: Limits) -> jpeg_decoder::Decoder<Cursor<&[u8]>> {
    let mut decoder = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    decoder.set_max_decoding_buffer_size(
        usize::try_from(limits.max_decode_bytes).unwrap_or(usize::MAX),
    );
    decoder
}

fn jpeg_header(bytes: &[u8], limits: Limits) -> Result<Header, AvatarError> {
    let mut decoder = jpeg_decoder(bytes, limits);
    decoder.read_info()?;
    let info = decoder.info().ok_or(AvatarError::NoPixels)?;
    if info.pixel_format == jpeg_decoder::PixelFormat::L16 {
        return Err(AvatarError::Unsupported);
    }
    Ok(Header {
        width: u32::from(info.width),
        height: u32::from(info.height),
        orientation: decoder
            .exif_data()
            .and_then(Orientation::from_exif_chunk)
            .unwrap_or(Orientation::NoTransforms),
        icc: decoder.icc_profile(),
    })
}
