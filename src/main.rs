// The allocator of the shipped widget: talc instead of Rust's default dlmalloc, which is
// several KB larger in the wasm every visitor downloads (cargo xtask bench measures it).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    partnership_readiness::mount();
}
