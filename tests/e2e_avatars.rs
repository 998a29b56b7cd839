//! End to end: an avatar chosen in the OS's own file dialog (GTK's, driven as a person types a
//! path into it), cut and turned in the editor, set, shown in the profile and the list, kept
//! across a restart, synced to a real account server (which serves 256 and 64 px pictures with no
//! metadata), then removed; a file that is not a picture is refused with its reason.

#![cfg(target_os = "linux")]

mod support;

use std::path::Path;

use serde_json::{Value, json};
use support::App;
use support::account::{Signed, app_for, search_for, signed_in_with_an_active_user};

const DIALOG: &str = "Choose a profile picture";

/// A little-endian EXIF block as a phone writes it: orientation 6 (the camera was held upright:
/// the stored picture is on its side) and a GPS position.
fn phone_exif() -> Vec<u8> {
    let mut t: Vec<u8> = b"II*\0".to_vec();
    t.extend(8u32.to_le_bytes());
    // IFD0: Orientation, GPS IFD pointer.
    let gps_ifd: u32 = 8 + 2 + 2 * 12 + 4;
    t.extend(2u16.to_le_bytes());
    t.extend(0x0112u16.to_le_bytes());
    t.extend(3u16.to_le_bytes());
    t.extend(1u32.to_le_bytes());
    t.extend(6u32.to_le_bytes());
    t.extend(0x8825u16.to_le_bytes());
    t.extend(4u16.to_le_bytes());
    t.extend(1u32.to_le_bytes());
    t.extend(gps_ifd.to_le_bytes());
    t.extend(0u32.to_le_bytes());
    // GPS IFD: latitude reference "N" and latitude 47° 22' 36".
    let rationals = gps_ifd + 2 + 2 * 12 + 4;
    t.extend(2u16.to_le_bytes());
    t.extend(0x0001u16.to_le_bytes());
    t.extend(2u16.to_le_bytes());
    t.extend(2u32.to_le_bytes());
    t.extend(*b"N\0\0\0");
    t.extend(0x0002u16.to_le_bytes());
    t.extend(5u16.to_le_bytes());
    t.extend(3u32.to_le_bytes());
    t.extend(rationals.to_le_bytes());
    t.extend(0u32.to_le_bytes());
    for n in [47u32, 22, 36] {
        t.extend(n.to_le_bytes());
        t.extend(1u32.to_le_bytes());
    }
    t
}

/// A 1200 × 800 JPEG stored on its side (shown 800 × 1200), with the phone's EXIF.
fn phone_photo(path: &Path) {
    use image::ImageEncoder;
    let img = image::RgbImage::from_fn(1200, 800, |x, y| {
        image::Rgb([(x / 5 % 256) as u8, (y / 4 % 256) as u8, 160])
    });
    let mut out = Vec::new();
    let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 92);
    encoder.set_exif_metadata(phone_exif()).expect("EXIF");
    encoder
        .write_image(img.as_raw(), 1200, 800, image::ExtendedColorType::Rgb8)
        .expect("encode");
    std::fs::write(path, out).expect("write the photo");
}

/// The markers of a JPEG's segments up to its image data.
fn jpeg_markers(bytes: &[u8]) -> Vec<u8> {
    let mut markers = Vec::new();
    let mut at = 2;
    while at + 4 <= bytes.len() && bytes[at] == 0xFF {
        let marker = bytes[at + 1];
        markers.push(marker);
        if marker == 0xDA {
            break;
        }
        at += 2 + usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
    }
    markers
}

/// The width of the avatar picture the page shows at `css`, once it has loaded.
fn shown_width(app: &App, css: &str) -> Option<u64> {
    app.js(
        "const i = document.querySelector(arguments[0]);
         return i && i.complete && i.naturalWidth ? i.naturalWidth : null;",
        json!([css]),
    )
    .as_u64()
}

fn crop(app: &App) -> String {
    app.attribute("#avatar-stage", "data-crop")
        .unwrap_or_default()
}

fn open_profile(app: &App, id: &str) {
    app.js("location.hash = '#/users/' + arguments[0];", json!([id]));
    app.wait_for("the avatar's buttons", |a| a.try_find("#avatar-add"));
}

