//! `cargo xtask dist`: the release build that gets deployed, with a size report so growth of the
//! download is noticed in review.

use std::fs;
use std::path::{Path, PathBuf};

use crate::compress;
use crate::languages::read_bytes;
use crate::process;
use crate::tools;
use crate::workspace::{Workspace, SPLIT_FEATURE};
use crate::Result;

pub fn run(workspace: &Workspace, public_url: &str) -> Result {
    tools::ensure_build_tools(workspace)?;
    // "./" (the default) makes every asset path relative; an absolute URL pins them.
    process::run(workspace.trunk().args([
        "build",
        "--release",
        "--features",
        SPLIT_FEATURE,
        "--public-url",
        public_url,
    ]))?;
    print_sizes(workspace)?;
    print_embed_integrity(workspace)
}

/// Prints the Subresource Integrity value of embed.js for the snippet (docs/hosting.md). It
/// changes whenever embed.js does, so it is printed with every build rather than written down.
fn print_embed_integrity(workspace: &Workspace) -> Result {
    let file = workspace.dist_dir().join("embed.js");
    let bytes = read_bytes(&file)?;
    println!(
        "\nembed.js integrity (for the snippet, with crossorigin=\"anonymous\"):\n  {}",
        subresource_integrity(&bytes)
    );
    Ok(())
}

/// `sha384-<base64 of the SHA-384 digest>`, as the `integrity` attribute takes it.
pub fn subresource_integrity(bytes: &[u8]) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes))
    )
}

/// One file of the build, with what a browser downloads for it: as it is, or the precompressed
/// copy a server following the hosting kit sends instead (the file itself when there is none).
pub struct SentSize {
    /// The path below dist/, with `/` separators.
    pub name: String,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
    /// Whether an English first visit downloads it (index.html and what it loads).
    pub first_visit: bool,
}

/// Every file of the build except the precompressed copies, sorted by name.
pub fn sizes_as_sent(dist: &Path) -> Result<Vec<SentSize>> {
    let index = fs::read_to_string(dist.join("index.html"))
        .map_err(|error| format!("cannot read {}/index.html: {error}", dist.display()))?;
    let loaded = loaded_by_the_page(&index);
    let mut rows = Vec::new();
    for file in files_under(dist)? {
        if compress::is_precompressed_copy(&file) {
            continue;
        }
        let raw = file_size(&file)?;
        let copy = |suffix: &str| {
            let copy = compress::with_suffix(&file, suffix);
            if copy.is_file() {
                file_size(&copy)
            } else {
                Ok(raw)
            }
        };
        let name = file
            .strip_prefix(dist)
            .unwrap_or(&file)
            .to_string_lossy()
            .replace('\\', "/");
        rows.push(SentSize {
            first_visit: name == "index.html" || loaded.contains(&name),
            gzip: copy(".gz")?,
            brotli: copy(".br")?,
            raw,
            name,
        });
    }
    Ok(rows)
}

/// Prints each dist/ file's size raw and as sent with gzip and with brotli (the `.gz` and `.br`
/// copies post-build wrote), then what an English first visit downloads.
fn print_sizes(workspace: &Workspace) -> Result {
    let rows = sizes_as_sent(&workspace.dist_dir())?;
    println!(
        "\n{:<52} {:>10} {:>10} {:>10}",
        "dist/ file (precompressed copies not listed)", "bytes", "gzip", "brotli"
    );
    let mut first_visit = [0u64; 3];
    for row in &rows {
        let mark = if row.first_visit { " *" } else { "" };
        println!(
            "{:<52} {:>10} {:>10} {:>10}",
            format!("{}{mark}", row.name),
            row.raw,
            row.gzip,
            row.brotli
        );
        if row.first_visit {
            for (total, size) in first_visit.iter_mut().zip([row.raw, row.gzip, row.brotli]) {
                *total += size;
            }
        }
    }
    let kb = |bytes: u64| format!("{:.1} KB", bytes as f64 / 1000.0);
    println!(
        "{:<52} {:>10} {:>10} {:>10}",
        "first visit in English (*)", first_visit[0], first_visit[1], first_visit[2]
    );
    println!(
        "\nAn English first visit (index.html, loader.js, the JS glue, the wasm and the CSS files; \
         no language file) downloads {} with brotli, {} with gzip ({} uncompressed).",
        kb(first_visit[2]),
        kb(first_visit[1]),
        kb(first_visit[0])
    );
    Ok(())
}

