//! The keeper: a detached container's monitor once the container runs.
//!
//! `gorae __monitor` starts the container, reports to the starting command, and then execs this
//! small static program in its place (same PID, same children, same signal mask). What is left
//! to do while the container runs is small: copy its output into the k8s-file log, serve
//! `attach` clients, forward signals, run health checks on time, and reap it. When the container
//! exits, the keeper drains the output and execs gorae again (`__monitor-resume ID CODE N`),
//! which records the end or restarts the container as its policy says.
//!
//! gorae itself is a 10 MB program linked against glibc; a copy of it idling as a monitor holds
//! a few MB of resident pages. This one has no libc and no allocator, and holds a few dozen kB.
//! `build.rs` compiles it with the host's rustc, and gorae embeds it (`src/engine/keeper.rs`).
//! Everything it does mirrors the in-process loop of `src/engine/monitor.rs`, which still runs
//! where the keeper can't (another architecture, or exec from a memfd forbidden).
//!
//! argv: `gorae __monitor ID keeper CHILD TTY SIGNALFD OUT ERR STDIN LISTENER LOG EXE HEALTH_MS
//! RESTARTS HOLD`; descriptors that are absent are `-1`. HOLD is only held open (slirp4netns
//! exits when it closes).

#![no_std]
#![no_main]

use core::cell::UnsafeCell;

#[cfg(not(all(target_arch = "x86_64", target_os = "linux")))]
compile_error!("the keeper is written for x86_64 Linux");

core::arch::global_asm!(
    ".globl _start",
    ".type _start,@function",
    "_start:",
    "xor ebp, ebp",
    "mov rdi, rsp",
    "and rsp, -16",
    "call {entry}",
    "ud2",
    entry = sym entry,
);

/// Raw system calls: the only unsafe code, each wrapper safe for the arguments it takes.
mod sys {
    pub const EINTR: isize = 4;
    pub const EAGAIN: isize = 11;

    const READ: usize = 0;
    const WRITE: usize = 1;
    const OPEN: usize = 2;
    const CLOSE: usize = 3;
    const POLL: usize = 7;
    const RT_SIGPROCMASK: usize = 14;
    const IOCTL: usize = 16;
    const DUP2: usize = 33;
    const FORK: usize = 57;
    const WAIT4: usize = 61;
    const KILL: usize = 62;
    const FCNTL: usize = 72;
    const PRCTL: usize = 157;
    const CLOCK_GETTIME: usize = 228;
    const EXIT_GROUP: usize = 231;
    const ACCEPT4: usize = 288;
    const EXECVEAT: usize = 322;

    #[inline(always)]
    fn call(n: usize, a: usize, b: usize, c: usize, d: usize, e: usize) -> isize {
        let ret: isize;
        // SAFETY: every caller below passes arguments that are valid for system call `n`:
        // descriptors are plain numbers, and pointers come from live Rust references whose
        // lengths are passed alongside. The kernel touches no other memory of ours.
        unsafe {
            core::arch::asm!(
                "syscall",
                inlateout("rax") n as isize => ret,
                in("rdi") a,
                in("rsi") b,
                in("rdx") c,
                in("r10") d,
                in("r8") e,
                lateout("rcx") _,
                lateout("r11") _,
                options(nostack),
            );
        }
        ret
    }

    pub fn read(fd: i32, buf: &mut [u8]) -> isize {
        call(READ, fd as usize, buf.as_mut_ptr() as usize, buf.len(), 0, 0)
    }

    pub fn write(fd: i32, buf: &[u8]) -> isize {
        call(WRITE, fd as usize, buf.as_ptr() as usize, buf.len(), 0, 0)
    }

    /// Writes all of `buf`, retrying interrupted and short writes; false on any other error
    /// (EAGAIN included: a non-blocking reader that can't keep up is not waited for).
    pub fn write_all(fd: i32, mut buf: &[u8]) -> bool {
        while !buf.is_empty() {
            let n = write(fd, buf);
            if n == -EINTR {
                continue;
            }
            if n <= 0 {
                return false;
            }
            buf = &buf[n as usize..];
        }
        true
    }

