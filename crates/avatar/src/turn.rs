//! The eight ways a picture can lie (EXIF orientations) and the admin's quarter turns, as one
//! value: a horizontal flip (or none) followed by a number of clockwise quarter turns.
//!
//! The pipeline never turns the large decoded picture. It maps the square the admin chose back
//! into the file's own pixels, cuts and scales there, and turns only the small result: for a
//! square cut into a square output, scaling and turning commute.

use image::metadata::Orientation;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Turn {
    flip: bool,
    quarters: u8,
}

/// A rectangle in continuous pixel coordinates (corners, not pixel centres).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Turn {
    /// Clockwise quarter turns, no flip.
    pub fn clockwise(quarters: u8) -> Self {
        Self {
            flip: false,
            quarters: quarters % 4,
        }
    }

    /// What EXIF orientation `o` asks to do to the stored pixels to show them upright.
    pub fn from_orientation(o: Orientation) -> Self {
        let (flip, quarters) = match o {
            Orientation::NoTransforms => (false, 0),
            Orientation::Rotate90 => (false, 1),
            Orientation::Rotate180 => (false, 2),
            Orientation::Rotate270 => (false, 3),
            Orientation::FlipHorizontal => (true, 0),
            // Flipping vertically is flipping horizontally, then half a turn.
            Orientation::FlipVertical => (true, 2),
            // A quarter turn, then a flip, is the flip followed by three quarter turns.
            Orientation::Rotate90FlipH => (true, 3),
            Orientation::Rotate270FlipH => (true, 1),
        };
        Self { flip, quarters }
    }

    pub fn to_orientation(self) -> Orientation {
        match (self.flip, self.quarters) {
            (false, 0) => Orientation::NoTransforms,
            (false, 1) => Orientation::Rotate90,
            (false, 2) => Orientation::Rotate180,
            (false, _) => Orientation::Rotate270,
            (true, 0) => Orientation::FlipHorizontal,
            (true, 1) => Orientation::Rotate270FlipH,
            (true, 2) => Orientation::FlipVertical,
            (true, _) => Orientation::Rotate90FlipH,
        }
    }

    /// `self`, then `next`.
    pub fn then(self, next: Turn) -> Turn {
        if next.flip {
            // Turning by q then flipping is flipping, then turning by -q.
            Turn {
                flip: !self.flip,
                quarters: (next.quarters + 4 - self.quarters) % 4,
            }
        } else {
            Turn {
                flip: self.flip,
                quarters: (self.quarters + next.quarters) % 4,
            }
        }
    }

    pub fn inverse(self) -> Turn {
        if self.flip {
            // A flip followed by turns is its own inverse.
            self
        } else {
            Turn::clockwise(4 - self.quarters)
        }
    }

    /// The size of a `width` × `height` picture after this turn.
    pub fn size(self, width: u32, height: u32) -> (u32, u32) {
        if self.quarters % 2 == 1 {
            (height, width)
        } else {
            (width, height)
        }
    }

    /// Where point (x, y) of a `width` × `height` picture lands after this turn.
    fn point(self, (mut x, mut y): (f64, f64), (mut w, mut h): (f64, f64)) -> (f64, f64) {
        if self.flip {
            x = w - x;
        }
        for _ in 0..self.quarters {
            // One clockwise quarter turn: the left edge becomes the top.
            (x, y) = (h - y, x);
            (w, h) = (h, w);
        }
        (x, y)
    }

    /// Where `rect` of a `width` × `height` picture lands after this turn.
    pub fn rect(self, rect: Rect, width: u32, height: u32) -> Rect {
        let size = (f64::from(width), f64::from(height));
        let a = self.point((rect.left, rect.top), size);
        let b = self.point((rect.left + rect.width, rect.top + rect.height), size);
        Rect {
            left: a.0.min(b.0),
            top: a.1.min(b.1),
            width: (a.0 - b.0).abs(),
            height: (a.1 - b.1).abs(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{DynamicImage, GenericImageView, Rgb, RgbImage};

    const ALL: [Orientation; 8] = [
        Orientation::NoTransforms,
        Orientation::Rotate90,
        Orientation::Rotate180,
        Orientation::Rotate270,
        Orientation::FlipHorizontal,
        Orientation::FlipVertical,
        Orientation::Rotate90FlipH,
        Orientation::Rotate270FlipH,
    ];

    // A 5 × 3 picture whose every pixel is different.
    fn picture() -> DynamicImage {
        DynamicImage::ImageRgb8(RgbImage::from_fn(5, 3, |x, y| {
            Rgb([x as u8 * 40, y as u8 * 80, 7])
        }))
    }

    fn turned(turn: Turn) -> DynamicImage {
        let mut p = picture();
        p.apply_orientation(turn.to_orientation());
        p
    }

    #[test]
    fn each_orientation_round_trips() {
        for o in ALL {
            assert_eq!(Turn::from_orientation(o).to_orientation(), o);
        }
    }

    #[test]
    fn a_pixel_lands_where_the_image_crate_puts_it() {
        let p = picture();
        for o in ALL {
            let turn = Turn::from_orientation(o);
            let after = turned(turn);
            assert_eq!(after.dimensions(), turn.size(5, 3), "{o:?}");
            for (x, y, pixel) in p.pixels() {
                let r = turn.rect(
                    Rect {
                        left: f64::from(x),
                        top: f64::from(y),
                        width: 1.0,
                        height: 1.0,
                    },
                    5,
                    3,
                );
                assert_eq!(
                    after.get_pixel(r.left as u32, r.top as u32),
                    pixel,
                    "{o:?} ({x}, {y})"
                );
            }
        }
    }

    #[test]
    fn turns_compose_and_invert_as_the_pictures_do() {
        for a in ALL.map(Turn::from_orientation) {
            for b in ALL.map(Turn::from_orientation) {
                let mut both = turned(a);
                both.apply_orientation(b.to_orientation());
                assert_eq!(turned(a.then(b)), both, "{a:?} then {b:?}");
            }
            assert_eq!(a.then(a.inverse()), Turn::default(), "{a:?}");
        }
    }
}
