fn main() {
    partnership_readiness::mount();
}
