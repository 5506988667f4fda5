//! Precompression: a `.br` (brotli, quality 11) and a `.gz` (gzip, level 9) beside every text and
//! wasm file of the build, which the hosting kit's servers send as they are to browsers that
//! accept them. Compressing once at the highest levels costs seconds here instead of CPU on every
//! request, and makes what is sent the same on every server.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::languages::read_bytes;
use crate::Result;

/// The file types that are compressed: the text the widget and its host pages load, and the
/// wasm. Images other than SVG are compressed already; version.txt is a few bytes read by people.
pub const COMPRESSED_TYPES: &[&str] = &["html", "js", "css", "json", "svg", "wasm"];

/// The suffixes of the precompressed copies, by their `Content-Encoding`.
pub const ENCODINGS: &[(&str, &str)] = &[("br", ".br"), ("gzip", ".gz")];

pub fn is_compressed_type(file: &Path) -> bool {
    file.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| COMPRESSED_TYPES.contains(&extension))
}

/// Whether `file` is itself a precompressed copy (`x.js.br`, `x.js.gz`).
pub fn is_precompressed_copy(file: &Path) -> bool {
    let name = file.to_string_lossy();
    ENCODINGS.iter().any(|(_, suffix)| {
        name.strip_suffix(suffix)
            .is_some_and(|original| is_compressed_type(Path::new(original)))
    })
}

/// `file` with `suffix` appended to its whole name: `a.wasm` -> `a.wasm.br`.
pub fn with_suffix(file: &Path, suffix: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Writes `<file>.br` and `<file>.gz` beside every file of a compressed type below `dir`.
pub fn precompress_all(dir: &Path) -> Result {
    for file in crate::dist::files_under(dir)? {
        if !is_compressed_type(&file) {
            continue;
        }
        let bytes = read_bytes(&file)?;
        for (compressed, suffix) in [(brotli(&bytes)?, ".br"), (gzip(&bytes)?, ".gz")] {
            let target = with_suffix(&file, suffix);
            fs::write(&target, compressed)
                .map_err(|error| format!("cannot write {}: {error}", target.display()))?;
        }
    }
    Ok(())
}

/// Brotli at quality 11 with a 4 MiB window (22), larger than any file of the build, as
/// `brotli -q 11` compresses.
pub fn brotli(bytes: &[u8]) -> Result<Vec<u8>> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let mut out = Vec::with_capacity(bytes.len() / 3);
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)
        .map_err(|error| format!("brotli failed: {error}"))?;
    Ok(out)
}

/// Gzip at level 9 (`gzip -9`), with no file name and a zero time in its header so the same
/// input always gives the same bytes.
pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(bytes.len() / 3),
        flate2::Compression::best(),
    );
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .map_err(|error| format!("gzip failed: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read as _;

    const TEXT: &[u8] =
        b"<!doctype html><p>Partnership Readiness Check</p><p>Partnership Readiness Check</p>";

    #[test]
    fn both_encodings_give_back_the_original_bytes() {
        let mut unbrotli = Vec::new();
        brotli::BrotliDecompress(&mut &brotli(TEXT).unwrap()[..], &mut unbrotli).unwrap();
        assert_eq!(unbrotli, TEXT);
        let mut ungzip = Vec::new();
        flate2::read::GzDecoder::new(&gzip(TEXT).unwrap()[..])
            .read_to_end(&mut ungzip)
            .unwrap();
        assert_eq!(ungzip, TEXT);
        // Same input, same bytes: a rebuild changes no precompressed file needlessly.
        assert_eq!(gzip(TEXT).unwrap(), gzip(TEXT).unwrap());
    }

    #[test]
    fn text_and_wasm_are_compressed_and_copies_are_recognised() {
        for name in [
            "index.html",
            "lang/cy.0123456789abcdef.json",
            "a-1_bg.wasm",
            "x.svg",
        ] {
            assert!(is_compressed_type(Path::new(name)), "{name}");
        }
        for name in ["version.txt", "a.png", "a.wasm.br", "a.js.gz"] {
            assert!(!is_compressed_type(Path::new(name)), "{name}");
        }
        assert!(is_precompressed_copy(Path::new("dist/a_bg.wasm.br")));
        assert!(is_precompressed_copy(Path::new("dist/index.html.gz")));
        assert!(!is_precompressed_copy(Path::new("dist/notes.txt.gz")));
        assert_eq!(
            with_suffix(Path::new("d/a.js"), ".br"),
            PathBuf::from("d/a.js.br")
        );
    }
}
