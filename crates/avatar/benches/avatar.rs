//! A 24-megapixel camera JPEG from disk to both avatar sizes written, by `userdesk-avatar` and by
//! ImageMagick's `convert` side by side, each as a process, timed and with its peak memory; and
//! the editor's first preview of the same file.
//!
//! `cargo bench -p userdesk-avatar --bench avatar` (release build). Peak memory is the child's
//! maximum resident set size as the kernel counts it (`getrusage`, through Python's `resource`).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use image::codecs::jpeg::JpegEncoder;
use image::{ImageEncoder, RgbImage};
use userdesk_avatar::{Limits, Source};

const RUNS: usize = 9;

/// A 6000 × 4000 picture with the fine detail of a photograph (so it compresses like one), shot
/// with the camera turned: EXIF orientation 6.
fn camera_jpeg(path: &Path) {
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let picture = RgbImage::from_fn(6000, 4000, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let noise = (seed % 48) as i32 - 24;
        let channel = |base: i32| (base + noise).clamp(0, 255) as u8;
        image::Rgb([
            channel((x / 24) as i32),
            channel((y / 16) as i32),
            channel(((x + y) / 40) as i32),
        ])
    });
    let mut bytes = Vec::new();
    let mut encoder = JpegEncoder::new_with_quality(&mut bytes, 92);
    let mut exif = b"II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0\x06\0\0\0\0\0\0\0".to_vec();
    exif.truncate(26);
    encoder.set_exif_metadata(exif).expect("EXIF");
    encoder
        .write_image(picture.as_raw(), 6000, 4000, image::ExtendedColorType::Rgb8)
        .expect("encodes");
    std::fs::write(path, bytes).expect("writes");
}

/// Runs `command` and returns its wall time and peak resident memory in MiB.
fn measured(command: &[&str]) -> Option<(Duration, Option<f64>)> {
    const WRAPPER: &str = "import resource, subprocess, sys, time
t = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
e = time.perf_counter() - t
print(e, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)";
    let out = Command::new("python3")
        .args(["-c", WRAPPER])
        .args(command)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let parts: Vec<&str> = text.split_whitespace().collect();
    match parts[..] {
        [seconds, kib, "0"] => Some((
            Duration::from_secs_f64(seconds.parse().ok()?),
            Some(kib.parse::<f64>().ok()? / 1024.0),
        )),
        _ => None,
    }
}

/// Prints the median and fastest of `runs` (time, peak MiB when measured).
fn report(what: &str, runs: Vec<(Duration, Option<f64>)>) {
    let mut times: Vec<Duration> = runs.iter().map(|r| r.0).collect();
    times.sort();
    let peak = runs.iter().filter_map(|r| r.1).reduce(f64::max);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{what:<58} n={:<2} p50 {:>7.1} ms   min {:>7.1} ms{}",
        times.len(),
        ms(times[times.len() / 2]),
        ms(times[0]),
        peak.map(|p| format!("   peak {p:>6.1} MiB"))
            .unwrap_or_default()
    );
}

/// Times `work` [`RUNS`] times in this process.
fn in_process(work: impl Fn()) -> Vec<(Duration, Option<f64>)> {
    (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            work();
            (start.elapsed(), None)
        })
        .collect()
}

fn main() {
    let dir = tempfile::tempdir().expect("a folder");
    // USERDESK_BENCH_PHOTO names a file to keep the picture in (made once) for runs by hand.
    let photo = std::env::var_os("USERDESK_BENCH_PHOTO")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("photo.jpg"));
    if !photo.exists() {
        camera_jpeg(&photo);
    }
    let size = std::fs::metadata(&photo).map(|m| m.len()).unwrap_or(0);
    println!(
        "a 6000 × 4000 JPEG of {:.1} MB, EXIF orientation 6",
        size as f64 / 1e6
    );
    let photo_arg = photo.to_string_lossy().into_owned();

    let out = dir.path().join("ours");
    let out_arg = out.to_string_lossy().into_owned();
    let ours: Vec<_> = (0..RUNS)
        .filter_map(|_| measured(&[env!("CARGO_BIN_EXE_userdesk-avatar"), &photo_arg, &out_arg]))
        .collect();
    assert_eq!(ours.len(), RUNS, "userdesk-avatar failed");
    report("userdesk-avatar photo.jpg OUT (256 + 64 px)", ours);

    // The real ImageMagick, not a wrapper in front of it, when it is installed.
    let convert = [
        "/usr/bin/convert",
        "/usr/local/bin/magick",
        "/usr/bin/magick",
        "convert",
    ]
    .into_iter()
    .find(|c| {
        Command::new(c)
            .arg("-version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    match convert {
        Some(convert) => {
            let large = dir.path().join("im-256.png").to_string_lossy().into_owned();
            let run = |extra: &[&str], output: &str| {
                let mut args = vec![convert];
                args.extend_from_slice(extra);
                args.push(photo_arg.as_str());
                args.extend_from_slice(&[
                    "-auto-orient",
                    "-strip",
                    "-resize",
                    "256x256^",
                    "-gravity",
                    "center",
                    "-extent",
                    "256x256",
                    output,
                ]);
                args.iter().map(|s| s.to_string()).collect::<Vec<String>>()
            };
            let plain = run(&[], &large);
            let plain: Vec<&str> = plain.iter().map(String::as_str).collect();
            let im: Vec<_> = (0..RUNS).filter_map(|_| measured(&plain)).collect();
            report(
                "convert … -resize 256x256^ -extent 256x256 (256 px only)",
                im,
            );
            let hinted = run(&["-define", "jpeg:size=512x512"], &large);
            let hinted: Vec<&str> = hinted.iter().map(String::as_str).collect();
            let im: Vec<_> = (0..RUNS).filter_map(|_| measured(&hinted)).collect();
            report(
                "the same with -define jpeg:size=512x512 (shrink on load)",
                im,
            );
        }
        None => println!("ImageMagick's convert is not installed: no side-by-side figure"),
    }

    // The same work in process, without starting a process.
    let renders = in_process(|| {
        let source = Source::open(&photo, Limits::default()).expect("reads");
        source
            .render(userdesk_avatar::Edit::default())
            .expect("renders");
    });
    report("read + both sizes, in process", renders);

    // The editor's first preview: the file read, its header checked, a 720 px upright picture.
    let previews = in_process(|| {
        let source = Source::open(&photo, Limits::default()).expect("reads");
        let preview = source.preview(720).expect("previews");
        assert_eq!((preview.width, preview.height), (480, 720));
    });
    report(
        "the editor's preview (read + 720 px upright, in process)",
        previews,
    );
}