    /// `path` must end with a NUL byte.
    pub fn open(path: &[u8], flags: usize) -> i32 {
        if path.last() != Some(&0) {
            return -1;
        }
        call(OPEN, path.as_ptr() as usize, flags, 0, 0, 0) as i32
    }

    pub fn close(fd: i32) {
        if fd >= 0 {
            call(CLOSE, fd as usize, 0, 0, 0, 0);
        }
    }

    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct PollFd {
        pub fd: i32,
        pub events: i16,
        pub revents: i16,
    }

    pub const POLLIN: i16 = 1;

    pub fn poll(fds: &mut [PollFd], timeout_ms: i32) -> isize {
        call(
            POLL,
            fds.as_mut_ptr() as usize,
            fds.len(),
            timeout_ms as isize as usize,
            0,
            0,
        )
    }

    /// Unblocks every signal (for a child about to exec).
    pub fn unblock_all() {
        let empty: u64 = 0;
        call(RT_SIGPROCMASK, 2, &empty as *const u64 as usize, 0, 8, 0);
    }

    pub fn set_winsize(fd: i32, rows: u16, cols: u16) {
        const TIOCSWINSZ: usize = 0x5414;
        let ws: [u16; 4] = [rows, cols, 0, 0];
        call(IOCTL, fd as usize, TIOCSWINSZ, ws.as_ptr() as usize, 0, 0);
    }

    pub fn dup2(from: i32, to: i32) {
        call(DUP2, from as usize, to as usize, 0, 0, 0);
    }

    /// 0 in the child, its PID in the parent, negative on failure.
    pub fn fork() -> isize {
        call(FORK, 0, 0, 0, 0, 0)
    }

    /// Reaps `pid` if it has ended: `Some(status)`, `None` while it runs, `Some(-errno)` on
    /// failure.
    pub fn wait_nohang(pid: i32) -> Option<i32> {
        const WNOHANG: usize = 1;
        let mut status: i32 = 0;
        let r = call(
            WAIT4,
            pid as usize,
            &mut status as *mut i32 as usize,
            WNOHANG,
            0,
            0,
        );
        match r {
            0 => None,
            r if r < 0 => Some(r as i32),
            _ => Some(status),
        }
    }

    pub fn wait_blocking(pid: i32) {
        let mut status: i32 = 0;
        while call(WAIT4, pid as usize, &mut status as *mut i32 as usize, 0, 0, 0) == -EINTR {}
    }

    pub fn kill(pid: i32, sig: u32) {
        if pid > 0 {
            call(KILL, pid as usize, sig as usize, 0, 0, 0);
        }
    }

    pub fn set_cloexec(fd: i32) {
        const F_SETFD: usize = 2;
        const FD_CLOEXEC: usize = 1;
        if fd >= 0 {
            call(FCNTL, fd as usize, F_SETFD, FD_CLOEXEC, 0, 0);
        }
    }

    pub fn set_name(name: &[u8; 16]) {
        const PR_SET_NAME: usize = 15;
        call(PRCTL, PR_SET_NAME, name.as_ptr() as usize, 0, 0, 0);
    }

    /// (seconds, nanoseconds) of `clock` (0 realtime, 1 monotonic).
    pub fn now(clock: usize) -> (u64, u32) {
        let mut ts: [i64; 2] = [0, 0];
        call(CLOCK_GETTIME, clock, ts.as_mut_ptr() as usize, 0, 0, 0);
        (ts[0] as u64, ts[1] as u32)
    }

    pub fn accept(listener: i32) -> i32 {
        const SOCK_NONBLOCK: usize = 0o4000;
        const SOCK_CLOEXEC: usize = 0o2000000;
        call(
            ACCEPT4,
            listener as usize,
            0,
            0,
            SOCK_NONBLOCK | SOCK_CLOEXEC,
            0,
        ) as i32
    }