#[test]
fn an_avatar_is_chosen_in_the_native_dialog_cut_turned_synced_kept_and_removed() {
    let Signed {
        app,
        server,
        id,
        who,
        _keychain: keychain,
        _dir: dir,
        ..
    } = signed_in_with_an_active_user("avatar");
    let photo = dir.path().join("portrait.jpg");
    phone_photo(&photo);
    let not_a_picture = dir.path().join("notes.png");
    std::fs::write(&not_a_picture, "these are notes, not a picture").expect("write");

    open_profile(&app, &id);
    app.screenshot("avatar-0-initials.png");

    // A file named .png that is not one is refused at the avatar, with the reason.
    app.click(&app.find("#avatar-add"));
    app.choose_in_file_dialog(DIALOG, &not_a_picture);
    let refusal = app.wait_for("the refusal", |a| {
        a.try_find("#field-avatar-message .error-text")
            .map(|_| a.text("#field-avatar-message"))
    });
    assert!(refusal.contains("not a PNG or JPEG"), "{refusal}");
    app.screenshot("avatar-1-refused.png");

    // The photo opens upright in the editor: 800 × 1200, its largest centred square chosen.
    app.click(&app.find("#avatar-add"));
    app.choose_in_file_dialog(DIALOG, &photo);
    app.wait_for("the editor", |a| {
        a.attribute("#avatar-editor", "data-ready")
            .filter(|r| r == "true")
    });
    assert_eq!(crop(&app), "0,200,800");
    // Turned a quarter: the square turns with the picture (now 1200 × 800).
    app.click(&app.find("#avatar-rotate"));
    assert_eq!(crop(&app), "200,0,800");
    assert_eq!(
        app.attribute("#avatar-stage", "data-turns").as_deref(),
        Some("1")
    );
    // Zoomed in twice and moved right, from the keyboard.
    let stage = app.find("#avatar-stage");
    app.type_text(&stage, "++\u{E014}\u{E014}");
    let chosen = crop(&app);
    let parts: Vec<u32> = chosen
        .split(',')
        .map(|p| p.parse().expect("a number"))
        .collect();
    assert!(
        parts[2] < 700 && parts[0] > 250,
        "zoomed in and moved: {chosen}"
    );
    app.screenshot("avatar-2-editor.png");

    app.click(&app.find("#avatar-set"));
    app.wait_for("the editor closed", |a| {
        a.try_find("#avatar-editor").is_none().then_some(())
    });
    // Shown at once from the cache, pending until the server has it; then the server's.
    app.wait_for("the avatar in the profile", |a| {
        shown_width(a, "#profile-avatar img").filter(|w| *w == 256)
    });
    let synced = app.wait_for("the avatar synced", |a| {
        let picture = a.attribute("#profile-avatar", "data-picture")?;
        (a.attribute("#field-avatar-sync", "data-sync").as_deref() == Some("synced")
            && picture.starts_with(&server.root))
        .then_some(picture)
    });
    app.wait_for("the server's picture in the profile", |a| {
        shown_width(a, "#profile-avatar img").filter(|w| *w == 256)
    });
    app.screenshot("avatar-3-profile.png");

    // The server has it: a 256 px and a 64 px picture, no EXIF, no GPS, no colour profile.
    let user = server.user(&id);
    let photos = user["photos"].as_array().cloned().unwrap_or_default();
    assert_eq!(photos.len(), 2, "{user}");
    assert_eq!(photos[0]["value"].as_str(), Some(synced.as_str()));
    let (http, token) = server.http();
    for (p, side) in photos.iter().zip([256u32, 64]) {
        let url = p["value"].as_str().expect("url");
        let bytes = http
            .get(url)
            .bearer_auth(&token)
            .send()
            .and_then(|r| r.bytes())
            .expect("the picture");
        let img = image::load_from_memory(&bytes).expect("a picture");
        assert_eq!((img.width(), img.height()), (side, side), "{url}");
        let markers = jpeg_markers(&bytes);
        assert!(
            markers.iter().all(|m| !matches!(m, 0xE1..=0xEF)),
            "no APP segment but JFIF in {url}: {markers:x?}"
        );
    }

    // The list shows it too.
    search_for(&app, &who);
    let row = format!("#user-list a.grid-row[data-id=\"{id}\"] .avatar img");
    app.wait_for("the avatar in the list", |a| {
        shown_width(a, &row).filter(|w| *w == 64)
    });
    app.screenshot("avatar-4-list.png");

    // After a restart, offline or not, it is still there.
    drop(app);
    let app = app_for("avatar-restart", dir.path(), &server, &keychain);
    open_profile(&app, &id);
    app.wait_for("the avatar after a restart", |a| {
        shown_width(a, "#profile-avatar img").filter(|w| *w == 256)
    });

    // A picture dropped on the avatar opens the editor too; cancelled, nothing changes.
    let before = app.attribute("#profile-avatar", "data-picture");
    app.drop_file_on("#avatar-block", &photo, |a| {
        a.attribute_now("#avatar-editor", "data-ready").as_deref() == Some("true")
    });
    assert_eq!(crop(&app), "0,200,800");
    app.screenshot("avatar-5-dropped.png");
    app.click(&app.find("#avatar-cancel"));
    app.wait_for("the editor closed", |a| {
        a.try_find("#avatar-editor").is_none().then_some(())
    });
    assert_eq!(app.attribute("#profile-avatar", "data-picture"), before);

    // Removed: initials again, here and, after the sync, on the server.
    app.click(&app.find("#avatar-remove"));
    app.wait_for("the initials", |a| {
        a.try_find("#profile-avatar img").is_none().then_some(())
    });
    app.wait_for("the removal synced", |a| {
        (a.attribute("#field-avatar-sync", "data-sync").as_deref() == Some("synced")).then_some(())
    });
    app.wait_for("no photos on the server", |_| {
        let u: Value = server.user(&id);
        u.get("photos").is_none().then_some(())
    });
}
