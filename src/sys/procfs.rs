//! What `/proc` says about processes: read by every layer that must tell a live process from a
//! dead one (or from a later one that reuses its PID).

/// Start time of a process in clock ticks since boot, to tell it from a later PID reuse. `None`
/// for a process that is gone, or a zombie (dead for our purposes, whoever has yet to reap it).
pub fn start_time(pid: i32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    if matches!(fields.first(), Some(&"Z") | Some(&"X")) {
        return None;
    }
    fields.get(19)?.parse().ok()
}

/// Number of threads in this process.
pub fn thread_count() -> usize {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let after = s.rsplit_once(')')?.1;
            after.split_whitespace().nth(17)?.parse().ok()
        })
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn this_process_has_a_start_time_and_a_dead_one_none() {
        assert!(super::start_time(std::process::id() as i32).is_some());
        assert_eq!(super::start_time(i32::MAX), None);
        assert!(super::thread_count() >= 1);
    }
}