    /// Executes the program open at `fd`. `argv` and `envp` are NULL-terminated arrays of
    /// NUL-terminated strings that outlive the call; returns only on failure.
    pub fn exec_fd(fd: i32, argv: &[*const u8], envp: *const *const u8) -> isize {
        const AT_EMPTY_PATH: usize = 0x1000;
        if argv.last().is_none_or(|p| !p.is_null()) {
            return -1;
        }
        call(
            EXECVEAT,
            fd as usize,
            c"".as_ptr() as usize,
            argv.as_ptr() as usize,
            envp as usize,
            AT_EMPTY_PATH,
        )
    }

    pub fn exit(code: i32) -> ! {
        loop {
            call(EXIT_GROUP, code as usize, 0, 0, 0, 0);
        }
    }
}

/// What the compiler calls for copies, fills and comparisons, which libc would provide.
/// Written with `rep movsb`/`rep stosb` and volatile reads, so that they can't be turned back
/// into calls to themselves.
mod mem;

/// The log's timestamps, shared with gorae's `src/engine/logs.rs`.
mod stamp;

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    sys::exit(125)
}

/// A buffer in .bss: untouched pages cost no memory. Each is taken once, in `main`.
struct Buf<const N: usize>(UnsafeCell<[u8; N]>);
// SAFETY: the keeper is single-threaded, and each buffer is borrowed exactly once (`take`).
unsafe impl<const N: usize> Sync for Buf<N> {}
impl<const N: usize> Buf<N> {
    /// # Safety
    /// Call at most once per buffer.
    #[allow(clippy::mut_from_ref, reason = "the UnsafeCell is the interior; `take` is called once")]
    unsafe fn take(&'static self) -> &'static mut [u8; N] {
        // SAFETY: the caller guarantees this is the only borrow.
        unsafe { &mut *self.0.get() }
    }
}

/// Longest line kept whole, as gorae's `LogWriter`; longer output becomes partial entries.
const MAX_LINE: usize = 16 * 1024;
const CHUNK: usize = 16 * 1024;
/// Holds any one entry whole (a pending line plus a chunk, with its header), so that every
/// write to the log ends at an entry boundary.
const OUT: usize = 64 * 1024;
const MAX_CLIENTS: usize = 16;

static READ_BUF: Buf<CHUNK> = Buf(UnsafeCell::new([0; CHUNK]));
static PENDING_OUT: Buf<MAX_LINE> = Buf(UnsafeCell::new([0; MAX_LINE]));
static PENDING_ERR: Buf<MAX_LINE> = Buf(UnsafeCell::new([0; MAX_LINE]));
static LOG_OUT: Buf<OUT> = Buf(UnsafeCell::new([0; OUT]));

/// The k8s-file log: `<RFC 3339 nano> <stream> <F|P> <text>`, as `src/engine/logs.rs` writes it.
struct Log {
    pending: [&'static mut [u8; MAX_LINE]; 2],
    plen: [usize; 2],
    sink: Sink,
}

/// Entries on their way to the log file, written whole.
struct Sink {
    fd: i32,
    out: &'static mut [u8; OUT],
    olen: usize,
    stamp: [u8; 30],
}

impl Sink {
    fn put(&mut self, data: &[u8]) {
        self.out[self.olen..self.olen + data.len()].copy_from_slice(data);
        self.olen += data.len();
    }

    fn entry(&mut self, stream: usize, tag: u8, a: &[u8], b: &[u8]) {
        let name: &[u8] = if stream == 0 { b"stdout" } else { b"stderr" };
        let len = self.stamp.len() + 1 + name.len() + 3 + a.len() + b.len() + 1;
        if self.olen + len > OUT {
            self.flush();
        }
        let stamp = self.stamp;
        self.put(&stamp);
        self.put(b" ");
        self.put(name);
        self.put(&[b' ', tag, b' ']);
        self.put(a);
        self.put(b);
        self.put(b"\n");
    }

