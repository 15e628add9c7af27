//! Container networking: published ports and the user-mode helper (pasta) that connects a
//! container's network namespace to the host's.

pub mod etc;
pub mod pasta;
pub mod ports;
