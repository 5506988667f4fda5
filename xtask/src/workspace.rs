//! Where things live, and the environment every child process gets.

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Result;

/// The widget's feature that makes the later views lazily loaded parts (src/ui/parts): every
/// build xtask makes for a browser has it, through `Workspace::trunk`.
pub const SPLIT_FEATURE: &str = "split";

pub struct Workspace {
    /// The repository root: Trunk.toml, Cargo.toml and dist/ are relative to it.
    pub root: PathBuf,
    /// `$CARGO_HOME/bin`, where `cargo install` puts trunk and wasm-bindgen.
    cargo_bin: PathBuf,
    /// PATH for children, with the pinned tool directories first.
    child_path: OsString,
}

impl Workspace {
    pub fn locate() -> Result<Self> {
        // xtask lives in <repo>/xtask, so the repository root is its manifest's parent. Using the
        // compile-time path (not the current directory) makes `cargo xtask` work from any subfolder.
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .ok_or("xtask's manifest directory has no parent")?
            .to_path_buf();
        let cargo_bin = cargo_home()?.join("bin");
        let npm_bin = npm_bin_dir(&root);
        let child_path = prepend_to_path(&[npm_bin, cargo_bin.clone()])?;
        Ok(Workspace {
            root,
            cargo_bin,
            child_path,
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn dist_dir(&self) -> PathBuf {
        self.root.join("dist")
    }

    /// The test-only build with the pseudo-language (never deployed, so under target/).
    pub fn pseudo_dist_dir(&self) -> PathBuf {
        self.root.join("target/dist-pseudo")
    }

    pub fn cargo_bin(&self) -> &Path {
        &self.cargo_bin
    }

    /// npm `--prefix` for tools xtask installs from npm. It is under target/ so `cargo clean`
    /// removes it and it is already git-ignored.
    pub fn npm_prefix(&self) -> PathBuf {
        self.root.join("target").join("tools")
    }

    /// npm `--prefix` for the bench's own tools (Lighthouse and its ~150 packages), kept apart
    /// from the test tools so the test step's npm installs never re-resolve them.
    pub fn bench_npm_prefix(&self) -> PathBuf {
        self.root.join("target").join("bench-tools")
    }

    pub fn npm_bin(&self) -> PathBuf {
        npm_bin_dir(&self.root)
    }

    /// Where the script that runs `cargo xtask wasm-bindgen` under the name `wasm-bindgen` lives
    /// (tools::ensure_split_wrapper writes it).
    pub fn split_bin(&self) -> PathBuf {
        self.npm_prefix().join("split-bin")
    }

    /// `trunk`, finding xtask's wasm-bindgen wrapper (split.rs) before the real one, so a build
    /// with the `split` feature has its parts split off. Only Trunk gets it: xtask's own
    /// version checks run the real wasm-bindgen.
    pub fn trunk(&self) -> Command {
        let mut command = self.command("trunk");
        let mut path = vec![self.split_bin()];
        path.extend(env::split_paths(&self.child_path));
        let path = env::join_paths(path).expect("PATH was joined once already");
        command.env("PATH", path);
        command
    }

    /// A command that runs in the repository root with the pinned tools first on PATH.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = Command::new(program);
        command
            .current_dir(&self.root)
            // Rust's Command looks the program up in this PATH too, so our pinned tools win for
            // both xtask's own calls and Trunk's lookups; Debian's binaryen 108 wasm-opt in
            // /usr/bin cannot parse current wasm-bindgen output.
            .env("PATH", &self.child_path)
            // Trunk's update check needs the internet, which CI machines do not have.
            .env("TRUNK_SKIP_VERSION_CHECK", "true");
        command
    }
}

fn npm_bin_dir(root: &Path) -> PathBuf {
    root.join("target")
        .join("tools")
        .join("node_modules")
        .join(".bin")
}

fn cargo_home() -> Result<PathBuf> {
    if let Some(home) = env::var_os("CARGO_HOME").filter(|value| !value.is_empty()) {
        return Ok(PathBuf::from(home));
    }
    let home = env::var_os("HOME").ok_or("neither CARGO_HOME nor HOME is set")?;
    Ok(PathBuf::from(home).join(".cargo"))
}

fn prepend_to_path(dirs: &[PathBuf]) -> Result<OsString> {
    let inherited = env::var_os("PATH").unwrap_or_default();
    let all = dirs.iter().cloned().chain(env::split_paths(&inherited));
    env::join_paths(all).map_err(|error| format!("cannot build PATH: {error}"))
}