    fn flush(&mut self) {
        if self.olen > 0 {
            sys::write_all(self.fd, &self.out[..self.olen]);
            self.olen = 0;
        }
    }
}

impl Log {
    /// One chunk of a stream's output: whole lines become `F` entries; the rest waits for its
    /// end, or becomes a `P` entry once it reaches `MAX_LINE`.
    fn write(&mut self, stream: usize, mut data: &[u8]) {
        if self.sink.fd < 0 {
            return;
        }
        self.sink.stamp = stamp::rfc3339(sys::now(0));
        while let Some(nl) = data.iter().position(|b| *b == b'\n') {
            let plen = core::mem::take(&mut self.plen[stream]);
            self.sink
                .entry(stream, b'F', &self.pending[stream][..plen], &data[..nl]);
            data = &data[nl + 1..];
        }
        let plen = self.plen[stream];
        if plen + data.len() >= MAX_LINE {
            self.sink
                .entry(stream, b'P', &self.pending[stream][..plen], data);
            self.plen[stream] = 0;
        } else {
            self.pending[stream][plen..plen + data.len()].copy_from_slice(data);
            self.plen[stream] = plen + data.len();
        }
        self.sink.flush();
    }

    /// What is left of unfinished lines, as partial entries.
    fn finish(&mut self) {
        if self.sink.fd < 0 {
            return;
        }
        self.sink.stamp = stamp::rfc3339(sys::now(0));
        for stream in 0..2 {
            let plen = core::mem::take(&mut self.plen[stream]);
            if plen > 0 {
                self.sink
                    .entry(stream, b'P', &self.pending[stream][..plen], &[]);
            }
        }
        self.sink.flush();
    }
}

/// Frames between `attach` clients and the monitor, shared with gorae's `src/engine/attach.rs`.
#[allow(dead_code)]
mod frames;
use frames::{RESIZE, STDERR, STDIN, STDIN_EOF, STDOUT};

#[derive(Clone, Copy)]
struct Client {
    fd: i32,
    header: [u8; frames::HEADER],
    have: usize,
    left: u32,
    resize: [u8; 4],
    got: usize,
}

const NO_CLIENT: Client = Client {
    fd: -1,
    header: [0; 5],
    have: 0,
    left: 0,
    resize: [0; 4],
    got: 0,
};

struct Keeper {
    child: i32,
    tty: bool,
    sfd: i32,
    streams: [i32; 2],
    stdin: i32,
    listener: i32,
    clients: [Client; MAX_CLIENTS],
    log: Log,
    buf: &'static mut [u8; CHUNK],
}

enum Copied {
    Data,
    Again,
    Eof,
}

impl Keeper {
    /// Moves what is available on stream `i` into the log and to attached clients.
    fn copy_out(&mut self, i: usize) -> Copied {
        let fd = self.streams[i];
        if fd < 0 {
            return Copied::Eof;
        }
        let n = sys::read(fd, &mut self.buf[..]);
        if n == -sys::EAGAIN || n == -sys::EINTR {
            return Copied::Again;
        }
        if n <= 0 {
            // EOF, or EIO from a terminal whose other side closed.
            sys::close(fd);
            self.streams[i] = -1;
            return Copied::Eof;
        }
        let data = &self.buf[..n as usize];
        self.log.write(i, data);
        let kind = if i == 0 { STDOUT } else { STDERR };
        let mut header = [kind, 0, 0, 0, 0];
        header[1..].copy_from_slice(&(data.len() as u32).to_be_bytes());
        for c in self.clients.iter_mut().filter(|c| c.fd >= 0) {
            if !(sys::write_all(c.fd, &header) && sys::write_all(c.fd, data)) {
                sys::close(c.fd);
                *c = NO_CLIENT;
            }
        }
        Copied::Data
    }

    fn accept(&mut self) {
        loop {
            let fd = sys::accept(self.listener);
            if fd < 0 {
                return;
            }
            match self.clients.iter_mut().find(|c| c.fd < 0) {
                Some(slot) => {
                    *slot = Client { fd, ..NO_CLIENT };
                }
                None => sys::close(fd),
            }
        }
    }

