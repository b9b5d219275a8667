//! Debug helper: prints the ruff parse error (raw) and pyrite's SyntaxError for a file.
fn main() {
    let path = std::env::args().nth(1).expect("file");
    let src = std::fs::read_to_string(path).unwrap();
    if let Err(e) = ruff_python_parser::parse_module(&src) {
        println!("ruff: {:?} at {:?}", e.error, e.location);
    }
    match pyrite_compiler::compile(&src, "x.py", pyrite_compiler::Mode::Exec) {
        Ok(_) => println!("ok"),
        Err(e) => println!("pyrite: {:?}", e),
    }
}
