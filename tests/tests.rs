//! Integration tests: they drive the built `gorae` binary, as the user running them (CI runs
//! them as an unprivileged user), against the local registry from `tests/setup/`.
//!
//! Without `GORAE_TEST_REGISTRY` the registry tests print a loud SKIPPED line; with
//! `GORAE_TEST_REQUIRE=1` (set by CI) they fail instead.

mod util;

mod archive;
mod config;
mod copy;
mod faults;
mod images;
mod kube;
mod lifecycle;
mod network;
mod pull;
mod reliability;
mod run;
mod security;
mod storage;
mod systemd;
mod terminal;