    /// Reads what client `ci` sent and applies it; drops the client when it went away.
    fn read_client(&mut self, ci: usize) {
        let mut chunk = [0u8; 4096];
        let fd = self.clients[ci].fd;
        let n = sys::read(fd, &mut chunk);
        if n == -sys::EAGAIN || n == -sys::EINTR {
            return;
        }
        if n <= 0 {
            sys::close(fd);
            self.clients[ci] = NO_CLIENT;
            return;
        }
        let mut data = &chunk[..n as usize];
        while !data.is_empty() {
            let mut c = self.clients[ci];
            if c.have < frames::HEADER {
                c.header[c.have] = data[0];
                c.have += 1;
                data = &data[1..];
                if c.have == frames::HEADER {
                    c.left = u32::from_be_bytes([c.header[1], c.header[2], c.header[3], c.header[4]]);
                    c.got = 0;
                }
            } else {
                let take = (c.left as usize).min(data.len());
                let (part, rest) = data.split_at(take);
                match c.header[0] {
                    STDIN => {
                        let target = if self.tty && self.streams[0] >= 0 {
                            self.streams[0]
                        } else {
                            self.stdin
                        };
                        if target >= 0 {
                            sys::write_all(target, part);
                        }
                    }
                    RESIZE => {
                        for b in part {
                            if c.got < 4 {
                                c.resize[c.got] = *b;
                            }
                            c.got += 1;
                        }
                    }
                    _ => {}
                }
                c.left -= take as u32;
                data = rest;
            }
            if c.have == frames::HEADER && c.left == 0 {
                // The frame is complete.
                match c.header[0] {
                    STDIN_EOF => {
                        sys::close(self.stdin);
                        self.stdin = -1;
                    }
                    RESIZE if c.got == 4 && self.tty && self.streams[0] >= 0 => {
                        let rows = u16::from_be_bytes([c.resize[0], c.resize[1]]);
                        let cols = u16::from_be_bytes([c.resize[2], c.resize[3]]);
                        sys::set_winsize(self.streams[0], rows, cols);
                    }
                    _ => {}
                }
                c.have = 0;
            }
            self.clients[ci] = c;
        }
    }

    /// After the exit: what is left in the pipes, waiting at most 500 ms for processes that the
    /// end of the PID namespace is still killing to let go of them.
    fn drain(&mut self) {
        let deadline = monotonic_ms() + 500;
        for i in 0..2 {
            loop {
                match self.copy_out(i) {
                    Copied::Data => continue,
                    Copied::Eof => break,
                    Copied::Again => {
                        let left = deadline.saturating_sub(monotonic_ms());
                        let mut fds = [sys::PollFd {
                            fd: self.streams[i],
                            events: sys::POLLIN,
                            revents: 0,
                        }];
                        if left == 0 || sys::poll(&mut fds, left as i32) <= 0 {
                            break;
                        }
                    }
                }
            }
            sys::close(self.streams[i]);
            self.streams[i] = -1;
        }
    }
}

fn monotonic_ms() -> u64 {
    let (s, ns) = sys::now(1);
    s * 1000 + u64::from(ns) / 1_000_000
}

/// The exit code of a wait status, as gorae reports it (128+N for signal N).
fn exit_code(status: i32) -> Option<i32> {
    if status < 0 {
        // Reaped elsewhere (ECHILD): report it as killed rather than hang.
        return Some(137);
    }
    let sig = status & 0x7f;
    if sig == 0 {
        Some((status >> 8) & 0xff)
    } else if sig != 0x7f {
        Some(128 + sig)
    } else {
        None
    }
}

/// Argument `i` as a NUL-terminated string (without the NUL).
struct Args {
    argc: usize,
    argv: *const *const u8,
}

impl Args {
    fn raw(&self, i: usize) -> *const u8 {
        if i >= self.argc {
            return core::ptr::null();
        }
        // SAFETY: the kernel passes argc valid pointers at argv.
        unsafe { *self.argv.add(i) }
    }

