//! Why a file cannot become an avatar: each refusal is a value with its own translated message.

use userdesk_core::Message;
use userdesk_core::message::Translatable;

#[derive(Debug, thiserror::Error)]
pub enum AvatarError {
    #[error("the file is not there any more")]
    Missing,
    #[error("this is a folder, not a file")]
    NotAFile,
    #[error("the file cannot be read: {0}")]
    Unreadable(#[source] std::io::Error),
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than {max_mib} MiB")]
    FileTooLarge { max_mib: u64 },
    #[error("the file is not a PNG or JPEG image")]
    NotAnImage,
    #[error("the image has {width} × {height} pixels, more than {max_megapixels} megapixels")]
    TooManyPixels {
        width: u32,
        height: u32,
        max_megapixels: u64,
    },
    #[error("the image is a kind of JPEG this reader does not know (lossless, 16-bit)")]
    Unsupported,
    #[error("the image has no pixels")]
    NoPixels,
    #[error("the image is damaged or incomplete: {0}")]
    Damaged(String),
    #[error("the square to cut ({x}, {y}, {size}) is not inside the {width} × {height} image")]
    CropOutside {
        x: u32,
        y: u32,
        size: u32,
        width: u32,
        height: u32,
    },
    #[error("the avatar could not be written: {0}")]
    Encode(String),
}

impl Translatable for AvatarError {
    fn message(&self) -> Message {
        match self {
            Self::Missing => Message::new("avatar-missing"),
            Self::NotAFile => Message::new("avatar-not-a-file"),
            Self::Unreadable(_) => Message::new("avatar-unreadable"),
            Self::Empty => Message::new("avatar-empty"),
            Self::FileTooLarge { max_mib } => {
                Message::new("avatar-file-too-large").with("max", max_mib)
            }
            Self::NotAnImage | Self::Unsupported => Message::new("avatar-not-an-image"),
            Self::TooManyPixels { max_megapixels, .. } => {
                Message::new("avatar-too-many-pixels").with("max", max_megapixels)
            }
            Self::NoPixels | Self::Damaged(_) => Message::new("avatar-damaged"),
            Self::CropOutside { .. } => Message::new("avatar-crop-outside"),
            Self::Encode(_) => Message::new("avatar-encode-failed"),
        }
    }
}

impl From<jpeg_decoder::Error> for AvatarError {
    fn from(e: jpeg_decoder::Error) -> Self {
        Self::Damaged(e.to_string())
    }
}

impl From<image::ImageError> for AvatarError {
    fn from(e: image::ImageError) -> Self {
        match e {
            image::ImageError::Limits(_) => Self::Damaged("over the decoder's memory limit".into()),
            image::ImageError::IoError(io) => Self::Damaged(io.to_string()),
            other => Self::Damaged(other.to_string()),
        }
    }
}