/// The dist/ files index.html loads: every `href`, `src`, `data-js` and `data-wasm` value that
/// is a relative path (the embedding files, embed.js and the demo page, are for host pages),
/// each once.
pub fn loaded_by_the_page(index_html: &str) -> Vec<String> {
    let mut files: Vec<String> = Vec::new();
    for attribute in ["href=\"", "src=\"", "data-js=\"", "data-wasm=\""] {
        for (start, _) in index_html.match_indices(attribute) {
            let value = &index_html[start + attribute.len()..];
            let value = &value[..value.find('"').unwrap_or(0)];
            let path = value.trim_start_matches("./").trim_start_matches('/');
            if !path.is_empty() && !path.contains(':') && !files.iter().any(|f| f == path) {
                files.push(path.to_string());
            }
        }
    }
    files
}

/// All regular files below `dir`, sorted so the report is stable between runs.
pub fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let entries =
        fs::read_dir(dir).map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|error| format!("cannot read {}: {error}", dir.display()))?
            .path();
        if path.is_dir() {
            files.extend(files_under(&path)?);
        } else {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

pub fn file_size(file: &Path) -> Result<u64> {
    fs::metadata(file)
        .map(|metadata| metadata.len())
        .map_err(|error| format!("cannot stat {}: {error}", file.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_visit_is_what_index_html_loads() {
        let html = r#"<link rel="stylesheet" href="./a-1.css"/><link rel="icon" href="data:,"/>
            <script id="prc-loader" src="./loader.js" data-js="./app-2.js" data-wasm="./app-2_bg.wasm"></script>
            <link rel="modulepreload" href="/app-2.js">"#;
        assert_eq!(
            loaded_by_the_page(html),
            vec!["a-1.css", "app-2.js", "loader.js", "app-2_bg.wasm"]
        );
    }

    #[test]
    fn sizes_are_those_of_the_copies_sent() {
        let dir = std::env::temp_dir().join(format!("xtask-sizes-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("lang")).unwrap();
        let write = |name: &str, size: usize| fs::write(dir.join(name), vec![b'a'; size]).unwrap();
        fs::write(
            dir.join("index.html"),
            format!("<script src=\"./loader.js\"></script>{}", "a".repeat(60)),
        )
        .unwrap();
        write("index.html.gz", 40);
        write("index.html.br", 30);
        write("loader.js", 50);
        write("version.txt", 7);
        write("lang/cy.0123456789abcdef.json", 20);
        let rows = sizes_as_sent(&dir).unwrap();
        let _ = fs::remove_dir_all(&dir);
        let row = |name: &str| rows.iter().find(|row| row.name == name).unwrap();
        assert_eq!(rows.len(), 4, "the copies are not rows of their own");
        assert_eq!(
            (
                row("index.html").raw,
                row("index.html").gzip,
                row("index.html").brotli
            ),
            (95, 40, 30)
        );
        assert_eq!(
            (row("loader.js").gzip, row("loader.js").brotli),
            (50, 50),
            "no copy: sent as it is"
        );
        assert!(row("index.html").first_visit && row("loader.js").first_visit);
        assert!(
            !row("lang/cy.0123456789abcdef.json").first_visit && !row("version.txt").first_visit
        );
    }

    #[test]
    fn integrity_is_sha384_in_base64() {
        // The SHA-384 of "abc" from FIPS 180-2, in base64.
        assert_eq!(
            subresource_integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
