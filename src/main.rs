//! The `news-timeline` command; see `news_timeline::cli` for what it does.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    news_timeline::cli::main()
}

// The command has no meaning in a browser; this keeps `wasm-pack test`,
// which builds every target for wasm32, compiling.
#[cfg(target_arch = "wasm32")]
fn main() {}
