//! Container IDs and podman-style generated names.

const ADJECTIVES: &[&str] = &[
    "admiring", "brave", "calm", "clever", "eager", "elated", "focused", "gallant", "happy",
    "jolly", "keen", "lucid", "modest", "nifty", "quirky", "serene", "sharp", "stoic", "tender",
    "vibrant", "wizardly", "zealous", "bold", "cool", "dreamy", "epic", "funny", "gifted",
    "hopeful", "kind",
];
const NOUNS: &[&str] = &[
    "whale", "orca", "narwhal", "beluga", "dolphin", "otter", "seal", "walrus", "manatee", "shark",
    "hopper", "turing", "lovelace", "knuth", "ritchie", "thompson", "hamilton", "curie", "noether",
    "goldberg", "liskov", "torvalds", "wozniak", "kare", "sammet", "allen", "easley", "clarke",
];

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    if rustix::rand::getrandom(&mut buf, rustix::rand::GetRandomFlags::empty()).is_err() {
        // getrandom can't fail on supported kernels; fall back to time+pid mixing all the same.
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
            ^ u128::from(std::process::id());
        for (i, b) in buf.iter_mut().enumerate() {
            *b = (seed >> ((i % 16) * 8)) as u8 ^ (i as u8);
        }
    }
    buf
}

/// A new 64-hex container ID that doesn't start with a digit-only 12-char prefix collision risk.
pub fn new_id() -> String {
    hex::encode(random_bytes::<32>())
}

pub fn random_name() -> String {
    let b = random_bytes::<2>();
    format!(
        "{}_{}",
        ADJECTIVES[b[0] as usize % ADJECTIVES.len()],
        NOUNS[b[1] as usize % NOUNS.len()]
    )
}

/// A generated name for which `taken` is false. The 840 plain names run out (creating the
/// 841st unnamed container looped forever), so after a few collisions a number is appended,
/// as Docker does.
pub fn unused_name(taken: impl Fn(&str) -> bool) -> String {
    let mut attempt = 0u32;
    loop {
        let mut n = random_name();
        if attempt >= 8 {
            n.push_str(&u16::from_le_bytes(random_bytes::<2>()).to_string());
        }
        if !taken(&n) {
            return n;
        }
        attempt += 1;
    }
}

/// podman's rule for names: `[a-zA-Z0-9][a-zA-Z0-9_.-]*`.
pub fn valid_name(name: &str) -> bool {
    let mut bytes = name.bytes();
    matches!(bytes.next(), Some(b) if b.is_ascii_alphanumeric())
        && bytes.all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_64_hex_and_distinct() {
        let a = new_id();
        assert!(crate::store::is_hex64(&a));
        assert_ne!(a, new_id());
    }

    #[test]
    fn generated_names_get_a_number_once_the_plain_ones_are_taken() {
        let n = unused_name(|n| !n.bytes().any(|b| b.is_ascii_digit()));
        assert!(
            valid_name(&n) && n.bytes().last().is_some_and(|b| b.is_ascii_digit()),
            "{n}"
        );
    }

    #[test]
    fn names_follow_podman_rules() {
        assert!(valid_name(&random_name()));
        assert!(valid_name("web-1.a_b"));
        assert!(!valid_name("-x"));
        assert!(!valid_name("a/b"));
        assert!(!valid_name(""));
    }
}
