//! `cargo xtask dist`: the release build that gets deployed, with a size report so growth of the
//! download is noticed in review.

use std::fs;
use std::path::{Path, PathBuf};

use crate::process;
use crate::tools;
use crate::workspace::Workspace;
use crate::Result;

pub fn run(workspace: &Workspace, public_url: &str) -> Result {
    tools::ensure_build_tools(workspace)?;
    // "./" (the default) makes every asset path relative; an absolute URL pins them.
    process::run(workspace.command("trunk").args([
        "build",
        "--release",
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
    let bytes =
        fs::read(&file).map_err(|error| format!("cannot read {}: {error}", file.display()))?;
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

/// Prints each dist/ file's size raw and after `gzip -9`, the latter being close to what a
/// visitor downloads from a compressing web server.
fn print_sizes(workspace: &Workspace) -> Result {
    let dist = workspace.dist_dir();
    let files = files_under(&dist)?;
    println!("\n{:<48} {:>12} {:>12}", "dist/ file", "bytes", "gzip -9");
    let (mut raw_total, mut gzip_total) = (0, 0);
    for file in &files {
        let raw = file_size(file)?;
        let gzipped = gzip_size(workspace, file)?;
        let name = file.strip_prefix(&dist).unwrap_or(file).display();
        println!("{name:<48} {raw:>12} {gzipped:>12}");
        raw_total += raw;
        gzip_total += gzipped;
    }
    println!("{:<48} {raw_total:>12} {gzip_total:>12}", "total");
    Ok(())
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

/// Compressed size via the system gzip, which keeps xtask free of compression crates.
pub fn gzip_size(workspace: &Workspace, file: &Path) -> Result<u64> {
    let compressed = process::capture(workspace.command("gzip").args(["-9", "-c"]).arg(file))?;
    Ok(compressed.len() as u64)
}

/// Brotli at its highest quality, as static hosts and CDNs precompress.
pub fn brotli_size(workspace: &Workspace, file: &Path) -> Result<u64> {
    let compressed = process::capture(
        workspace
            .command("brotli")
            .args(["-c", "-q", "11"])
            .arg(file),
    )?;
    Ok(compressed.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::subresource_integrity;

    #[test]
    fn integrity_is_sha384_in_base64() {
        // The SHA-384 of "abc" from FIPS 180-2, in base64.
        assert_eq!(
            subresource_integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