    fn bytes(&self, i: usize) -> &'static [u8] {
        let p = self.raw(i);
        if p.is_null() {
            return b"";
        }
        let mut len = 0;
        // SAFETY: argv strings are NUL-terminated and live for the whole process; the scan
        // stops at the NUL.
        while unsafe { p.add(len).read_volatile() } != 0 {
            len += 1;
        }
        // SAFETY: the `len` bytes before the NUL were just read.
        unsafe { core::slice::from_raw_parts(p, len) }
    }

    fn int(&self, i: usize) -> i64 {
        let s = self.bytes(i);
        let (neg, digits) = match s.split_first() {
            Some((b'-', d)) => (true, d),
            _ => (false, s),
        };
        let mut v: i64 = 0;
        for d in digits {
            if !d.is_ascii_digit() {
                return -1;
            }
            v = v.saturating_mul(10).saturating_add(i64::from(d - b'0'));
        }
        if neg { -v } else { v }
    }
}

/// # Safety
/// Called once, from `_start`, with the initial stack pointer.
unsafe extern "C" fn entry(sp: *const usize) -> ! {
    // SAFETY: at process entry the stack holds argc, then argc argv pointers and a NULL, then
    // the environment pointers.
    let (argc, argv) = unsafe { (*sp, sp.add(1) as *const *const u8) };
    // SAFETY: as above: the environment starts after argv's terminating NULL.
    let envp = unsafe { argv.add(argc + 1) };
    sys::exit(main(Args { argc, argv }, envp))
}

fn main(args: Args, envp: *const *const u8) -> i32 {
    sys::set_name(b"gorae-monitor\0\0\0");
    if args.bytes(1) != b"__monitor" || args.bytes(3) != b"keeper" || args.argc != 16 {
        return 125;
    }
    let child = args.int(4) as i32;
    let health_ms = args.int(13).max(0) as u64;
    // SIGNALFD OUT ERR STDIN LISTENER LOG EXE
    let fds = [6, 7, 8, 9, 10, 11, 12].map(|i| args.int(i) as i32);
    let exe = fds[6];
    // HOLD (slirp4netns's exit pipe) is only kept open: it closes when the keeper ends.
    for fd in fds.into_iter().chain([args.int(15) as i32]) {
        sys::set_cloexec(fd);
    }
    // SAFETY: each buffer is taken here, once.
    let (buf, pending_out, pending_err, out) = unsafe {
        (
            READ_BUF.take(),
            PENDING_OUT.take(),
            PENDING_ERR.take(),
            LOG_OUT.take(),
        )
    };
    let mut k = Keeper {
        child,
        tty: args.int(5) == 1,
        sfd: fds[0],
        streams: [fds[1], fds[2]],
        stdin: fds[3],
        listener: fds[4],
        clients: [NO_CLIENT; MAX_CLIENTS],
        log: Log {
            pending: [pending_out, pending_err],
            plen: [0, 0],
            sink: Sink {
                fd: fds[5],
                out,
                olen: 0,
                stamp: [0; 30],
            },
        },
        buf,
    };
    if k.sfd < 0 || k.child <= 0 || exe < 0 {
        return 125;
    }
    let mut checking: i32 = 0;
    let mut next_check = (health_ms > 0).then(|| monotonic_ms() + health_ms);
    // The container may have ended before this program started: its SIGCHLD is pending on the
    // signal descriptor, and this first look catches it too.
    let mut code = sys::wait_nohang(k.child).and_then(exit_code);
    while code.is_none() {
        if let Some(due) = next_check
            && monotonic_ms() >= due
        {
            if checking == 0 {
                checking = spawn_check(exe, &args, envp);
            }
            next_check = Some(monotonic_ms() + health_ms);
        }
        let timeout = match next_check {
            Some(due) => due.saturating_sub(monotonic_ms()).min(60_000) as i32,
            None => -1,
        };
        let mut fds = [sys::PollFd {
            fd: -1,
            events: sys::POLLIN,
            revents: 0,
        }; 4 + MAX_CLIENTS];
        fds[0].fd = k.sfd;
        fds[1].fd = k.streams[0];
        fds[2].fd = k.streams[1];
        fds[3].fd = k.listener;
        for (slot, c) in fds[4..].iter_mut().zip(k.clients.iter()) {
            slot.fd = c.fd;
        }
        if sys::poll(&mut fds, timeout) < 0 {
            continue;
        }
        for i in 0..2 {
            if fds[1 + i].fd >= 0 && fds[1 + i].revents != 0 {
                k.copy_out(i);
            }
        }
        for ci in (0..MAX_CLIENTS).rev() {
            if fds[4 + ci].fd >= 0 && fds[4 + ci].revents != 0 && k.clients[ci].fd == fds[4 + ci].fd
            {
                k.read_client(ci);
            }
        }
        if fds[3].fd >= 0 && fds[3].revents != 0 {
            k.accept();
        }
        if fds[0].revents != 0 {
            // signalfd_siginfo records, 128 bytes each; the signal number comes first.
            let mut info = [0u8; 128 * 8];
            let n = sys::read(k.sfd, &mut info);
            let mut at = 0;
            while n > 0 && at + 128 <= n as usize {
                let signo = u32::from_ne_bytes([info[at], info[at + 1], info[at + 2], info[at + 3]]);
                const SIGCHLD: u32 = 17;
                if signo == SIGCHLD {
                    if code.is_none() {
                        code = sys::wait_nohang(k.child).and_then(exit_code);
                    }
                    if checking > 0 && sys::wait_nohang(checking).is_some() {
                        checking = 0;
                    }
                } else {
                    sys::kill(k.child, signo);
                }
                at += 128;
            }
        }
    }
    if checking > 0 {
        sys::kill(checking, 9);
        sys::wait_blocking(checking);
    }
    // No new clients; those attached still get what the drain finds.
    sys::close(k.listener);
    k.drain();
    k.log.finish();
    for c in k.clients.iter_mut().filter(|c| c.fd >= 0) {
        sys::close(c.fd);
        *c = NO_CLIENT;
    }
    sys::close(k.log.sink.fd);
    sys::close(k.stdin);
    // Back to gorae, to record the end or restart the container.
    let mut digits = [[0u8; 12]; 2];
    let code_arg = decimal(code.unwrap_or(137) as i64, &mut digits[0]);
    let restarts_arg = decimal(args.int(14).max(0), &mut digits[1]);
    let argv = [
        c"gorae".as_ptr().cast::<u8>(),
        c"__monitor-resume".as_ptr().cast(),
        args.raw(2),
        code_arg,
        restarts_arg,
        core::ptr::null(),
    ];
    sys::exec_fd(exe, &argv, envp);
    125
}

/// `v` in decimal, NUL-terminated, in `buf`; returns a pointer to it.
fn decimal(v: i64, buf: &mut [u8; 12]) -> *const u8 {
    let mut at = buf.len() - 1;
    buf[at] = 0;
    let neg = v < 0;
    let mut v = v.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 || at == 1 {
            break;
        }
    }
    if neg {
        at -= 1;
        buf[at] = b'-';
    }
    buf[at..].as_ptr()
}

/// `gorae healthcheck run ID` in a child with no signals blocked and /dev/null for stdio.
/// Returns its PID (0 when it could not be started).
fn spawn_check(exe: i32, args: &Args, envp: *const *const u8) -> i32 {
    let argv = [
        c"gorae".as_ptr().cast::<u8>(),
        c"healthcheck".as_ptr().cast(),
        c"run".as_ptr().cast(),
        args.raw(2),
        core::ptr::null(),
    ];
    match sys::fork() {
        0 => {
            sys::unblock_all();
            const O_RDWR: usize = 2;
            const O_CLOEXEC: usize = 0o2000000;
            let null = sys::open(b"/dev/null\0", O_RDWR | O_CLOEXEC);
            if null >= 0 {
                for fd in 0..3 {
                    sys::dup2(null, fd);
                }
            }
            sys::exec_fd(exe, &argv, envp);
            sys::exit(127)
        }
        pid if pid > 0 => pid as i32,
        _ => 0,
    }
}
