//! The attach protocol's frame types, one copy for gorae (`src/engine/attach.rs`) and the
//! keeper (`src/keeper/main.rs`), which both serve `attach` clients. A frame is one type byte,
//! a big-endian u32 length, then the payload.

/// Client to monitor: bytes for the container's stdin.
pub const STDIN: u8 = 0;
/// Client to monitor: the window size, rows then columns, each a big-endian u16.
pub const RESIZE: u8 = 1;
/// Client to monitor: the client's stdin ended, so close the container's (without a terminal).
pub const STDIN_EOF: u8 = 2;
/// Monitor to client: the container's stdout.
pub const STDOUT: u8 = 1;
/// Monitor to client: the container's stderr.
pub const STDERR: u8 = 2;
/// Length of a frame's header: the type byte and the u32 length.
pub const HEADER: usize = 5;
