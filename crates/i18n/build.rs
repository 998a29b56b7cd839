//! Embeds every `locales/<lang>/*.ftl` file of the workspace, so adding a language is adding a folder.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = manifest.join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut langs: Vec<PathBuf> = fs::read_dir(&locales)
        .expect("the locales/ folder exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    langs.sort();

    let mut code = String::from("pub(crate) static EMBEDDED: &[(&str, &[(&str, &str)])] = &[\n");
    for lang in &langs {
        println!("cargo:rerun-if-changed={}", lang.display());
        let tag = lang
            .file_name()
            .and_then(|n| n.to_str())
            .expect("locale folders have UTF-8 names");
        let mut files: Vec<PathBuf> = fs::read_dir(lang)
            .expect("readable locale folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        code.push_str(&format!("    ({tag:?}, &[\n"));
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .expect("UTF-8 file name");
            let abs = canonical(&file);
            code.push_str(&format!("        ({name:?}, include_str!({abs:?})),\n"));
        }
        code.push_str("    ]),\n");
    }
    code.push_str("];\n");
    let out =
        PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_locales.rs");
    fs::write(out, code).expect("write generated locale table");
}

fn canonical(p: &Path) -> String {
    fs::canonicalize(p)
        .expect("locale file exists")
        .display()
        .to_string()
}
