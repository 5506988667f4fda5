//! `cargo xtask serve`: build the widget and serve it locally while developing.

use crate::process;
use crate::tools;
use crate::workspace::{Workspace, SPLIT_FEATURE};
use crate::Result;

pub fn run(workspace: &Workspace, port: u16) -> Result {
    tools::ensure_build_tools(workspace)?;
    let port = port.to_string();
    // Printed before starting because trunk runs until Ctrl-C and its own output scrolls fast.
    println!("==> serving the widget on http://127.0.0.1:{port}/");
    println!("    (the first build takes a minute; Ctrl-C stops the server)");
    // --release so what you see locally is what `dist` ships (opt-level z, wasm-opt).
    // Loopback only: a development server should not be reachable from the network.
    process::run(workspace.trunk().args([
        "serve",
        "--release",
        "--features",
        SPLIT_FEATURE,
        "--address",
        "127.0.0.1",
        "--port",
        &port,
    ]))
}
