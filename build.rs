//! Keeps the linker's relocations in the app's wasm, which `wasm-split-cli` needs to move lazy routes
//! (`#[lazy_route]`, `#[lazy]`) into their own chunks. A link argument of this package only: dependencies,
//! other crates and `cargo test --target wasm32-unknown-unknown` are built exactly as before.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
}
