//! Userdesk's avatar pipeline, in pure Rust: a PNG or JPEG read with limits checked before any
//! pixel is decoded, turned upright by its EXIF orientation, turned and cut as the admin chose,
//! scaled with a Lanczos filter and written at 256 and 64 pixels in sRGB with no metadata at all.
//!
//! ```text
//! let source = Source::open(path, Limits::default())?;   // header only: size, format, pixels
//! let preview = source.preview(720)?;                    // for the editor
//! let avatar = source.render(Edit { quarter_turns: 1, crop: Some(Crop { x, y, size }) })?;
//! ```

mod colour;
mod decode;
mod error;
mod render;
mod source;
mod turn;

pub use error::AvatarError;
pub use render::{Avatar, Crop, Edit, Encoded, SIZES};
pub use source::{Format, Limits, Source};
