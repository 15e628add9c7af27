//! Image references: a string either parses into parts that, written back as a reference,
//! parse to the same parts, or is refused; never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

use gorae::image::reference::{self, ParsedRef};

fn write(r: &ParsedRef) -> String {
    let mut s = String::new();
    if let Some(reg) = &r.registry {
        s.push_str(reg);
        s.push('/');
    }
    s.push_str(&r.repository);
    if let Some(t) = &r.tag {
        s.push(':');
        s.push_str(t);
    }
    if let Some(d) = &r.digest {
        s.push('@');
        s.push_str(d);
    }
    s
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(parsed) = reference::parse(text) {
        let written = write(&parsed);
        let again = reference::parse(&written)
            .unwrap_or_else(|e| panic!("{text:?} parsed, but {written:?} does not: {e}"));
        assert_eq!(write(&again), written, "from {text:?}");
    }
});
