//! `userdesk-avatar IN_FILE OUT_DIR [--crop x,y,size] [--rotate 90|180|270]`: makes the two
//! avatar sizes from a picture, as the app does, for scripts and benchmarks. Writes
//! `OUT_DIR/256.<ext>` and `OUT_DIR/64.<ext>` and nothing else, or exits non-zero with the reason
//! in the language of `LC_ALL` / `LC_MESSAGES` / `LANG`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use userdesk_avatar::{Crop, Edit, Limits, Source};
use userdesk_core::Message;
use userdesk_core::message::Translatable;
use userdesk_i18n::Localizer;

#[derive(Parser)]
#[command(
    name = "userdesk-avatar",
    version,
    about = "Makes a user's avatar (256 and 64 px) from a PNG or JPEG"
)]
struct Cli {
    /// The picture: PNG or JPEG.
    in_file: PathBuf,
    /// Where 256.<ext> and 64.<ext> are written (made if missing).
    out_dir: PathBuf,
    /// The square to keep, in pixels of the upright and turned picture: x,y,size.
    #[arg(long, value_parser = parse_crop)]
    crop: Option<Crop>,
    /// Degrees to turn the upright picture clockwise before cutting.
    #[arg(long, default_value = "0", value_parser = ["0", "90", "180", "270"])]
    rotate: String,
}

fn parse_crop(text: &str) -> Result<Crop, String> {
    let parts: Vec<u32> = text
        .split(',')
        .map(|p| p.trim().parse::<u32>())
        .collect::<Result<_, _>>()
        .map_err(|_| "expected three whole numbers: x,y,size".to_owned())?;
    match parts[..] {
        [x, y, size] => Ok(Crop { x, y, size }),
        _ => Err("expected three whole numbers: x,y,size".to_owned()),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            let text = match Localizer::load() {
                Ok(l) => {
                    let wanted: Vec<String> = ["LC_ALL", "LC_MESSAGES", "LANG"]
                        .iter()
                        .filter_map(|v| std::env::var(v).ok())
                        .filter(|v| !v.is_empty() && v != "C" && v != "POSIX")
                        .collect();
                    let wanted: Vec<&str> = wanted.iter().map(String::as_str).collect();
                    l.message(&l.negotiate(&wanted), &message)
                }
                Err(_) => message.id.to_owned(),
            };
            eprintln!("userdesk-avatar: {text}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> Result<(), Message> {
    let quarter_turns = match cli.rotate.as_str() {
        "90" => 1,
        "180" => 2,
        "270" => 3,
        _ => 0,
    };
    let source = Source::open(&cli.in_file, Limits::default()).map_err(|e| e.message())?;
    let avatar = source
        .render(Edit {
            quarter_turns,
            crop: cli.crop,
        })
        .map_err(|e| e.message())?;
    let cannot_write =
        |_| Message::new("avatar-cannot-write").with("folder", cli.out_dir.display());
    std::fs::create_dir_all(&cli.out_dir).map_err(cannot_write)?;
    for picture in [&avatar.large, &avatar.small] {
        let name = format!("{}.{}", picture.width, picture.format.extension());
        std::fs::write(cli.out_dir.join(name), &picture.bytes).map_err(cannot_write)?;
    }
    Ok(())
}
